'use client';

// @threadline/ui: unstyled compound parts for streamed agent threads. Styles: '@threadline/ui/styles.css'.

export * as Thread from './thread/Thread';
export type { ThreadRootProps } from './thread/ThreadRoot';
export { defaultThreadMessagesComponents } from './thread/ThreadMessages';
export type { ThreadMessagesComponents, ThreadMessagesProps, ThreadToolRenderers } from './thread/ThreadMessages';
export { groupThreadItems } from './thread/groupThreadItems';
export type { ThreadItemGroup } from './thread/groupThreadItems';
export type { ThreadEmptyProps } from './thread/ThreadEmpty';
export type { ThreadViewportProps } from './thread/ThreadViewport';
export type { ThreadJumpToLatestProps } from './thread/ThreadJumpToLatest';
export { useThreadViewportContext } from './thread/useThreadViewportContext';
export type { ThreadViewportContextValue } from './thread/useThreadViewportContext';
export { useStickToBottom } from './thread/useStickToBottom';
export type { StickToBottomBinding } from './thread/useStickToBottom';
export { createStickToBottom } from './thread/createStickToBottom';
export type { StickToBottom, StickToBottomOptions } from './thread/createStickToBottom';
export type { ThreadAnnouncerProps } from './thread/ThreadAnnouncer';
export type { ThreadAnnouncerLabels } from './thread/nextAnnouncement';
export { ThreadMessage } from './thread/ThreadMessage';
export type { ThreadMessageProps } from './thread/ThreadMessage';
export { ThreadToolCall } from './thread/ThreadToolCall';
export type { ThreadToolCallProps } from './thread/ThreadToolCall';
export { ThreadReasoning } from './thread/ThreadReasoning';
export type { ThreadReasoningProps } from './thread/ThreadReasoning';
export { ThreadWorkflow } from './thread/ThreadWorkflow';
export type { ThreadWorkflowProps } from './thread/ThreadWorkflow';
export { WorkflowTaskView } from './thread/WorkflowTaskView';
export type { WorkflowTaskViewProps } from './thread/WorkflowTaskView';
export { ThreadWidget } from './thread/ThreadWidget';
export type { ThreadWidgetProps } from './thread/ThreadWidget';
export { useThreadContext } from './thread/useThreadContext';
export type { ThreadContextValue } from './thread/useThreadContext';

export * as Message from './message/Message';
export type { MessageRootProps } from './message/MessageRoot';
export { defaultMessageContentComponents } from './message/MessageContent';
export type {
  ArtifactPartProps,
  ImagePartProps,
  MessageContentComponents,
  MessageContentProps,
  TextPartProps,
} from './message/MessageContent';
export type { CitationItemProps, MessageCitationsProps } from './message/MessageCitations';
export type { MessageCopyProps } from './message/MessageCopy';
export { placeCitations } from './message/placeCitations';
export type { CitationPlacement } from './message/placeCitations';
export { citationAnchor } from './message/citationAnchor';
export type { CitationAnchor } from './message/citationAnchor';
export { injectCitationMarkers } from './message/injectCitationMarkers';
export type { InjectCitationMarkersOptions } from './message/injectCitationMarkers';
export { useMessageContext } from './message/useMessageContext';
export { toMessageState } from './message/toMessageState';
export type { MessageState } from './message/toMessageState';
export { ImagePlaceholder } from './message/ImagePlaceholder';
export { MessageImage } from './message/MessageImage';
export type { MessageImageProps } from './message/MessageImage';
export type { ImagePlaceholderProps } from './message/ImagePlaceholder';

export { defaultWidgetComponents } from './widget/defaultWidgetComponents';
export type { WidgetComponentProps, WidgetComponents } from './widget/useWidgetContext';
export { WidgetActionButton } from './widget/WidgetButton';
export type { WidgetActionButtonProps } from './widget/WidgetButton';
export { readWidgetAction } from './widget/WidgetAction';
export type { WidgetAction, WidgetActionHandler } from './widget/WidgetAction';
export { WidgetUnknown } from './widget/WidgetUnknown';
export type { WidgetUnknownProps } from './widget/WidgetUnknown';

export * as PendingAction from './pending-action/PendingAction';
export { PendingActionPanel } from './pending-action/PendingActionPanel';
export type { PendingActionPanelProps } from './pending-action/PendingActionPanel';
export type { PendingActionRootProps } from './pending-action/PendingActionRoot';
export type { PendingActionQuestionsProps } from './pending-action/PendingActionQuestions';
export type { PendingActionPlanProps } from './pending-action/PendingActionPlan';
export type { PendingActionApprovalProps } from './pending-action/PendingActionApproval';
export type { PendingActionToolOutputsProps } from './pending-action/PendingActionToolOutputs';
export type { PendingActionErrorProps } from './pending-action/PendingActionError';
export { usePendingActionContext } from './pending-action/usePendingActionContext';
export type { PendingActionContextValue, PendingActionState } from './pending-action/usePendingActionContext';

