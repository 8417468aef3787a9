import type { BoostedConnection } from '@threadline/headless';

/** What carries a Boosted thread's events. */
export type DemoTransport = NonNullable<BoostedConnection['transport']>;

/** Props of {@link TransportPicker}. */
export interface TransportPickerProps {
  value: DemoTransport;
  onChange: (transport: DemoTransport) => void;
}

/** The select between the Boosted thread's SSE stream and its gRPC service (the Connect protocol, in a browser). */
export function TransportPicker({ value, onChange }: TransportPickerProps) {
  return (
    <label className="demo-scenario demo-transport" title="What carries the thread's events; changing it starts a new thread">
      <span className="demo-scenario-label">Transport</span>
      <select className="demo-select" data-testid="transport-select" value={value} onChange={(event) => onChange(event.target.value === 'grpc' ? 'grpc' : 'sse')}>
        <option value="sse">SSE</option>
        <option value="grpc">gRPC (Connect)</option>
      </select>
    </label>
  );
}

/** The transport named in the page's `?transport=` query, else SSE. */
export function transportFromLocation(search: string): DemoTransport {
  return new URLSearchParams(search).get('transport') === 'grpc' ? 'grpc' : 'sse';
}
