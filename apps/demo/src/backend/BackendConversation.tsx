import { useCallback, useState } from 'react';
import { useThreadStream } from '@threadline/headless/react';
import { ThreadView } from '../components/ThreadView';
import { backendDialect } from './backendDialects';
import type { BackendSettings } from './BackendSettings';
import { toBackendConnection } from './toBackendConnection';

/** Props of {@link BackendConversation}. */
export interface BackendConversationProps {
  settings: BackendSettings;
  /** Boosted: the thread to stream. Other dialects: null, and the first message creates the thread. */
  threadId: string | null;
}

/** A thread on the user's backend, shown by `ThreadView`. */
export function BackendConversation(props: BackendConversationProps) {
  // Bumping the key remounts the stream's owner, which reopens a Boosted stream that gave up.
  const [attempt, setAttempt] = useState(0);
  const reconnect = useCallback(() => setAttempt((count) => count + 1), []);
  return <BackendStream key={attempt} {...props} onReconnect={props.threadId ? reconnect : undefined} />;
}

function BackendStream({ settings, threadId, onReconnect }: BackendConversationProps & { onReconnect: (() => void) | undefined }) {
  const stream = useThreadStream(threadId, toBackendConnection(settings, window.location.origin));
  const label = backendDialect(settings.dialect).label;
  return (
    <ThreadView
      stream={stream}
      threadKey={threadId ?? stream.threadId ?? `backend-${settings.dialect}`}
      empty={
        <>
          <h2>Talk to your backend</h2>
          <p>
            {threadId
              ? `Streaming ${label} thread ${threadId}. Messages you send are posted to it.`
              : `The first message creates a ${label} thread on your backend.`}
          </p>
        </>
      }
      placeholder="Message your backend…"
      onReconnect={onReconnect}
      data-dialect={settings.dialect}
    />
  );
}
