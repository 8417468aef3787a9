import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Pacing, Scheduler } from '@threadline/simulator';
import { createPacer } from '@threadline/simulator';

/** Inputs of {@link writeUiMessageStream}. */
export interface UiMessageStreamOptions {
  /** The answer's deltas, the ones the simulator streams for the same pacing. */
  deltas: readonly string[];
  pacing: Pacing;
  scheduler: Scheduler;
}

const headers = {
  'content-type': 'text/event-stream',
  'cache-control': 'no-cache',
  connection: 'keep-alive',
  'x-vercel-ai-ui-message-stream': 'v1',
  'x-accel-buffering': 'no',
};

const frame = (chunk: unknown) => `data: ${JSON.stringify(chunk)}\n\n`;

/**
 * Answers a `DefaultChatTransport` post in the AI SDK's UI message stream protocol (the SSE
 * `streamText(...).toUIMessageStreamResponse()` sends): start, one text part streamed delta by
 * delta on the simulator's pacer, finish, `[DONE]`. The posted messages are read and ignored.
 */
export async function writeUiMessageStream(req: IncomingMessage, res: ServerResponse, { deltas, pacing, scheduler }: UiMessageStreamOptions): Promise<void> {
  for await (const _chunk of req) {
    // A real route parses the posted messages before it answers; the bench only drains them.
  }
  const aborted = new AbortController();
  res.on('close', () => aborted.abort());
  res.writeHead(200, headers);
  res.flushHeaders();
  res.write(frame({ type: 'start', messageId: `answer-${Date.now()}` }));
  res.write(frame({ type: 'start-step' }));
  res.write(frame({ type: 'text-start', id: 'text-1' }));
  const pacer = createPacer(pacing, scheduler);
  for (const delta of deltas) {
    if ((await pacer.next(aborted.signal)) !== 'elapsed') {
      res.end();
      return;
    }
    res.write(frame({ type: 'text-delta', id: 'text-1', delta }));
  }
  res.write(frame({ type: 'text-end', id: 'text-1' }));
  res.write(frame({ type: 'finish-step' }));
  res.write(frame({ type: 'finish', finishReason: 'stop' }));
  res.end('data: [DONE]\n\n');
}
