import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { DialectName } from '@threadline/headless';
import type { DemoDialect } from './demoDialects';

/** Props of {@link DialectTabs}. */
export interface DialectTabsProps {
  dialects: readonly DemoDialect[];
  value: DialectName;
  onChange: (name: DialectName) => void;
}

/** The tab id of a dialect, for `aria-labelledby`. */
export const dialectTabId = (name: DialectName) => `demo-tab-${name}`;
/** The panel id of a dialect, for `aria-controls`. */
export const dialectPanelId = (name: DialectName) => `demo-panel-${name}`;

/** The dialect switcher: tabs with arrow-key navigation. */
export function DialectTabs({ dialects, value, onChange }: DialectTabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = dialects.findIndex((dialect) => dialect.name === value);
    const next = dialects[(index + step + dialects.length) % dialects.length];
    if (!next) return;
    onChange(next.name);
    list.current?.querySelector<HTMLButtonElement>(`#${dialectTabId(next.name)}`)?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label="Dialect" className="demo-tabs" onKeyDown={move}>
      {dialects.map((dialect) => {
        const selected = dialect.name === value;
        return (
          <button
            key={dialect.name}
            id={dialectTabId(dialect.name)}
            type="button"
            role="tab"
            className="demo-tab"
            aria-selected={selected}
            aria-controls={dialectPanelId(dialect.name)}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(dialect.name)}
          >
            {dialect.label}
          </button>
        );
      })}
    </div>
  );
}
