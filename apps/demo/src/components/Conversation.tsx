import { useCallback, useEffect, useRef, useState } from 'react';
import type { FrameListener } from '@threadline/headless';
import { useThreadStream } from '@threadline/headless/react';
import type { FrameCapture } from '../inspector/createFrameCapture';
import type { DemoDialect } from './demoDialects';
import { ThreadView } from './ThreadView';
import type { DemoTransport } from './TransportPicker';
import { Toast } from './Toast';

/** Props of {@link Conversation}. */
export interface ConversationProps {
  dialect: DemoDialect;
  /** Boosted: the created thread's id. Other dialects: null, and the first message creates the thread. */
  threadId: string | null;
  /** Whether its tab is showing (a hidden conversation keeps its thread and its scroll position). */
  active: boolean;
  /** A simulator scenario every message plays; none lets the message's keywords pick. */
  scenario?: string;
  /** What carries a Boosted thread's events (default SSE). */
  transport?: DemoTransport;
  /** Records the conversation's frames and thread for the inspector; cleared when the conversation starts. */
  capture?: FrameCapture;
}

/** One thread in one dialect on the simulator: the whole `ThreadView`, and client effects as toasts. */
export function Conversation(props: ConversationProps) {
  const { capture } = props;
  // Bumping the key remounts the stream's owner, which reopens a Boosted stream that gave up.
  const [attempt, setAttempt] = useState(0);
  const reconnect = useCallback(() => setAttempt((count) => count + 1), []);
  // A replaced conversation's stream closes a tick after it unmounts; its last frames must not
  // reach the capture its successor just cleared.
  const live = useRef(false);
  useEffect(() => {
    live.current = true;
    capture?.clear();
    return () => {
      live.current = false;
    };
  }, [capture]);
  const [onFrame] = useState(() => {
    const listener: FrameListener = (frame, events) => {
      if (live.current) capture?.record(frame, events);
    };
    return listener;
  });
  return <ConversationStream key={attempt} {...props} onFrame={onFrame} onReconnect={props.threadId ? reconnect : undefined} />;
}

interface ConversationStreamProps extends ConversationProps {
  onFrame: FrameListener;
  onReconnect: (() => void) | undefined;
}

function ConversationStream({ dialect, threadId, scenario, transport, capture, onFrame, onReconnect }: ConversationStreamProps) {
  const [toast, setToast] = useState<{ id: number; text: string } | null>(null);
  const dismissToast = useCallback(() => setToast(null), []);
  const connection = dialect.connect(
    window.location.origin,
    {
      onClientEffect: (effect) =>
        setToast((shown) => ({ id: (shown?.id ?? 0) + 1, text: `Client effect “${effect.name}” ${JSON.stringify(effect.data)}` })),
    },
    scenario,
    transport,
  );
  const stream = useThreadStream(threadId, { ...connection, onFrame });
  const { thread } = stream;
  useEffect(() => capture?.setThread(thread), [capture, thread]);
  const pinned = dialect.scenarios.find((candidate) => candidate.name === scenario);
  return (
    <ThreadView
      stream={stream}
      threadKey={threadId ?? stream.threadId ?? `draft-${dialect.name}`}
      empty={
        <>
          <h2>{dialect.emptyTitle}</h2>
          <p>{dialect.emptyText}</p>
          {pinned ? (
            <p className="demo-pinned" data-testid="pinned-scenario">
              Scenario pinned: every message plays <strong>{pinned.description}</strong> (<code>{pinned.name}</code>).
            </p>
          ) : null}
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
