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

/** A scenario expanded for one run: fresh artifact ids, the final chunk marked. */
export interface BoostedRunPlan {
  actions: BoostedRunAction[];
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
  const actions: BoostedRunAction[] = [];
  const citations: BoostedCitation[] = [];

  for (const step of steps) {
    if ('wip' in step) {
      actions.push({ kind: 'wip', log: step.wip, continuesStep: false });
    } else if ('chunk' in step) {
      actions.push({ kind: 'chunk', text: step.chunk, final: false, continuesStep: false });
    } else if ('artifact' in step) {
      const id = randomUUID();
      artifactChunks(id, step.splitMarker === true).forEach((text, index) => {
        actions.push({
          kind: 'chunk',
          text,
          final: false,
          continuesStep: index > 0,
          ...(index === 0 ? { artifact: { id, data: step.artifact } } : {}),
        });
      });
    } else if ('citations' in step) {
      citations.push(...step.citations);
    } else if ('closeStreams' in step) {
      actions.push({ kind: 'close-streams', continuesStep: false });
    } else if ('earlierMessages' in step) {
      actions.push({ kind: 'earlier-messages', texts: step.earlierMessages, continuesStep: false });
    } else if ('threadName' in step) {
      actions.push({ kind: 'thread-name', name: step.threadName, continuesStep: false });
    } else if ('workerError' in step) {
      actions.push({ kind: 'worker-error', message: step.workerError.message, code: step.workerError.code, continuesStep: false });
    } else {
      actions.push({ kind: 'raw', text: step.malformed, continuesStep: false });
    }
  }

  // A worker error cuts the message short: its last chunk is not final.
  const lastChunk = actions.findLast((action) => action.kind === 'chunk' || action.kind === 'worker-error');
  if (lastChunk?.kind === 'chunk') lastChunk.final = true;
  return { actions, citations };
}
