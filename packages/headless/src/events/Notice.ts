/** A message from the server to show beside the thread, not in it (ChatKit `notice`). */
export interface Notice {
  level: 'info' | 'warning' | 'danger';
  /** Markdown. */
  message: string;
  title: string | null;
}
