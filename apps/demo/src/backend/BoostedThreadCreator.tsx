import { useCreateThread } from '@threadline/headless/react';
import type { BackendSettings } from './BackendSettings';
import { backendBaseUrl, backendHeaders } from './toBackendConnection';

/** Props of {@link BoostedThreadCreator}. */
export interface BoostedThreadCreatorProps {
  settings: BackendSettings;
  onCreated: (threadId: string) => void;
}

/** A Boosted thread must exist before its stream opens: this creates one on request, with its loading and error states. */
export function BoostedThreadCreator({ settings, onCreated }: BoostedThreadCreatorProps) {
  const createThread = useCreateThread({ baseUrl: backendBaseUrl(settings, window.location.origin), headers: () => backendHeaders(settings) });
  const create = () => createThread.mutate(`Threadline demo ${new Date().toISOString()}`, { onSuccess: ({ threadId }) => onCreated(threadId) });

  return (
    <div className="backend-card" data-testid="backend-create-thread" data-state={createThread.isPending ? 'loading' : createThread.isError ? 'error' : 'idle'}>
      <h2>Create a thread</h2>
      <p>The Boosted Thread API streams an existing thread. Create one on this backend, or enter a thread id in the form.</p>
      {createThread.isError ? (
        <p role="alert" className="backend-error">
          Could not create a thread: {createThread.error.message}
        </p>
      ) : null}
      <p className="backend-card-actions">
        <button type="button" className="demo-button demo-button-primary" onClick={create} disabled={createThread.isPending}>
          {createThread.isError ? 'Try again' : 'Create thread'}
        </button>
        {createThread.isPending ? (
          <span role="status" className="demo-muted backend-inline-status">
            <span className="demo-spinner" aria-hidden="true" /> Creating a thread…
          </span>
        ) : null}
      </p>
    </div>
  );
}
