import { toSnapshot } from '@threadline/headless';
import type { ConnectionState, DialectName, ThreadError, ThreadStatus } from '@threadline/headless';
import { answerText } from './answerText';
import { classifyCell } from './classifyCell';
import type { Outcome } from './classifyCell';
import type { RequestRecord } from './createFaultFetch';
import { diffDigests } from './diffDigests';
import type { DigestDiff } from './diffDigests';
import { diffWords } from './diffWords';
import { expectationFor } from './faultCases';
import type { FaultCase } from './faultCases';
import { plural } from './plural';
import type { CellRun } from './runFaultCell';
import { digestKinds, digestNouns, toContentDigest } from './toContentDigest';
import type { ContentDigest } from './toContentDigest';

/** A dialect's clean run: what every faulted cell is compared with. */
export interface Baseline {
  /** The answer the server stored. */
  text: string;
  digest: ContentDigest;
}

/** One cell of the fault matrix, judged. */
export interface CellResult {
  fault: string;
  dialect: DialectName;
  expected: readonly Outcome[];
  why: string;
  outcome: Outcome;
  meetsExpectation: boolean;
  /** Why the outcome is what it is, most telling first. */
  reasons: string[];
  /** Whether the final answer is the server's, character for character. */
  identical: boolean;
  /** Whether the server kept the whole answer (ChatKit keeps only what it wrote before a break). */
  serverComplete: boolean;
  /** What the thread lacks, as counts by kind ("12 words", "1 citation"). */
  lost: string[];
  /** What the thread shows twice. */
  duplicated: string[];
  status: ThreadStatus | null;
  error: ThreadError | null;
  connection: ConnectionState | null;
  settledMs: number;
  sendError: string | null;
  text: { client: string; server: string | null };
  content: DigestDiff;
  requests: RequestRecord[];
}

const count = (amount: number, noun: string) => (amount > 0 ? [plural(amount, noun)] : []);

/** Judges what a cell observed against the dialect's clean run; `crash` is what went uncaught during it. */
export function judgeCell(faultCase: FaultCase, dialect: DialectName, run: CellRun, baseline: Baseline, crash: string | null): CellResult {
  const text = answerText(run.thread);
  // A run the server never started has no answer: the truth is then an empty one.
  const truth = run.server.text ?? '';
  const serverComplete = run.server.text === baseline.text;
  const againstServer = diffWords(truth, text);
  const content = diffDigests(baseline.digest, toContentDigest(run.thread && toSnapshot(run.thread)));
  const error = run.thread?.error ?? null;
  const { expected, why } = expectationFor(faultCase, dialect);
  const violations = faultCase.check?.({ log: run.requests, settledMs: run.settledMs }) ?? [];
  if (error && faultCase.errorKinds && !faultCase.errorKinds.includes(error.kind)) violations.push(`error kind ${error.kind}, not ${faultCase.errorKinds.join(' or ')}`);
  if (run.thread?.status === 'complete' && run.server.text === null) violations.push('complete, but the server stored no answer');
  const verdict = classifyCell({
    timedOut: run.timedOut,
    crash: crash ?? (run.driverError === null ? null : `driving the thread threw: ${run.driverError}`),
    status: run.thread?.status ?? 'idle',
    error,
    againstServer,
    againstClean: diffWords(baseline.text, text),
    identical: text === truth,
    withdrawn: diffWords(run.peakText, text),
    content,
    serverComplete,
    violations,
  });
  const notes = [
    ...(run.server.text === null ? ['the server stored no answer'] : serverComplete ? [] : ['the server kept part of the answer']),
    ...(content.messages.lost.some((entry) => entry.startsWith('user:')) ? ['the question is not on the thread'] : []),
  ];
  return {
    fault: faultCase.label,
    dialect,
    expected,
    why,
    outcome: verdict.outcome,
    meetsExpectation: expected.includes(verdict.outcome),
    reasons: [...verdict.reasons, ...notes],
    identical: text === truth,
    serverComplete,
    lost: [...count(againstServer.lost.length, 'word'), ...(serverComplete ? digestKinds.flatMap((kind) => count(content[kind].lost.length, digestNouns[kind])) : [])],
    duplicated: [...count(againstServer.duplicated.length, 'word'), ...digestKinds.flatMap((kind) => count(content[kind].duplicated.length, digestNouns[kind]))],
    status: run.thread?.status ?? null,
    error,
    connection: run.connection,
    settledMs: run.settledMs,
    sendError: run.sendError,
    text: { client: text, server: run.server.text },
    content,
    requests: run.requests,
  };
}
