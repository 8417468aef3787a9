import { useCallback, useEffect, useRef } from 'react';
import { useCreateThread } from '@threadline/headless/react';
import type { FrameCapture } from '../inspector/createFrameCapture';
import { Conversation } from './Conversation';
import type { DemoDialect } from './demoDialects';
import { ThreadGate } from './ThreadGate';
import type { DemoTransport } from './TransportPicker';

/** Props of {@link BoostedThread}. */
export interface BoostedThreadProps {
  dialect: DemoDialect;
  active: boolean;
  /** A simulator scenario every message plays; none lets the message's keywords pick. */
  scenario?: string;
  /** What carries the thread's events: the SSE stream or the gRPC service. */
  transport?: DemoTransport;
  /** Records the conversation's frames and thread for the inspector. */
  capture?: FrameCapture;
}

/** Boosted threads are created before the first message: this creates one on mount, then opens its conversation. */
export function BoostedThread({ dialect, active, scenario, transport, capture }: BoostedThreadProps) {
  const baseUrl = `${window.location.origin}/boosted`;
  const createThread = useCreateThread({ baseUrl });
  const { mutate } = createThread;
  const startThread = useCallback(() => mutate(`Demo thread ${new Date().toISOString()}`), [mutate]);

  // StrictMode runs effects twice in development; one thread is enough.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    startThread();
  }, [startThread]);

  const threadId = createThread.data?.threadId;
  if (!threadId) return <ThreadGate pending={createThread.isPending || createThread.isIdle} error={createThread.error} onRetry={startThread} />;
  return <Conversation key={threadId} dialect={dialect} threadId={threadId} active={active} scenario={scenario} transport={transport} capture={capture} />;
}
