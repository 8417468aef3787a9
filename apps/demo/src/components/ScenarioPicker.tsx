import type { DemoDialect } from './demoDialects';

/** Props of {@link ScenarioPicker}. */
export interface ScenarioPickerProps {
  dialect: DemoDialect;
  /** The pinned scenario's name; empty for "Auto (by keywords)". */
  value: string;
  onChange: (scenario: string) => void;
}

/** The select that pins one of the dialect's simulator scenarios, or leaves the choice to keywords. */
export function ScenarioPicker({ dialect, value, onChange }: ScenarioPickerProps) {
  const pinned = dialect.scenarios.find((scenario) => scenario.name === value);
  return (
    <label className="demo-scenario" title={pinned ? `Every message plays “${pinned.name}”; changing it starts a new thread` : 'Keywords in each message pick the scenario'}>
      <span className="demo-scenario-label">Scenario</span>
      <select className="demo-select" data-testid="scenario-select" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Auto (by keywords)</option>
        {dialect.scenarios.map((scenario) => (
          <option key={scenario.name} value={scenario.name}>
            {scenario.description} · {scenario.name}
          </option>
        ))}
      </select>
    </label>
  );
}
