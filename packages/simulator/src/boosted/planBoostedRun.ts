import { randomUUID } from 'node:crypto';
import type { BoostedArtifact } from './BoostedArtifact';
import type { BoostedCitation } from './BoostedCitation';
import type { BoostedStep } from './BoostedStep';

/** One paced action of a run; each is preceded by a `delayMs` wait. */
export type BoostedRunAction =
  | { kind: 'wip'; log: string; continuesStep: false }
  | {
      kind: 'chunk';
      text: string;
      final: boolean;
      /** Registered in the thread just before this chunk is sent. */
      artifact?: { id: string; data: BoostedArtifact };
      /** True for the later pieces of a split artifact marker, which a cancel must not cut. */
      continuesStep: boolean;
    }
  | { kind: 'close-streams'; continuesStep: false }
  | { kind: 'raw'; text: string; continuesStep: false }
  | { kind: 'earlier-messages'; texts: readonly string[]; continuesStep: false }
  | { kind: 'thread-name'; name: string; continuesStep: false }
  | { kind: 'worker-error'; message: string; code: string; continuesStep: false };

/**
 * A scenario expanded for one run: fresh artifact ids, the final chunk marked. The actions are
 * made as the run reaches them, so a long scenario's first frame goes out without waiting for
 * the whole plan.
 */
export interface BoostedRunPlan {
  actions: Iterable<BoostedRunAction>;
  citations: BoostedCitation[];
}

/** The fenced JSON marker Boosted embeds in message text for an artifact. */
export function formatArtifactMarker(artifactId: string): string {
  return `\`\`\`\n{"artifact_id": ${JSON.stringify(artifactId)}}\n\`\`\``;
}

function artifactChunks(artifactId: string, split: boolean): string[] {
  const marker = formatArtifactMarker(artifactId);
  if (!split) return [marker];
  // Cut inside the key and before the closing fence, so clients must buffer across chunks.
  const firstCut = marker.indexOf('artif') + 'artif'.length;
  const secondCut = marker.lastIndexOf('\n```');
  return [marker.slice(0, firstCut), marker.slice(firstCut, secondCut), marker.slice(secondCut)];
}

/** Expands scenario steps into the actions of one run. */
export function planBoostedRun(steps: readonly BoostedStep[]): BoostedRunPlan {
  const citations = steps.flatMap((step) => ('citations' in step ? step.citations : []));
  // A worker error cuts the message short: its last chunk is not final.
  const lastText = steps.findLastIndex((step) => 'chunk' in step || 'artifact' in step || 'workerError' in step);
  const finalStep = lastText >= 0 && !('workerError' in steps[lastText]!) ? lastText : -1;
  return { actions: planActions(steps, finalStep), citations };
}

function* planActions(steps: readonly BoostedStep[], finalStep: number): Generator<BoostedRunAction> {
  for (const [index, step] of steps.entries()) {
    const final = index === finalStep;
    if ('wip' in step) {
      yield { kind: 'wip', log: step.wip, continuesStep: false };
    } else if ('chunk' in step) {
      yield { kind: 'chunk', text: step.chunk, final, continuesStep: false };
    } else if ('artifact' in step) {
      const id = randomUUID();
      const pieces = artifactChunks(id, step.splitMarker === true);
      for (const [piece, text] of pieces.entries()) {
        yield {
          kind: 'chunk',
          text,
          final: final && piece === pieces.length - 1,
          continuesStep: piece > 0,
          ...(piece === 0 ? { artifact: { id, data: step.artifact } } : {}),
        };
      }
    } else if ('citations' in step) {
      continue;
    } else if ('closeStreams' in step) {
      yield { kind: 'close-streams', continuesStep: false };
    } else if ('earlierMessages' in step) {
      yield { kind: 'earlier-messages', texts: step.earlierMessages, continuesStep: false };
    } else if ('threadName' in step) {
      yield { kind: 'thread-name', name: step.threadName, continuesStep: false };
    } else if ('workerError' in step) {
      yield { kind: 'worker-error', message: step.workerError.message, code: step.workerError.code, continuesStep: false };
    } else {
      yield { kind: 'raw', text: step.malformed, continuesStep: false };
    }
  }
}
