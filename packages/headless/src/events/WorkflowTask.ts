import type { Citation } from './Citation';

/**
 * One step of a workflow or one entry of a to-do list:
 * - `status` is `pending` (not started), `loading` (under way), `complete`, or `none` (a note with no progress);
 * - `kind` is the server's task type (`custom`, `web_search`, `thought`, `file`, `image`, `todo`...).
 */
export interface WorkflowTask {
  kind: string;
  title: string | null;
  content: string | null;
  status: 'pending' | 'loading' | 'complete' | 'none';
  /** Sources the task read (web search results, files). */
  sources: Citation[];
}
