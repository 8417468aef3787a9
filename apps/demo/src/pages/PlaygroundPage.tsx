import { useState } from 'react';
import type { DialectName } from '@threadline/headless';
import { BoostedThread } from '../components/BoostedThread';
import { Conversation } from '../components/Conversation';
import { demoDialects, dialectFromLocation } from '../components/demoDialects';
import { DialectTabs, dialectPanelId, dialectTabId } from '../components/DialectTabs';
import { ScenarioPicker } from '../components/ScenarioPicker';
import { TransportPicker, transportFromLocation } from '../components/TransportPicker';
import type { DemoTransport } from '../components/TransportPicker';
import { createFrameCapture } from '../inspector/createFrameCapture';
import type { FrameCapture } from '../inspector/createFrameCapture';
import { Inspector } from '../inspector/Inspector';

const inspectorId = 'demo-inspector';

/**
 * The playground: one conversation per dialect, each on the simulator the dev server mounts on
 * this origin, with a scenario picker and an inspector of the current conversation's wire. A
 * tab's conversation stays mounted once opened, so switching tabs keeps its thread.
 */
export function PlaygroundPage() {
  const [current, setCurrent] = useState<DialectName>(() => dialectFromLocation(window.location.search).name);
  const [opened, setOpened] = useState<ReadonlySet<DialectName>>(() => new Set([current]));
  // Bumping a dialect's session replaces its conversation with a new thread.
  const [sessions, setSessions] = useState<Partial<Record<DialectName, number>>>({});
  const [scenarios, setScenarios] = useState<Partial<Record<DialectName, string>>>({});
  const [boostedTransport, setBoostedTransport] = useState<DemoTransport>(() => transportFromLocation(window.location.search));
  const [inspectorOpen, setInspectorOpen] = useState(false);
  // One capture per dialect conversation, outside React state: a frame never renders the page.
  const [captures] = useState(() => new Map<DialectName, FrameCapture>(demoDialects.map((dialect) => [dialect.name, createFrameCapture()])));
  const dialect = demoDialects.find((candidate) => candidate.name === current) ?? demoDialects[0];
  const capture = captures.get(current);

  const select = (name: DialectName) => {
    setCurrent(name);
    setOpened((names) => (names.has(name) ? names : new Set([...names, name])));
    const url = new URL(window.location.href);
    url.searchParams.set('dialect', name);
    window.history.replaceState(null, '', url);
  };
  const newThread = () => setSessions((counts) => ({ ...counts, [current]: (counts[current] ?? 0) + 1 }));
  // A pinned scenario is part of the connection's base URL, so it takes a new thread.
  const pickScenario = (scenario: string) => {
    setScenarios((pinned) => ({ ...pinned, [current]: scenario }));
    newThread();
  };
  // So does another transport: a thread's decoder lives with its stream.
  const pickTransport = (transport: DemoTransport) => {
    setBoostedTransport(transport);
    newThread();
    const url = new URL(window.location.href);
    if (transport === 'sse') url.searchParams.delete('transport');
    else url.searchParams.set('transport', transport);
    window.history.replaceState(null, '', url);
  };

  return (
    <div className="demo-page demo-playground">
      <div className="demo-toolbar">
        <DialectTabs dialects={demoDialects} value={current} onChange={select} />
        <p className="demo-toolbar-subtitle">{dialect?.subtitle}</p>
        <div className="demo-toolbar-actions">
          {dialect ? <ScenarioPicker dialect={dialect} value={scenarios[current] ?? ''} onChange={pickScenario} /> : null}
          {current === 'boosted' ? <TransportPicker value={boostedTransport} onChange={pickTransport} /> : null}
          <button type="button" className="demo-button" onClick={newThread}>
            New thread
          </button>
          <button
            type="button"
            className="demo-button"
            aria-expanded={inspectorOpen}
            aria-controls={inspectorId}
            data-testid="inspector-toggle"
            onClick={() => setInspectorOpen((open) => !open)}
          >
            Inspector
          </button>
        </div>
      </div>
      <div className="demo-playground-body" data-inspector={inspectorOpen ? 'open' : 'closed'}>
        <div className="demo-playground-threads">
          {demoDialects.map((candidate) => {
            const active = candidate.name === current;
            const key = `${candidate.name}-${sessions[candidate.name] ?? 0}`;
            const props = { dialect: candidate, active, scenario: scenarios[candidate.name] || undefined, capture: captures.get(candidate.name) };
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
                  <BoostedThread key={key} {...props} transport={boostedTransport} />
                ) : (
                  <Conversation key={key} threadId={null} {...props} />
                )}
              </div>
            );
          })}
        </div>
        {inspectorOpen && capture ? <Inspector key={current} id={inspectorId} capture={capture} dialect={current} onClose={() => setInspectorOpen(false)} /> : null}
      </div>
    </div>
  );
}
