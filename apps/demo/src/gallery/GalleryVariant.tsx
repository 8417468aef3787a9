import { useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { CodeBlock } from '@threadline/ui';
import type { GallerySource } from './gallerySources';

/** Props of {@link GalleryVariant}. */
export interface GalleryVariantProps {
  /** Names the variant in tests and styles: `default`, `dark`, `teletype`. */
  name: string;
  title: string;
  description: ReactNode;
  /** The files the "Code" view shows, the main one first (open). */
  sources: readonly GallerySource[];
  /** The live thread. */
  children: ReactNode;
}

type View = 'preview' | 'code';
const views: readonly { view: View; label: string }[] = [
  { view: 'preview', label: 'Preview' },
  { view: 'code', label: 'Code' },
];

/**
 * One way of drawing the gallery thread: a card with its title, a "Preview" / "Code" switch,
 * the live thread and the real source of its files. The preview stays mounted while the code shows.
 */
export function GalleryVariant({ name, title, description, sources, children }: GalleryVariantProps) {
  const [current, setCurrent] = useState<View>('preview');
  const id = useId();
  const tabs = useRef<HTMLDivElement>(null);
  const tabId = (view: View) => `${id}-${view}-tab`;
  const panelId = (view: View) => `${id}-${view}-panel`;
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const next: View = event.key === 'Home' ? 'preview' : event.key === 'End' ? 'code' : current === 'preview' ? 'code' : 'preview';
    setCurrent(next);
    tabs.current?.querySelector<HTMLButtonElement>(`[data-view='${next}']`)?.focus();
  };

  return (
    <article className="gallery-variant" data-variant={name} data-testid={`gallery-variant-${name}`} aria-labelledby={`${id}-title`}>
      <header className="gallery-variant-header">
        <div className="gallery-variant-heading">
          <h3 id={`${id}-title`}>{title}</h3>
          <p>{description}</p>
        </div>
        <div ref={tabs} role="tablist" aria-label={`${title}: view`} className="gallery-switch" onKeyDown={move}>
          {views.map(({ view, label }) => (
            <button
              key={view}
              id={tabId(view)}
              type="button"
              role="tab"
              className="gallery-switch-tab"
              data-view={view}
              aria-selected={current === view}
              aria-controls={panelId(view)}
              tabIndex={current === view ? 0 : -1}
              onClick={() => setCurrent(view)}
            >
              {label}
            </button>
          ))}
        </div>
      </header>
      <div role="tabpanel" id={panelId('preview')} aria-labelledby={tabId('preview')} className="gallery-preview" hidden={current !== 'preview'}>
        {children}
      </div>
      <div
        role="tabpanel"
        id={panelId('code')}
        aria-labelledby={tabId('code')}
        className="gallery-code"
        hidden={current !== 'code'}
        tabIndex={0}
        data-testid={`gallery-code-${name}`}
      >
        {current === 'code'
          ? sources.map((source, index) => (
              <details key={source.name} className="gallery-source" open={index === 0}>
                <summary>
                  <code>{source.name}</code>
                  <span className="gallery-source-lines">{source.code.split('\n').length} lines</span>
                </summary>
                <CodeBlock code={source.code} language={source.language} />
              </details>
            ))
          : null}
      </div>
    </article>
  );
}