export { NoticeList, NoticeContent } from './notice/NoticeList';
export type { NoticeItemProps, NoticeListProps } from './notice/NoticeList';

export { MarkdownText } from './markdown/MarkdownText';
export type { MarkdownTextProps } from './markdown/MarkdownText';
export { healStreamingMarkdown } from './markdown/healStreamingMarkdown';
export { CodeBlock } from './markdown/CodeBlock';
export type { CodeBlockProps } from './markdown/CodeBlock';
export { useCopyToClipboard } from './markdown/useCopyToClipboard';
export type { CopyState, CopyToClipboard } from './markdown/useCopyToClipboard';
export { citationPlaceholder, citationPlaceholderIndex, stripCitationPlaceholders } from './markdown/citationPlaceholder';
export { rehypeCitationMarkers } from './markdown/rehypeCitationMarkers';

export { Progress } from './progress/Progress';
export type { ProgressProps } from './progress/Progress';

export { RunMetrics } from './metrics/RunMetrics';
export type { RunMetricsLabels, RunMetricsProps, RunMetricsSource } from './metrics/RunMetrics';
export { readRunFigures } from './metrics/readRunFigures';
export type { RunFigures } from './metrics/readRunFigures';

export * as Citation from './citation/Citation';
export type { CitationRootProps } from './citation/CitationRoot';
export type { CitationChipProps } from './citation/CitationChip';
export type { CitationDetailsProps } from './citation/CitationDetails';
export { CitationDisclosure } from './citation/CitationDisclosure';
export type { CitationDisclosureProps } from './citation/CitationDisclosure';
export { CitationMarker } from './citation/CitationMarker';
export type { CitationMarkerProps } from './citation/CitationMarker';
export { useCitationDisclosure } from './citation/useCitationDisclosure';
export type {
  CitationChipBehaviourProps,
  CitationDetailsBehaviourProps,
  CitationDisclosure as CitationDisclosureState,
  CitationDisclosureOptions,
} from './citation/useCitationDisclosure';
export { citationLabel } from './citation/citationLabel';
export type { CitationLabel, CitationLabelOptions } from './citation/citationLabel';
export { citationFields } from './citation/citationFields';
export type { CitationField } from './citation/citationFields';
export { formatCitationDate } from './citation/formatCitationDate';
export { splitHighlights } from './citation/splitHighlights';
export type { HighlightSegment } from './citation/splitHighlights';

export * as Artifact from './artifact/Artifact';
export type { ArtifactRootProps } from './artifact/ArtifactRoot';
export type { ArtifactViewerComponents, ArtifactViewerProps } from './artifact/ArtifactViewer';
export type { ArtifactLoadingProps } from './artifact/ArtifactLoading';
export type { ArtifactErrorProps } from './artifact/ArtifactError';
export type { ArtifactRetryProps } from './artifact/ArtifactRetry';
export { useArtifactContext } from './artifact/useArtifactContext';
export type { ArtifactContextValue, ArtifactState } from './artifact/useArtifactContext';
export { ArtifactViewersProvider } from './artifact/ArtifactViewersProvider';
export type { ArtifactViewersProviderProps } from './artifact/ArtifactViewersProvider';
export type { ArtifactViewerComponentProps, ArtifactViewerDefinition } from './artifact/ArtifactViewerDefinition';
export { TableViewer } from './artifact/TableViewer';
export type { TableSort, TableViewerProps } from './artifact/TableViewer';
export { ChartViewer } from './artifact/ChartViewer';
export type { ChartViewerProps } from './artifact/ChartViewer';
export { JsonViewer } from './artifact/JsonViewer';
export type { JsonViewerProps } from './artifact/JsonViewer';
export { TextViewer } from './artifact/TextViewer';
export type { TextViewerProps } from './artifact/TextViewer';
export { ImageViewer } from './artifact/ImageViewer';
export type { ImageViewerProps } from './artifact/ImageViewer';
export { parseArtifact } from './artifact/parseArtifact';
export type {
  ArtifactField,
  ArtifactValue,
  ChartArtifact,
  ImageArtifact,
  JsonArtifact,
  ParsedArtifact,
  TableArtifact,
  TextArtifact,
} from './artifact/parseArtifact';

export { ConnectionStatus } from './controls/ConnectionStatus';
export type { ConnectionStatusLabels, ConnectionStatusProps } from './controls/ConnectionStatus';
export { ErrorBanner } from './controls/ErrorBanner';
export type { ErrorBannerProps } from './controls/ErrorBanner';
export { CancelButton } from './controls/CancelButton';
export type { CancelButtonProps } from './controls/CancelButton';
export { Composer } from './controls/Composer';
export type { ComposerProps } from './controls/Composer';

export { sanitizeUrl } from './url/sanitizeUrl';
export { sanitizeImageUrl } from './url/sanitizeImageUrl';
export type { SanitizeImageUrlOptions } from './url/sanitizeImageUrl';
