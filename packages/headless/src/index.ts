// @threadline/headless: the framework-free core. No React and no DOM in this entry.

export type { Citation, CitationType, TextRange } from './events/Citation';
export type { ArtifactPart, ContentPart, ImagePart, TextPart } from './events/ContentPart';
export { dialectNames } from './events/DialectName';
export type { DialectName } from './events/DialectName';
export type { ThreadError, ThreadErrorKind } from './events/ThreadError';
export type { Notice } from './events/Notice';
export type { PendingAction, PendingQuestion, PendingQuestionOption } from './events/PendingAction';
export type { WidgetNode } from './events/WidgetNode';
export type { WorkflowTask } from './events/WorkflowTask';
export type {
  ActionRequireEvent,
  ClientEffectEvent,
  CitationAddEvent,
  ItemRemoveEvent,
  MessageEndEvent,
  MessageEndStatus,
  MessageRole,
  MessageStartEvent,
  NoticeAddEvent,
  PartAddEvent,
  ProgressAddEvent,
  ReasoningDeltaEvent,
  ReasoningEndEvent,
  ReasoningStartEvent,
  ReasoningVariant,
  RunActiveStatus,
  RunEndEvent,
  RunEndStatus,
  RunErrorEvent,
  RunStartEvent,
  RunUpdateEvent,
  TextDeltaEvent,
  ThreadEvent,
  ThreadEventType,
  ThreadUpdateEvent,
  ToolCallDeltaEvent,
  ToolCallEndEvent,
  ToolCallStartEvent,
  ToolOutputAddEvent,
  ToolResultDeltaEvent,
  ToolResultEndEvent,
  WidgetUpdateEvent,
  WorkflowUpdateEvent,
} from './events/ThreadEvent';

export { createThreadState } from './thread/ThreadState';
export type {
  CreateThreadStateOptions,
  MessageItem,
  ProgressEntry,
  ReasoningItem,
  RunState,
  ThreadItem,
  ThreadState,
  ThreadStatus,
  ToolCallItem,
  WidgetItem,
  WorkflowItem,
} from './thread/ThreadState';
export { reduceThread, reduceThreadEvents } from './thread/reduceThread';
export { messageText } from './thread/messageText';
export { selectItem, selectItems } from './thread/selectItems';
export { selectRunProgress } from './thread/selectRunProgress';
export { selectTurnItems } from './thread/selectTurnItems';
export { toSnapshot } from './thread/toSnapshot';
export type { ItemSnapshot, MessageSnapshot, ThreadSnapshot, ToolCallSnapshot } from './thread/toSnapshot';

export { createSseReader, defaultMaxFrameBytes } from './transport/createSseReader';
export type { SseReader, SseReaderCallbacks } from './transport/createSseReader';
export type { SseMessage } from './transport/SseMessage';
export type { FrameListener } from './store/FrameListener';

export type { Decoder, DecoderOptions } from './dialects/Decoder';
export { createDecoder, supportedDialects, UnsupportedDialectError } from './dialects/createDecoder';
export { detectDialect } from './dialects/detectDialect';
export { createAutoDecoder } from './dialects/createAutoDecoder';
export type { AutoDecoder } from './dialects/createAutoDecoder';
export { createBoostedDecoder } from './dialects/boosted/createBoostedDecoder';
export type { BoostedDecoder, BoostedRecovery } from './dialects/boosted/createBoostedDecoder';
export { createArtifactMarkerScanner, splitArtifactMarkers } from './dialects/boosted/createArtifactMarkerScanner';
export type { ArtifactMarkerScanner, MarkerSegment } from './dialects/boosted/createArtifactMarkerScanner';
export { toBoostedCitation } from './dialects/boosted/toBoostedCitation';
export { createAssistantsDecoder } from './dialects/assistants/createAssistantsDecoder';
export type { AssistantsDecoder, AssistantsRecovery } from './dialects/assistants/createAssistantsDecoder';
export { toAssistantsRunEndStatus } from './dialects/assistants/toAssistantsRunEndStatus';
export { toAssistantsRunActiveStatus } from './dialects/assistants/toAssistantsRunActiveStatus';
export { accumulateDelta } from './dialects/assistants/accumulateDelta';
export { createTeammateDecoder } from './dialects/teammate/createTeammateDecoder';
export { createChatKitDecoder } from './dialects/chatkit/createChatKitDecoder';
export { toChatKitItemEvents } from './dialects/chatkit/toChatKitItemEvents';
export type { ChatKitItemStage } from './dialects/chatkit/toChatKitItemEvents';
export { toChatKitThreadEvents } from './dialects/chatkit/toChatKitThreadEvents';
export { applyWidgetUpdate } from './dialects/chatkit/applyWidgetUpdate';
export { toChatKitCitation } from './dialects/chatkit/toChatKitCitation';
export { toTeammateRunEndStatus } from './dialects/teammate/toTeammateRunEndStatus';

