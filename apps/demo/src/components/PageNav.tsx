import { demoPages } from '../usePage';
import type { DemoPage } from '../usePage';

/** Props of {@link PageNav}. */
export interface PageNavProps {
  current: DemoPage;
}

/** Links between the demo's pages; the current one is marked with `aria-current`. */
export function PageNav({ current }: PageNavProps) {
  return (
    <nav aria-label="Demo" className="demo-nav">
      {demoPages.map(({ page, label }) => (
        <a key={page} href={`#/${page}`} className="demo-nav-link" aria-current={page === current ? 'page' : undefined}>
          {label}
        </a>
      ))}
    </nav>
  );
}
