import type { ThreadError, ThreadStatus } from '@threadline/headless';
import type { DigestDiff } from './diffDigests';
import type { WordDiff } from './diffWords';
import { plural } from './plural';
import { digestKinds, digestNouns } from './toContentDigest';

/** How a thread came through a fault. */
export type Outcome = 'recovered' | 'failed cleanly' | 'FAILED';

/** What a cell saw, ready to be judged by {@link classifyCell}. */
export interface CellEvidence {
  /** The thread was still running when the cell gave up on it. */
  timedOut: boolean;
  /** An exception nobody caught, an unhandled rejection, or a driver call that threw unexpectedly. */
  crash: string | null;
  status: ThreadStatus;
  error: ThreadError | null;
  /** The final answer against the one the server kept. */
  againstServer: WordDiff;
  /** The final answer against the clean run's: a clean failure may lack words, never add any. */
  againstClean: WordDiff;
  /** Whether the final answer is the server's, character for character. */
  identical: boolean;
  /** The longest answer shown during the run against the final one: what was shown, then taken back. */
  withdrawn: WordDiff;
  /** Citations, tool calls, items and parts against the clean run's. */
  content: DigestDiff;
  /** Whether the server kept the whole answer; when not, content lost with it is not the client's doing. */
  serverComplete: boolean;
  /** Broken promises particular to the fault (retried before Retry-After, waited out a stall). */
  violations: string[];
}

/** The verdict on one cell. */
export interface CellVerdict {
  outcome: Outcome;
  /** Why the outcome is FAILED, or what is odd about a clean one; most telling first. */
  reasons: string[];
}

const errorKinds: ReadonlySet<string> = new Set(['network', 'http', 'protocol', 'server', 'aborted', 'timeout', 'auth']);
const runningStatuses: ReadonlySet<ThreadStatus> = new Set(['queued', 'running', 'cancelling']);

/** What went wrong with the words, as phrases such as "12 words lost". */
export function describeWords(diff: WordDiff, verb = 'lost'): string[] {
  return [
    diff.lost.length > 0 ? `${plural(diff.lost.length, 'word')} ${verb}` : '',
    diff.duplicated.length > 0 ? `${plural(diff.duplicated.length, 'word')} duplicated` : '',
    diff.moved.length > 0 ? `${plural(diff.moved.length, 'word')} out of order` : '',
    diff.foreign.length > 0 ? `${plural(diff.foreign.length, 'foreign word')} (${diff.foreign.slice(0, 2).map((word) => JSON.stringify(word)).join(', ')})` : '',
  ].filter((phrase) => phrase !== '');
}

/** What went wrong with citations, tool calls and items; lost entries are left out when the server lost them too. */
export function describeContent(diff: DigestDiff, countLost: boolean): string[] {
  return digestKinds.flatMap((kind) => {
    const { lost, duplicated, altered } = diff[kind];
    const noun = digestNouns[kind];
    // A lost entry and an unexpected one are most often the same entry, changed.
    const changed = countLost ? Math.min(lost.length, altered.length) : 0;
    return [
      countLost && lost.length > changed ? `${plural(lost.length - changed, noun)} lost` : '',
      duplicated.length > 0 ? `${plural(duplicated.length, noun)} duplicated` : '',
      changed > 0 ? `${plural(changed, noun)} changed` : '',
      altered.length > changed ? `${plural(altered.length - changed, noun)} unexpected` : '',
    ].filter((phrase) => phrase !== '');
  });
}

function isClearError(error: ThreadError | null): boolean {
  return error !== null && errorKinds.has(error.kind) && typeof error.message === 'string' && error.message.trim().length > 0;
}

/**
 * Judges a cell. `recovered`: the thread ended as the server did (complete, or incomplete where
 * the server itself kept only part of the answer), its answer is the server's character for
 * character, and nothing else was lost or repeated; an error it shows is noted, not failed.
 * `failed cleanly`: the run ended otherwise, with a typed error and a message, and nothing that
 * had arrived was taken back, repeated or garbled. Anything else, and any hang, crash or broken
 * promise, is `FAILED`.
 */
export function classifyCell(evidence: CellEvidence): CellVerdict {
  if (evidence.crash !== null) return { outcome: 'FAILED', reasons: [`crash: ${evidence.crash}`] };
  if (evidence.timedOut) return { outcome: 'FAILED', reasons: [`hang: still ${evidence.status}`, ...evidence.violations] };
  if (runningStatuses.has(evidence.status)) return { outcome: 'FAILED', reasons: [`ended ${evidence.status}`] };
  const { error } = evidence;
  const endedAsServer = evidence.status === 'complete' || (evidence.status === 'incomplete' && !evidence.serverComplete);
  if (endedAsServer) {
    const problems = [...describeWords(evidence.againstServer), ...describeContent(evidence.content, evidence.serverComplete), ...evidence.violations];
    if (!evidence.identical && problems.length === 0) problems.push('text differs in whitespace');
    if (problems.length > 0) return { outcome: 'FAILED', reasons: problems };
    return { outcome: 'recovered', reasons: error === null ? [] : [`shows an error: ${error.message}`] };
  }
  if (error === null) {
    const though = evidence.identical ? ", though its answer is the server's" : '';
    return { outcome: 'FAILED', reasons: [`ended ${evidence.status} without an error${though}`, ...describeWords(evidence.againstServer)] };
  }
  if (!isClearError(error)) return { outcome: 'FAILED', reasons: ['error without a kind or a message'] };
  const withdrawn = describeWords({ lost: evidence.withdrawn.lost, duplicated: [], moved: [], foreign: [] }, 'withdrawn after arriving');
  const added = describeWords({ ...evidence.againstClean, lost: [] });
  const problems = [...withdrawn, ...added, ...describeContent(evidence.content, false), ...evidence.violations];
  if (problems.length > 0) return { outcome: 'FAILED', reasons: problems };
  return { outcome: 'failed cleanly', reasons: [`${error.kind}: ${error.message}`] };
}
