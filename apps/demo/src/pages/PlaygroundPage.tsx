import { useState } from 'react';
import type { DialectName } from '@threadline/headless';
import { BoostedThread } from '../components/BoostedThread';
import { Conversation } from '../components/Conversation';
import { demoDialects, dialectFromLocation } from '../components/demoDialects';
import { DialectTabs, dialectPanelId, dialectTabId } from '../components/DialectTabs';

/**
 * The playground: one conversation per dialect, each on the simulator the dev server mounts on
 * this origin. A tab's conversation stays mounted once opened, so switching tabs keeps its thread.
 */
export function PlaygroundPage() {
  const [current, setCurrent] = useState<DialectName>(() => dialectFromLocation(window.location.search).name);
  const [opened, setOpened] = useState<ReadonlySet<DialectName>>(() => new Set([current]));
  // Bumping a dialect's session replaces its conversation with a new thread.
  const [sessions, setSessions] = useState<Partial<Record<DialectName, number>>>({});
  const dialect = demoDialects.find((candidate) => candidate.name === current) ?? demoDialects[0];

  const select = (name: DialectName) => {
    setCurrent(name);
    setOpened((names) => (names.has(name) ? names : new Set([...names, name])));
    const url = new URL(window.location.href);
    url.searchParams.set('dialect', name);
    window.history.replaceState(null, '', url);
  };
  const newThread = () => setSessions((counts) => ({ ...counts, [current]: (counts[current] ?? 0) + 1 }));

  return (
    <div className="demo-page demo-playground">
      <div className="demo-toolbar">
        <DialectTabs dialects={demoDialects} value={current} onChange={select} />
        <p className="demo-toolbar-subtitle">{dialect?.subtitle}</p>
        <button type="button" className="demo-button" onClick={newThread}>
          New thread
        </button>
      </div>
      {demoDialects.map((candidate) => {
        const active = candidate.name === current;
        const key = `${candidate.name}-${sessions[candidate.name] ?? 0}`;
        return (
          <div
            key={candidate.name}
            role="tabpanel"
            id={dialectPanelId(candidate.name)}
            aria-labelledby={dialectTabId(candidate.name)}
            className="demo-panel"
            hidden={!active}
          >
            {!opened.has(candidate.name) ? null : candidate.name === 'boosted' ? (
              <BoostedThread key={key} dialect={candidate} active={active} />
            ) : (
              <Conversation key={key} dialect={candidate} threadId={null} active={active} />
            )}
          </div>
        );
      })}
    </div>
  );
}
