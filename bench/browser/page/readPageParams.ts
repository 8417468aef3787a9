import type { PageParams } from './BenchPageApi';

/** The inverse of {@link readPageParams}: the query string the runner opens a page with. */
export function formatPageParams(params: PageParams): string {
  const query = new URLSearchParams({
    first: params.firstWord,
    last: params.lastWord,
    pacing: params.pacing,
    earlier: params.earlier ? '1' : '0',
    question: params.question,
  });
  if (params.throttleMs !== undefined) query.set('throttle', String(params.throttleMs));
  return `?${query.toString()}`;
}

/** Reads the page's {@link PageParams} from its URL. */
export function readPageParams(search: string = window.location.search): PageParams {
  const query = new URLSearchParams(search);
  const read = (name: string) => {
    const value = query.get(name);
    if (value === null) throw new Error(`bench page: the URL has no "${name}" parameter.`);
    return value;
  };
  const throttle = query.get('throttle');
  return {
    firstWord: read('first'),
    lastWord: read('last'),
    pacing: read('pacing'),
    earlier: read('earlier') === '1',
    question: read('question'),
    throttleMs: throttle === null ? undefined : Number(throttle),
  };
}
