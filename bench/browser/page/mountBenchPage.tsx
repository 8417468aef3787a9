import { Profiler } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { BenchProbe } from './createBenchProbe';

/**
 * Renders a contender's app into `#root` inside one `<Profiler>` (the bench build aliases
 * `react-dom/client` to `react-dom/profiling`, so it reports in production), watches `#root`
 * for the answer's words and installs `window.__bench`.
 */
export function mountBenchPage(app: ReactNode, probe: BenchProbe): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('bench page: no #root element.');
  probe.install();
  probe.observe(container);
  createRoot(container).render(
    <Profiler id="bench" onRender={probe.onRender}>
      {app}
    </Profiler>,
  );
}
