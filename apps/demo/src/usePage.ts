import { useSyncExternalStore } from 'react';

/** The demo's pages, addressed by the URL hash (`#/replay`), so a reload keeps the page. */
export type DemoPage = 'playground' | 'replay' | 'backend' | 'gallery';

export const demoPages: ReadonlyArray<{ page: DemoPage; label: string }> = [
  { page: 'playground', label: 'Playground' },
  { page: 'replay', label: 'Replay' },
  { page: 'backend', label: 'Your backend' },
  { page: 'gallery', label: 'Customization' },
];

/** The page a hash names; anything else is the playground. */
export function pageFromHash(hash: string): DemoPage {
  const name = hash.replace(/^#\/?/, '');
  return demoPages.find((entry) => entry.page === name)?.page ?? 'playground';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current page, following the hash. */
export function usePage(): DemoPage {
  return useSyncExternalStore(subscribe, () => pageFromHash(window.location.hash), () => 'playground');
}
