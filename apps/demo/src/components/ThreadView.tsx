import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { ThreadStatus } from '@threadline/headless';
import type { ThreadStreamResult } from '@threadline/headless/react';
import { CancelButton, Composer, ConnectionStatus, ErrorBanner, NoticeList, PendingActionPanel, Progress, RunMetrics, Thread } from '@threadline/ui';
import type { WidgetActionHandler } from '@threadline/ui';
import type { DemoQuestion } from './demoDialects';
import { demoToolOutput } from './demoToolOutput';
import { StatusLine } from './StatusLine';
import { SuggestedQuestions } from './SuggestedQuestions';

/** Props of {@link ThreadView}. */
export interface ThreadViewProps {
  /** What `useThreadStream` returned for the thread. */
  stream: ThreadStreamResult;
  /** The store key the thread lives under (artifacts are fetched for it). */
  threadKey: string;
  /** Shown while the thread is empty. */
  empty: ReactNode;
  /** One-click prompts above the composer. */
  questions?: readonly DemoQuestion[];
  /** The composer's placeholder while the thread is idle. */
  placeholder?: string;
  /** False hides the composer, suggestions and stop control (a replay, a read-only stream). */
  interactive?: boolean;
  /** Offered in the error banner when the stream gave up (remounts the stream's owner). */
  onReconnect?: () => void;
  /** Rendered after the thread (a toast). */
  children?: ReactNode;
  className?: string;
  /** Marks the thread root, e.g. with the dialect for tests and styles. */
  'data-dialect'?: string;
}

const busyStatuses: ReadonlySet<ThreadStatus> = new Set(['queued', 'running', 'cancelling', 'requires_action']);

/**
 * A whole thread from `@threadline/ui`'s parts as the demo shows it: announcer, scrolling
 * viewport with notices, items, progress, pending action and error, and a footer with
 * suggestions, composer, status, run metrics and the stop control.
 */
export function ThreadView({ stream, threadKey, empty, questions = [], placeholder, interactive = true, onReconnect, children, className, ...props }: ThreadViewProps) {
  const busy = busyStatuses.has(stream.status) || stream.isSending;

  // A failed post is already on the thread (the error banner shows it).
  const sendQuietly = (text: string) => void stream.send(text).catch(() => undefined);
  const retryQuietly = () => stream.retry().catch(() => undefined);
  const { customAction } = stream;
  const onWidgetAction = useMemo<WidgetActionHandler | undefined>(
    () => (customAction ? (action, itemId) => customAction(action, itemId).catch(() => undefined) : undefined),
    [customAction],
  );
  const toolOutput = useMemo(() => demoToolOutput(stream.items), [stream.items]);
  const composerPlaceholder =
    stream.status === 'requires_action' ? 'The agent waits for you above…' : busy ? 'Answering… you can type your next message' : placeholder;
  const streamGaveUp = stream.connection === 'failed' && onReconnect !== undefined;

  return (
    <Thread.Root
      threadId={threadKey}
      items={stream.items}
      status={stream.status}
      error={stream.error}
      onWidgetAction={onWidgetAction}
      className={className ? `demo-thread ${className}` : 'demo-thread'}
      {...props}
    >
      <Thread.Announcer notices={stream.notices} />
      <Thread.Viewport className="demo-viewport" aria-label="Thread">
        <main className="demo-main">
          <Thread.Empty className="demo-empty">{empty}</Thread.Empty>
          <NoticeList notices={stream.notices} announce={false} className="demo-notices" />
          <Thread.Messages className="demo-messages" />
          <Progress entries={stream.runProgress} active={stream.status === 'running' || stream.status === 'queued'} className="demo-progress" />
          {stream.pendingAction && interactive ? (
            <PendingActionPanel action={stream.pendingAction} onRespond={stream.respond} isResponding={stream.isResponding} defaultToolOutput={toolOutput} />
          ) : null}
          <ConnectionStatus connection={stream.connection} className="demo-connection-status" />
          <ErrorBanner
            error={stream.error}
            onRetry={streamGaveUp || !interactive ? undefined : retryQuietly}
            isRetrying={busy}
            announce={false}
            className="demo-error"
          >
            {streamGaveUp ? (
              <button type="button" className="demo-button" onClick={onReconnect}>
                Reconnect
              </button>
            ) : null}
          </ErrorBanner>
        </main>
        <Thread.JumpToLatest className="demo-jump" />
      </Thread.Viewport>
      <footer className="demo-footer">
        <div className="demo-footer-inner">
          {interactive ? (
            <>
              {questions.length > 0 ? <SuggestedQuestions questions={questions} disabled={busy} onPick={sendQuietly} /> : null}
              <DraftComposer onSend={stream.send} isSending={stream.isSending} canSend={!busy} placeholder={composerPlaceholder} />
            </>
          ) : null}
          <div className="demo-controls">
            <StatusLine status={stream.status} connection={stream.connection} runId={stream.run?.id} title={stream.thread?.title} />
            <RunMetrics run={stream.run} status={stream.status} className="demo-metrics" />
            {interactive ? (
              <CancelButton status={stream.status} cancel={stream.cancel} isCancelling={stream.isCancelling} canCancel={stream.canCancel} />
            ) : null}
          </div>
        </div>
      </footer>
      {children}
    </Thread.Root>
  );
}

interface DraftComposerProps {
  onSend: (text: string) => Promise<void>;
  isSending: boolean;
  canSend: boolean;
  placeholder: string | undefined;
}

// The draft lives here, not in ThreadView: a keystroke must not render a thread of 1,000 messages.
function DraftComposer(props: DraftComposerProps) {
  const [draft, setDraft] = useState('');
  return <Composer {...props} value={draft} onValueChange={setDraft} />;
}
