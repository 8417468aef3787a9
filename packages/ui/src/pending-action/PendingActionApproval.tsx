import { forwardRef, useState } from 'react';
import type { FormEvent, FormHTMLAttributes } from 'react';
import { formatJson } from '../internal/formatJson';
import { joinClassNames } from '../internal/joinClassNames';
import { usePendingActionContext } from './usePendingActionContext';

/** Props of {@link PendingActionApproval}. */
export interface PendingActionApprovalProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  /** Text of the allow button (default "Allow"). */
  allowLabel?: string;
  /** Text of the deny button (default "Deny"). */
  denyLabel?: string;
  /** Text of the checkbox (default "Remember this decision for this tool"). */
  rememberLabel?: string;
}

/**
 * The form for an `approval` action: the tool's name and its input (re-indented JSON), a
 * "remember" checkbox, and Deny / Allow buttons that send
 * `{type: 'approval', decision: 'deny' | 'allow', remember}`.
 */
export const PendingActionApproval = forwardRef<HTMLFormElement, PendingActionApprovalProps>(function PendingActionApproval(
  { allowLabel = 'Allow', denyLabel = 'Deny', rememberLabel = 'Remember this decision for this tool', className, ...props },
  ref,
) {
  const { action, submit, state } = usePendingActionContext('PendingAction.Approval');
  const [remember, setRemember] = useState(false);
  const busy = state === 'submitting';
  const input = formatJson(action.toolInput);
  const decide = (decision: 'allow' | 'deny') => {
    if (!busy) void submit({ type: 'approval', decision, remember });
  };
  return (
    <form
      ref={ref}
      className={joinClassNames('tl-pending-approval', className)}
      data-state={state}
      {...props}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        decide('allow');
      }}
    >
      <p className="tl-pending-action-title">
        Allow <code className="tl-pending-approval-tool">{action.toolName ?? 'this tool'}</code> to run?
      </p>
      {input ? <pre className="tl-pending-approval-input" aria-label="Tool input">{input}</pre> : null}
      <label className="tl-pending-approval-remember">
        <input type="checkbox" checked={remember} disabled={busy} onChange={(event) => setRemember(event.currentTarget.checked)} />
        {rememberLabel}
      </label>
      <div className="tl-pending-action-buttons">
        <button type="button" className="tl-pending-action-submit" data-variant="danger" disabled={busy} onClick={() => decide('deny')}>
          {denyLabel}
        </button>
        <button type="submit" className="tl-pending-action-submit" data-variant="primary" disabled={busy}>
          {allowLabel}
        </button>
      </div>
    </form>
  );
});
