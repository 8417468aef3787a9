export { PendingActionRoot as Root } from './PendingActionRoot';
export { PendingActionQuestions as Questions } from './PendingActionQuestions';
export { PendingActionPlan as Plan } from './PendingActionPlan';
export { PendingActionApproval as Approval } from './PendingActionApproval';
export { PendingActionToolOutputs as ToolOutputs } from './PendingActionToolOutputs';
export { PendingActionError as Error } from './PendingActionError';
