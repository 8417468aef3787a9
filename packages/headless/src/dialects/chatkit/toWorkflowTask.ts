import type { WorkflowTask } from '../../events/WorkflowTask';
import { readArray, readString } from '../readJson';
import { toChatKitSourceCitation } from './toChatKitCitation';

/**
 * Normalizes one ChatKit task (`custom`, `web_search`, `thought`, `file`, `image`...): a web
 * search with no title is titled by its query, and its URL sources (or a file task's files)
 * become unpositioned citations. Never throws.
 */
export function toWorkflowTask(task: unknown): WorkflowTask {
  const indicator = readString(task, 'status_indicator');
  return {
    kind: readString(task, 'type') ?? 'custom',
    title: readString(task, 'title') ?? readString(task, 'title_query'),
    content: readString(task, 'content'),
    status: indicator === 'loading' || indicator === 'complete' ? indicator : 'none',
    sources: readArray(task, 'sources').map((source) => toChatKitSourceCitation(source)),
  };
}