export { replayTranscript, UnknownDialectError } from './replay/replayTranscript';
export type { ReplayOptions, ReplayResult } from './replay/replayTranscript';
export { sliceRandomly } from './replay/sliceRandomly';
export { checkTranscript } from './replay/checkTranscript';
export type { TranscriptCheck } from './replay/checkTranscript';

export type { ConnectionState } from './transport/ConnectionState';
export type { HeadersOption } from './transport/HeadersOption';
export { defaultStallTimeoutMs, openSseStream } from './transport/openSseStream';
export { createBackoff } from './transport/createBackoff';
export type { Backoff, BackoffOptions } from './transport/createBackoff';
export { createStallWatchdog } from './transport/createStallWatchdog';
export type { StallWatchdog, StallWatchdogOptions } from './transport/createStallWatchdog';
export { readRetryAfter } from './transport/readRetryAfter';
export type { OpenSseStreamOptions } from './transport/openSseStream';
export type { SseTransport } from './transport/SseTransport';
export type { SseReadOptions } from './transport/SseReadOptions';
export { createSseWorkerTransport } from './transport/createSseWorkerTransport';
export type { SseWorkerHandle, SseWorkerTransportOptions } from './transport/createSseWorkerTransport';
export { serveSseWorker } from './transport/serveSseWorker';
export type { ServeSseWorkerOptions } from './transport/serveSseWorker';
export type { SseWorkerCommand, SseWorkerEntry, SseWorkerFailure, SseWorkerPort, SseWorkerReport, SseWorkerRequest } from './transport/SseWorkerMessage';
export { requestJson } from './transport/requestJson';
export type { RequestJsonOptions } from './transport/requestJson';
export { TransportError } from './transport/TransportError';
export type { TransportErrorKind } from './transport/TransportError';

export type { StreamRequest } from './transport/StreamRequest';
export type { ThreadStreamConnection, ThreadStreamTransport } from './transport/ThreadStreamTransport';

export type { ApiOptions } from './api/ApiOptions';
export { createAssistantsApi } from './api/createAssistantsApi';
export type { AssistantsApi, AssistantsApiOptions, AssistantsMessage, AssistantsRun, AssistantsToolOutput } from './api/createAssistantsApi';
export { createChatKitApi } from './api/createChatKitApi';
export type { ChatKitAction, ChatKitApi, ChatKitItemsPage, ChatKitStreamingRequestType } from './api/createChatKitApi';
export { createTeammateApi } from './api/createTeammateApi';
export type { TeammateApi, TeammateApproval, TeammatePermissionRequest, TeammateRun, TeammateRunSettings } from './api/createTeammateApi';
export { createBoostedApi } from './api/createBoostedApi';
export type { BoostedApi, BoostedApiOptions, BoostedArtifact, BoostedHistoryMessage, BoostedHistoryPage, BoostedProgress } from './api/createBoostedApi';

export { reconcileTurnText } from './store/reconcileTurnText';
export { createSizeGuard, defaultThreadSizeLimits } from './store/createSizeGuard';
export type { SizeGuard, ThreadSizeLimits } from './store/createSizeGuard';
export { createThreadStore, defaultThrottleMs } from './store/createThreadStore';
export type { ThreadStore, ThreadStoreOptions, ThreadStoreState } from './store/createThreadStore';
export type { ThreadActivity, ThreadActivityKind } from './store/ThreadActivity';
export { scheduleFrame } from './store/scheduleFrame';
export type { FrameScheduler } from './store/scheduleFrame';
export type { ActionResponse } from './store/ActionResponse';
export type { QueryRunner, ThreadController } from './store/ThreadController';
export { createThreadStreamController } from './store/createThreadStreamController';
export type { ThreadStreamController, ThreadStreamControllerOptions } from './store/createThreadStreamController';
export { createAssistantsController } from './store/createAssistantsController';
export type { AssistantsControllerOptions } from './store/createAssistantsController';
export { createChatKitController } from './store/createChatKitController';
export type { ChatKitController, ChatKitControllerOptions } from './store/createChatKitController';
export { createTeammateController } from './store/createTeammateController';
export type { TeammateController, TeammateControllerOptions } from './store/createTeammateController';
export { createStreamSession } from './store/createStreamSession';
export type { StreamEnd, StreamOpenOptions, StreamSession, StreamSessionOptions } from './store/createStreamSession';
export { createWatchController } from './store/createWatchController';
export type { WatchControllerOptions } from './store/createWatchController';
export { createThreadlineClient } from './store/createThreadlineClient';
export type { BoostedGrpcEndpoint } from './store/loadBoostedGrpcTransport';
export type {
  AssistantsConnection,
  BoostedConnection,
  ChatKitConnection,
  ConnectionBase,
  TeammateConnection,
  ThreadConnectionOptions,
  ThreadlineClient,
  ThreadlineClientOptions,
  WatchConnection,
} from './store/createThreadlineClient';
export { toThreadError } from './store/toThreadError';
