export { createSimulator } from './createSimulator';
export type { Simulator } from './createSimulator';
export { startSimulator } from './startSimulator';
export type { RunningSimulator, StartSimulatorOptions } from './startSimulator';
export type { BoostedFraming, SimulatorOptions } from './SimulatorOptions';
export type { Scenario } from './Scenario';
export type { Pacing } from './Pacing';
export { formatPacingHeader, pacingHeader } from './Pacing';
export { readPacingHeader } from './readPacingHeader';
export type { PacingHeaderResult } from './readPacingHeader';
export type { DialectName } from './Dialect';
export type { Fault, FaultName, ResponseFault, StreamFault } from './faults/Fault';
export { faultDefaults, faultHeader, faultNames, faultQueryParameter, formatFaultHeader, isResponseFault } from './faults/Fault';
export { parseFault } from './faults/parseFault';
export type { FaultParseResult } from './faults/parseFault';
export { readFaultHeader } from './faults/readFaultHeader';
export type { FaultHeaderResult } from './faults/readFaultHeader';
export { faultsByDialect } from './faults/faultsByDialect';
export { createPacer } from './createPacer';
export type { Pacer } from './createPacer';
export { createScheduler } from './createScheduler';
export type { Scheduler, WaitOutcome } from './createScheduler';
export { createLongReport } from './createLongReport';
export { splitPacedText } from './splitPacedText';
export { boostedScenarioNames } from './boosted/boostedScenarios';
export { nvidiaCitations as boostedSampleCitations } from './boosted/scenarios/nvidiaCitations';
export type { BoostedScenarioName } from './boosted/boostedScenarios';
export type { BoostedScenario, BoostedStep } from './boosted/BoostedStep';
export type {
  BoostedArtifact,
  BoostedArtifactField,
  BoostedArtifactRow,
  BoostedChartArtifact,
  BoostedImageArtifact,
  BoostedJsonArtifact,
  BoostedJsonValue,
  BoostedMarkdownArtifact,
  BoostedTableArtifact,
} from './boosted/BoostedArtifact';
export type {
  BoostedCitation,
  BoostedDocumentCitation,
  BoostedFiscalQuarterEarningsCitation,
  BoostedNewsArticleCitation,
  BoostedNewsDevelopmentCitation,
  BoostedVariableCitation,
  BoostedWebCitation,
} from './boosted/BoostedCitation';
export { assistantsScenarioNames } from './assistants/assistantsScenarios';
export type { AssistantsScenarioName } from './assistants/assistantsScenarios';
export type { AssistantsFunctionCallSpec, AssistantsScenario, AssistantsSearchResultSpec, AssistantsStep } from './assistants/AssistantsStep';
export type {
  AssistantsAnnotation,
  AssistantsMessageContent,
  AssistantsMessageObject,
  AssistantsRequiredCall,
  AssistantsRunObject,
  AssistantsRunStatus,
  AssistantsStepObject,
  AssistantsThreadObject,
  AssistantsTool,
  AssistantsToolCall,
  AssistantsUsage,
} from './assistants/AssistantsObject';
export { teammateScenarioNames } from './teammate/teammateScenarios';
export type { TeammateScenarioName } from './teammate/teammateScenarios';
export type { TeammateApprovalSpec, TeammatePlanSpec, TeammateScenario, TeammateStep, TeammateToolSpec } from './teammate/TeammateStep';
export type { TeammateFailureType, TeammateFrame, TeammateQuestion, TeammateTodo } from './teammate/TeammateFrame';
export type { TeammatePermissionRequest } from './teammate/TeammatePermissionRequest';
export type { TeammatePermissionMode, TeammateRunStatus, TeammateUsage } from './teammate/TeammateRun';
export { chatkitScenarioNames } from './chatkit/chatkitScenarios';
export type { ChatKitScenarioName } from './chatkit/chatkitScenarios';
export type { ChatKitMessageSpec, ChatKitScenario, ChatKitStep, ChatKitTaskSpec, ChatKitWidgetSpec } from './chatkit/ChatKitStep';
export type { ChatKitEvent, ChatKitItemUpdate } from './chatkit/ChatKitEvent';
export type {
  ChatKitAnnotation,
  ChatKitInferenceOptions,
  ChatKitItem,
  ChatKitOutputText,
  ChatKitPage,
  ChatKitTask,
  ChatKitThread,
  ChatKitUrlSource,
  ChatKitUserContent,
  ChatKitWidgetNode,
  ChatKitWorkflow,
} from './chatkit/ChatKitItem';
