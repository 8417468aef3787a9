import { forwardRef, useId, useState } from 'react';
import type { FormEvent, FormHTMLAttributes } from 'react';
import { joinClassNames } from '../internal/joinClassNames';
import { MarkdownText } from '../markdown/MarkdownText';
import { usePendingActionContext } from './usePendingActionContext';

/** Props of {@link PendingActionPlan}. */
export interface PendingActionPlanProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  /** Text of the approve button (default "Approve plan"). */
  approveLabel?: string;
  /** Text of the feedback button (default "Request changes"). */
  reviseLabel?: string;
}

/**
 * The form for a `plan_approval` action: the plan (the first question's text) as markdown, an
 * approve button that sends `{type: 'plan', approve: true}`, and a feedback field whose button
 * sends `{type: 'plan', approve: false, feedback}`.
 */
export const PendingActionPlan = forwardRef<HTMLFormElement, PendingActionPlanProps>(function PendingActionPlan(
  { approveLabel = 'Approve plan', reviseLabel = 'Request changes', className, ...props },
  ref,
) {
  const { action, submit, state } = usePendingActionContext('PendingAction.Plan');
  const feedbackId = useId();
  const [feedback, setFeedback] = useState('');
  const busy = state === 'submitting';
  const plan = action.questions[0]?.question ?? '';
  const revise = (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    const text = feedback.trim();
    if (!busy && text) void submit({ type: 'plan', approve: false, feedback: text });
  };
  return (
    <form ref={ref} className={joinClassNames('tl-pending-plan', className)} data-state={state} {...props} onSubmit={revise}>
      <p className="tl-pending-action-title">{action.questions[0]?.header ?? 'Plan approval'}</p>
      <MarkdownText className="tl-pending-plan-text" text={plan} />
      <label className="tl-pending-action-field-label" htmlFor={feedbackId}>
        Feedback
      </label>
      <textarea
        id={feedbackId}
        className="tl-pending-plan-feedback"
        rows={2}
        placeholder="What should change?"
        value={feedback}
        disabled={busy}
        onChange={(event) => setFeedback(event.currentTarget.value)}
      />
      <div className="tl-pending-action-buttons">
        <button type="submit" className="tl-pending-action-submit" disabled={busy || feedback.trim() === ''}>
          {reviseLabel}
        </button>
        <button
          type="button"
          className="tl-pending-action-submit"
          data-variant="primary"
          disabled={busy}
          onClick={() => void submit({ type: 'plan', approve: true })}
        >
          {approveLabel}
        </button>
      </div>
    </form>
  );
});
