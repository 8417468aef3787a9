import { useCallback, useMemo, useState } from 'react';
import type { ThreadStatus } from '@threadline/headless';
import { useThreadStream } from '@threadline/headless/react';
import { CancelButton, Composer, ErrorBanner, NoticeList, PendingActionPanel, Progress, RunMetrics, Thread } from '@threadline/ui';
import type { WidgetActionHandler } from '@threadline/ui';
import type { DemoDialect } from './demoDialects';
import { demoToolOutput } from './demoToolOutput';
import { StatusLine } from './StatusLine';
import { SuggestedQuestions } from './SuggestedQuestions';
import { Toast } from './Toast';

/** Props of {@link Conversation}. */
export interface ConversationProps {
  dialect: DemoDialect;
  /** Boosted: the created thread's id. Other dialects: null, and the first message creates the thread. */
  threadId: string | null;
  /** Whether its tab is showing (a hidden conversation keeps its thread and its scroll position). */
  active: boolean;
}

/** One thread in one dialect: the streamed items, progress, notices, pending actions, errors and the composer. */
export function Conversation(props: ConversationProps) {
  // Bumping the key remounts the stream's owner, which reopens a Boosted stream that gave up.
  const [attempt, setAttempt] = useState(0);
  const reconnect = useCallback(() => setAttempt((count) => count + 1), []);
  return <ConversationStream key={attempt} {...props} onReconnect={props.threadId ? reconnect : undefined} />;
}

const busyStatuses: ReadonlySet<ThreadStatus> = new Set(['queued', 'running', 'cancelling', 'requires_action']);

function ConversationStream({ dialect, threadId, onReconnect }: ConversationProps & { onReconnect: (() => void) | undefined }) {
  const [toast, setToast] = useState<{ id: number; text: string } | null>(null);
  const dismissToast = useCallback(() => setToast(null), []);
  const stream = useThreadStream(
    threadId,
    dialect.connect(window.location.origin, {
      onClientEffect: (effect) =>
        setToast((shown) => ({ id: (shown?.id ?? 0) + 1, text: `Client effect “${effect.name}” ${JSON.stringify(effect.data)}` })),
    }),
  );
  const [draft, setDraft] = useState('');
  const busy = busyStatuses.has(stream.status) || stream.isSending;

  // A failed post is already on the thread (the error banner shows it).
  const sendQuietly = (text: string) => void stream.send(text).catch(() => undefined);
  const retryQuietly = () => stream.retry().catch(() => undefined);
  const { customAction } = stream;
  const onWidgetAction = useMemo<WidgetActionHandler | undefined>(
    () => (customAction ? (action, itemId) => customAction({ type: action.type, payload: action.payload }, itemId).catch(() => undefined) : undefined),
    [customAction],
  );
  const toolOutput = useMemo(() => demoToolOutput(stream.items), [stream.items]);
  const placeholder =
    stream.status === 'requires_action'
      ? 'The agent waits for you above…'
      : busy
        ? 'Answering… you can type your next message'
        : dialect.placeholder;
  const streamGaveUp = stream.connection === 'failed' && onReconnect !== undefined;

  return (
    <Thread.Root
      threadId={threadId ?? stream.threadId ?? `draft-${dialect.name}`}
      items={stream.items}
      status={stream.status}
      error={stream.error}
      onWidgetAction={onWidgetAction}
      className="demo-thread"
      data-dialect={dialect.name}
    >
      <Thread.Announcer notices={stream.notices} />
      <Thread.Viewport className="demo-viewport">
        <main className="demo-main">
          <Thread.Empty className="demo-empty">
            <h2>{dialect.emptyTitle}</h2>
            <p>{dialect.emptyText}</p>
          </Thread.Empty>
          <NoticeList notices={stream.notices} announce={false} className="demo-notices" />
          <Thread.Messages className="demo-messages" />
          <Progress entries={stream.runProgress} active={stream.status === 'running' || stream.status === 'queued'} className="demo-progress" />
          {stream.pendingAction ? (
            <PendingActionPanel action={stream.pendingAction} onRespond={stream.respond} isResponding={stream.isResponding} defaultToolOutput={toolOutput} />
          ) : null}
          <ErrorBanner error={stream.error} onRetry={streamGaveUp ? undefined : retryQuietly} isRetrying={busy} announce={false} className="demo-error">
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
          <SuggestedQuestions questions={dialect.questions} disabled={busy} onPick={sendQuietly} />
          <Composer
            onSend={stream.send}
            value={draft}
            onValueChange={setDraft}
            isSending={stream.isSending}
            canSend={!busy}
            placeholder={placeholder}
          />
          <div className="demo-controls">
            <StatusLine status={stream.status} connection={stream.connection} runId={stream.run?.id} />
            <RunMetrics run={stream.run} status={stream.status} className="demo-metrics" />
            <CancelButton status={stream.status} cancel={stream.cancel} isCancelling={stream.isCancelling} canCancel={stream.canCancel} />
          </div>
        </div>
      </footer>
      {toast ? <Toast key={toast.id} message={toast.text} onDismiss={dismissToast} /> : null}
    </Thread.Root>
  );
}
