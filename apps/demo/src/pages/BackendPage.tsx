import { useState } from 'react';
import { BackendForm } from '../backend/BackendForm';
import { backendDialect } from '../backend/backendDialects';
import type { BackendSettings } from '../backend/BackendSettings';
import { backendSettingsStorage } from '../backend/backendSettingsStorage';
import { BackendSummary } from '../backend/BackendSummary';
import { BackendThread } from '../backend/BackendThread';
import { validateBackendSettings } from '../backend/validateBackendSettings';
import type { BackendSettingsErrors } from '../backend/validateBackendSettings';
import '../backend/backend.css';

interface Connection {
  settings: BackendSettings;
  /** A new one per Connect, so every connection starts a fresh thread view. */
  session: number;
}

/**
 * The page for a real endpoint: its dialect, base URL and token, optionally through the dev
 * server's proxy, then the thread on it. The token lives in memory, and in localStorage only
 * while "remember" is ticked.
 */
export function BackendPage() {
  const [draft, setDraft] = useState(backendSettingsStorage.load);
  const [errors, setErrors] = useState<BackendSettingsErrors>({});
  const [connection, setConnection] = useState<Connection | null>(null);
  // On a narrow screen the form and the thread take turns; on a wide one both show.
  const [editing, setEditing] = useState(true);

  const change = (next: BackendSettings) => {
    if (draft.remember && !next.remember) backendSettingsStorage.forget();
    setDraft(next);
  };
  const connect = () => {
    const found = validateBackendSettings(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    backendSettingsStorage.save(draft);
    setConnection((current) => ({ settings: draft, session: (current?.session ?? 0) + 1 }));
    setEditing(false);
  };
  const fillSimulator = () => {
    const { dialect } = draft;
    change({
      ...draft,
      baseUrl: `${window.location.origin}${backendDialect(dialect).simulatorPath}`,
      assistantId: dialect === 'assistants' && draft.assistantId.trim() === '' ? 'asst_demo' : draft.assistantId,
    });
  };
  const threadCreated = (threadId: string) => {
    if (!connection) return;
    const settings = { ...connection.settings, threadId };
    backendSettingsStorage.save(settings);
    setConnection({ ...connection, settings });
    setDraft((current) => (current.dialect === 'boosted' && current.threadId.trim() === '' ? { ...current, threadId } : current));
  };

  return (
    <div className="demo-page backend-page" data-editing={editing || !connection ? 'true' : 'false'}>
      <aside className="backend-settings" aria-label="Connection settings">
        <div className="backend-intro">
          <h2>Your backend</h2>
          <p className="demo-muted">Point the thread at a real endpoint in any of the four dialects.</p>
        </div>
        <BackendForm
          value={draft}
          onChange={change}
          errors={errors}
          onSubmit={connect}
          onDisconnect={connection ? () => setConnection(null) : undefined}
          onUseSimulator={fillSimulator}
          onBack={connection ? () => setEditing(false) : undefined}
        />
      </aside>
      <section className="backend-stage" aria-label="Conversation" data-state={connection ? 'connected' : 'disconnected'}>
        {connection ? (
          <>
            <BackendSummary settings={connection.settings} onEdit={() => setEditing(true)} />
            <BackendThread key={connection.session} settings={connection.settings} onThreadCreated={threadCreated} />
          </>
        ) : (
          <div className="backend-card" data-testid="backend-disconnected">
            <h2>Not connected</h2>
            <p>
              Fill in the form and press Connect. To try it here, choose a dialect and press “Fill in the simulator”: the dev server speaks all four
              dialects, with or without the proxy.
            </p>
          </div>
        )}
      </section>
    </div>
  );
}
