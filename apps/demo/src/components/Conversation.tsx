import { useCallback, useState } from 'react';
import { useThreadStream } from '@threadline/headless/react';
import type { DemoDialect } from './demoDialects';
import { ThreadView } from './ThreadView';
import { Toast } from './Toast';

/** Props of {@link Conversation}. */
export interface ConversationProps {
  dialect: DemoDialect;
  /** Boosted: the created thread's id. Other dialects: null, and the first message creates the thread. */
  threadId: string | null;
  /** Whether its tab is showing (a hidden conversation keeps its thread and its scroll position). */
  active: boolean;
}

/** One thread in one dialect on the simulator: the whole `ThreadView`, and client effects as toasts. */
export function Conversation(props: ConversationProps) {
  // Bumping the key remounts the stream's owner, which reopens a Boosted stream that gave up.
  const [attempt, setAttempt] = useState(0);
  const reconnect = useCallback(() => setAttempt((count) => count + 1), []);
  return <ConversationStream key={attempt} {...props} onReconnect={props.threadId ? reconnect : undefined} />;
}

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
  return (
    <ThreadView
      stream={stream}
      threadKey={threadId ?? stream.threadId ?? `draft-${dialect.name}`}
      empty={
        <>
          <h2>{dialect.emptyTitle}</h2>
          <p>{dialect.emptyText}</p>
        </>
      }
      questions={dialect.questions}
      placeholder={dialect.placeholder}
      onReconnect={onReconnect}
      data-dialect={dialect.name}
    >
      {toast ? <Toast key={toast.id} message={toast.text} onDismiss={dismissToast} /> : null}
    </ThreadView>
  );
}
