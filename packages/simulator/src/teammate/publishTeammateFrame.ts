import type { TeammateFrame } from './TeammateFrame';
import type { TeammateRun, TeammateRunStatus } from './TeammateRun';
import { formatPythonJson } from './formatPythonJson';

/** The non-JSON sentinel some streams end with. */
export const doneSentinel = 'data: [DONE]\n\n';

/** Serialises a frame as `data: <json>` SSE text. */
export function encodeTeammateFrame(frame: TeammateFrame): string {
  return `data: ${formatPythonJson(frame)}\n\n`;
}

/**
 * Records a frame in the turn's history, sends it to every open stream of the run, and folds
 * its text into the run's `output`.
 */
export function publishTeammateFrame(run: TeammateRun, frame: TeammateFrame | typeof doneSentinel): void {
  const text = typeof frame === 'string' ? frame : encodeTeammateFrame(frame);
  if (typeof frame !== 'string' && frame.type === 'text-delta') run.output = (run.output ?? '') + frame.delta;
  run.frames.push(text);
  run.updatedAt = new Date().toISOString();
  for (const stream of run.subscribers) stream.write(text);
}

/** Sets the run's final status for this turn and ends its open streams. */
export function endTeammateTurn(run: TeammateRun, status: TeammateRunStatus): void {
  run.status = status;
  run.updatedAt = new Date().toISOString();
  run.gate = undefined;
  for (const stream of [...run.subscribers]) stream.end();
  run.subscribers.clear();
}
