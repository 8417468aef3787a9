import { backendDialect } from './backendDialects';
import type { BackendSettings } from './BackendSettings';

/** Props of {@link BackendSummary}. */
export interface BackendSummaryProps {
  settings: BackendSettings;
  /** Shows the form again (on a narrow screen, where the form hides while connected). */
  onEdit: () => void;
}

/** One line saying what the page is connected to, without the token. */
export function BackendSummary({ settings, onEdit }: BackendSummaryProps) {
  const threadId = settings.dialect === 'boosted' ? settings.threadId.trim() : '';
  return (
    <div className="backend-summary" data-testid="backend-summary">
      <p className="backend-summary-text">
        <strong>{backendDialect(settings.dialect).label}</strong>
        <span className="backend-summary-url" title={settings.baseUrl}>
          {settings.baseUrl}
        </span>
        <span className="backend-summary-tags">
          {settings.useProxy ? <span className="backend-tag">via dev proxy</span> : null}
          <span className="backend-tag">{settings.token.trim() ? 'token set' : 'no token'}</span>
          {threadId ? (
            <span className="backend-tag" title={threadId} data-testid="backend-thread-id">
              thread {threadId}
            </span>
          ) : null}
        </span>
      </p>
      <button type="button" className="demo-button backend-edit" onClick={onEdit}>
        Edit connection
      </button>
    </div>
  );
}
