import type { SoakThreadReport } from '../page/SoakPageApi';

/** What a soak thread must have received: the scenario's answer as its pacing cuts it. */
export interface SoakExpectation {
  /** `message_chunk` frames the server writes. */
  chunks: number;
  textLength: number;
  /** `hashText` of the text. */
  textHash: string;
}

/** The verdict on one thread of the browser soak. */
export interface SoakThreadCheck {
  /** Chunk frames that never reached the page. */
  lostChunks: number;
  /** Chunk frames that reached it more than once. */
  duplicatedChunks: number;
  /** Everything wrong, in words; empty when the thread is exactly right. */
  problems: string[];
}

/**
 * Checks a thread of the browser soak: its run completed, every chunk the server wrote arrived
 * once, the text streamed into the store and the text it holds both equal the server's, the
 * server's is the scenario's, and the decoder never had to replace the streamed text with the
 * final `message` (which would hide a lost delta behind a correct end result).
 */
export function checkSoakThread(report: SoakThreadReport, expected: SoakExpectation): SoakThreadCheck {
  const problems: string[] = [];
  const lostChunks = Math.max(0, expected.chunks - report.chunkFrames);
  const duplicatedChunks = Math.max(0, report.chunkFrames - expected.chunks);
  if (report.status !== 'complete') problems.push(`the run is ${report.status}, not complete`);
  if (lostChunks > 0) problems.push(`${lostChunks} of ${expected.chunks} chunks lost`);
  if (duplicatedChunks > 0) problems.push(`${duplicatedChunks} chunks more than the ${expected.chunks} written`);
  if (report.serverLength !== expected.textLength || report.serverHash !== expected.textHash) {
    problems.push(`the server's answer (${report.serverLength} characters) is not the scenario's (${expected.textLength})`);
  }
  if (!report.streamedMatchesServer) problems.push(`the streamed text (${report.streamedLength} characters) differs from the server's (${report.serverLength})`);
  if (!report.storedMatchesServer) problems.push(`the stored text (${report.storedLength} characters) differs from the server's (${report.serverLength})`);
  if (report.replacedAtEnd) problems.push('the final message replaced the streamed text');
  return { lostChunks, duplicatedChunks, problems };
}
