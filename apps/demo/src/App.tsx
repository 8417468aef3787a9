import { useCallback, useEffect, useRef } from 'react';
import { useCreateThread } from '@threadline/headless/react';
import { Conversation } from './components/Conversation';
import { ThreadGate } from './components/ThreadGate';

// The dev and preview servers mount the simulator; the demo talks to it on its own origin.
const baseUrl = `${window.location.origin}/boosted`;

/** The demo: creates a Boosted thread on load and opens a conversation on it. */
export function App() {
  const createThread = useCreateThread({ baseUrl });
  const { mutate } = createThread;
  const startThread = useCallback(() => mutate(`Demo thread ${new Date().toISOString()}`), [mutate]);

  // StrictMode runs effects twice in development; one thread is enough.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    startThread();
  }, [startThread]);

  const threadId = createThread.data?.threadId;
  return (
    <div className="demo">
      <header className="demo-header">
        <div className="demo-brand">
          <span className="demo-logo" aria-hidden="true" />
          <div>
            <h1>Threadline</h1>
            <p>Boosted thread on the built-in simulator</p>
          </div>
        </div>
        <button type="button" className="demo-button" onClick={startThread} disabled={createThread.isPending}>
          New thread
        </button>
      </header>
      {threadId ? (
        <Conversation key={threadId} threadId={threadId} baseUrl={baseUrl} />
      ) : (
        <ThreadGate pending={createThread.isPending || createThread.isIdle} error={createThread.error} onRetry={startThread} />
      )}
    </div>
  );
}
