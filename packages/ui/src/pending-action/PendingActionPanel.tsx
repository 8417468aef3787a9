import { forwardRef } from 'react';
import type { PendingAction } from '@threadline/headless';
import { PendingActionApproval } from './PendingActionApproval';
import { PendingActionError } from './PendingActionError';
import { PendingActionPlan } from './PendingActionPlan';
import { PendingActionQuestions } from './PendingActionQuestions';
import { PendingActionRoot } from './PendingActionRoot';
import type { PendingActionRootProps } from './PendingActionRoot';
import { PendingActionToolOutputs } from './PendingActionToolOutputs';
import type { PendingActionToolOutputsProps } from './PendingActionToolOutputs';

/** Props of {@link PendingActionPanel}. */
export interface PendingActionPanelProps extends Omit<PendingActionRootProps, 'asChild'> {
  /** What tool output fields start with (default `{}`); see `PendingAction.ToolOutputs`. */
  defaultToolOutput?: PendingActionToolOutputsProps['defaultOutput'];
}

// A new request gets fresh form state.
function actionKey(action: PendingAction): string {
  return [action.kind, action.requestId ?? '', ...action.toolCallIds, ...action.questions.map((question) => question.question)].join('\u0000');
}

function PendingActionBody({ action, defaultToolOutput }: { action: PendingAction; defaultToolOutput: PendingActionPanelProps['defaultToolOutput'] }) {
  switch (action.kind) {
    case 'question': {
      return <PendingActionQuestions />;
    }
    case 'plan_approval': {
      return <PendingActionPlan />;
    }
    case 'approval': {
      return <PendingActionApproval />;
    }
    case 'submit_tool_outputs':
    case 'client_tool_call': {
      return <PendingActionToolOutputs defaultOutput={defaultToolOutput} />;
    }
    default: {
      action.kind satisfies never;
      return null;
    }
  }
}

/**
 * The default pending action UI: `PendingAction.Root` with the form for the action's kind
 * (questions, plan approval, tool approval, tool outputs) and `PendingAction.Error`.
 */
export const PendingActionPanel = forwardRef<HTMLDivElement, PendingActionPanelProps>(function PendingActionPanel(
  { action, defaultToolOutput, children, ...props },
  ref,
) {
  return (
    <PendingActionRoot ref={ref} action={action} {...props}>
      <PendingActionBody key={actionKey(action)} action={action} defaultToolOutput={defaultToolOutput} />
      <PendingActionError />
      {children}
    </PendingActionRoot>
  );
});
