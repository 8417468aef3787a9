/** Props of {@link ThreadGate}. */
export interface ThreadGateProps {
  pending: boolean;
  error: Error | null;
  onRetry: () => void;
}

/** What shows before a thread exists: creating it, or why that failed with a retry. */
export function ThreadGate({ pending, error, onRetry }: ThreadGateProps) {
  if (error && !pending) {
    return (
      <main className="demo-gate" data-state="error">
        <div role="alert" className="demo-gate-card">
          <h2>Could not create a thread</h2>
          <p>{error.message}</p>
          <p className="demo-muted">Is the simulator running? It is served by the Vite dev server under /boosted.</p>
          <button type="button" className="demo-button demo-button-primary" onClick={onRetry}>
            Try again
          </button>
        </div>
      </main>
    );
  }
  return (
    <main className="demo-gate" data-state="loading">
      <p role="status" className="demo-gate-card demo-muted">
        <span className="demo-spinner" aria-hidden="true" /> Creating a thread…
      </p>
    </main>
  );
}
