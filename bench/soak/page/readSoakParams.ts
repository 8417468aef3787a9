/** What each soak thread shows: its messages (`Thread.Messages`, markdown) or only its status. */
export type SoakRender = 'messages' | 'status';

/** What the soak page is asked to do, from its URL. */
export interface SoakParams {
  /** One `x-simulator-pacing` header per thread: as many threads stream at once. */
  pacing: string[];
  render: SoakRender;
}

/** The query string of a soak page. */
export function formatSoakParams(params: SoakParams): string {
  const query = new URLSearchParams({ render: params.render });
  for (const pacing of params.pacing) query.append('pacing', pacing);
  return `?${query.toString()}`;
}

/** Reads the {@link SoakParams} of the page's URL. */
export function readSoakParams(search: string): SoakParams {
  const query = new URLSearchParams(search);
  const pacing = query.getAll('pacing');
  if (pacing.length === 0) throw new Error('soak page: the URL has no "pacing" parameter (one per thread).');
  return { pacing, render: query.get('render') === 'status' ? 'status' : 'messages' };
}
