import type { AssistantsRun } from './AssistantsRun';
import { createFileId } from './createAssistantsObject';

/** The run's `file-` id for a scenario file name, minted on first use. */
export function fileIdFor(run: AssistantsRun, fileName: string): string {
  const known = run.fileIds.get(fileName);
  if (known !== undefined) return known;
  const id = createFileId();
  run.fileIds.set(fileName, id);
  return id;
}
