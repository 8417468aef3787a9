import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { BenchProbe } from './createBenchProbe';

declare global {
  interface Window {
    /** Called by the DevTools hook the bench build puts in every page's head, on every React commit. */
    __benchOnCommit?: () => void;
  }
}

/**
 * Renders a contender's app into `#root`, counts its commits through React's DevTools hook (see
 * the bench's vite.config.ts), watches `#root` for the answer's words and installs `window.__bench`.
 */
export function mountBenchPage(app: ReactNode, probe: BenchProbe): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('bench page: no #root element.');
  probe.install();
  probe.observe(container);
  window.__benchOnCommit = probe.onCommit;
  createRoot(container).render(app);
}
