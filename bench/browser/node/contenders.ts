/** The pages measured, one per contender. */
export type ContenderName = 'threadline' | 'threadline-main-thread' | 'usechat-markdown' | 'usechat-streamdown' | 'floor' | 'network' | 'plain-text' | 'newest-text';

/** A contender and its page in `bench/browser/dist`. */
export interface Contender {
  name: ContenderName;
  label: string;
  /** The built page, relative to the server root. */
  page: string;
}

/** Every contender, Threadline first: ratios are Threadline's figure over the other's. */
export const contenders: readonly Contender[] = [
  { name: 'threadline', label: 'Threadline', page: '/threadline.html' },
  { name: 'threadline-main-thread', label: 'Threadline, streams read on the main thread', page: '/threadline-main-thread.html' },
  { name: 'usechat-markdown', label: 'useChat + react-markdown', page: '/usechat-markdown.html' },
  { name: 'usechat-streamdown', label: 'useChat + Streamdown', page: '/usechat-streamdown.html' },
  { name: 'floor', label: 'static floor (MarkdownText once)', page: '/floor.html' },
  { name: 'network', label: 'network only (fetch, read, drop)', page: '/network.html' },
  { name: 'plain-text', label: 'plain text at the same render rate (no markdown)', page: '/plain-text.html' },
  { name: 'newest-text', label: 'only the newest text at the same render rate (nothing grows)', page: '/newest-text.html' },
];
