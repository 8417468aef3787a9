import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { ThreadError } from '../events/ThreadError';
import type { ThreadConnectionOptions } from '../store/createThreadlineClient';
import type { QueryRunner } from '../store/createThreadStreamController';
import { selectItems } from '../thread/selectItems';
import { selectRunProgress } from '../thread/selectRunProgress';
import type { ProgressEntry, ThreadItem, ThreadState, ThreadStatus } from '../thread/ThreadState';
import type { ConnectionState } from '../transport/ConnectionState';
import type { HeadersOption } from '../transport/HeadersOption';
import { useThreadlineClient } from './ThreadlineProvider';

/** Options for {@link useThreadStream}. */
export interface ThreadStreamOptions {
  dialect: 'boosted';
  /** The API root, e.g. `https://sandbox.api.boosted.ai`. */
  baseUrl: string;
  /** Sent with every request; a function is called per request, so a refreshed token is used. */
  headers?: HeadersOption;
  fetch?: typeof fetch;
  /** Set to false to keep the stream closed (default true). */
  enabled?: boolean;
}

/** What {@link useThreadStream} returns. */
export interface ThreadStreamResult {
  thread: ThreadState | undefined;
  /** Items in display order; the array changes only when an item does. */
  items: ThreadItem[];
  status: ThreadStatus;
  /** The thread's whole work-in-progress log, every run's, in order. */
  progress: readonly ProgressEntry[];
  /** The latest run's work-in-progress entries. */
  runProgress: readonly ProgressEntry[];
  error: ThreadError | null;
  connection: ConnectionState;
  /** Opens the stream if needed, then posts the message. Rejects if the post fails (the error is also on the thread). */
  send(text: string): Promise<void>;
  /** Cancels the running task on the server. Unmounting only detaches. */
  cancel(): Promise<void>;
  isSending: boolean;
  isCancelling: boolean;
}

const noItems: ThreadItem[] = [];
const noProgress: readonly ProgressEntry[] = [];

/**
 * Streams a thread into the shared store and returns it. The stream opens on mount (before any
 * message is posted, as the Thread API requires) and detaches on unmount without cancelling.
 * REST calls (post, cancel, recovery reads) go through react-query.
 */
export function useThreadStream(threadId: string | null | undefined, options: ThreadStreamOptions): ThreadStreamResult {
  const client = useThreadlineClient();
  const queryClient = useQueryClient();
  // The latest `headers` option, read per request: a new token never needs a new connection.
  const latestHeaders = useRef(options.headers);
  useEffect(() => {
    latestHeaders.current = options.headers;
  });

  const { dialect, baseUrl, fetch: fetchImpl, enabled = true } = options;
  const controller = useMemo(() => {
    if (!threadId) return null;
    const fetchQuery: QueryRunner = (queryKey, read) => queryClient.fetchQuery({ queryKey, queryFn: read, staleTime: 0 });
    const headers: HeadersOption = async () => {
      const current = latestHeaders.current;
      return (typeof current === 'function' ? await current() : current) ?? {};
    };
    const connection: ThreadConnectionOptions = { dialect, baseUrl, fetch: fetchImpl, headers, fetchQuery };
    // `headers` reads the ref only when a request is made, never during render.
    // eslint-disable-next-line react-hooks/refs
    return client.getController(threadId, connection);
  }, [client, queryClient, latestHeaders, threadId, dialect, baseUrl, fetchImpl]);

  useEffect(() => (enabled && controller ? controller.attach() : undefined), [controller, enabled]);

  const store = client.threadStore.store;
  const thread = useStore(store, (state) => (threadId ? state.threads[threadId] : undefined));
  const connection = useStore(store, (state) => (threadId ? state.connections[threadId] : undefined) ?? 'idle');
  const itemsById = thread?.items;
  const order = thread?.order;
  const items = useMemo(() => (itemsById && order ? selectItems({ items: itemsById, order }) : noItems), [itemsById, order]);
  const progress = thread?.progress ?? noProgress;
  const run = thread?.run ?? null;
  const runProgress = useMemo(() => selectRunProgress({ progress, run }), [progress, run]);

  const sendMutation = useMutation({
    mutationKey: ['threadline', dialect, threadId, 'send'],
    mutationFn: (text: string) => {
      if (!controller) throw new Error('useThreadStream: no thread to send to yet.');
      return controller.send(text);
    },
  });
  const cancelMutation = useMutation({
    mutationKey: ['threadline', dialect, threadId, 'cancel'],
    mutationFn: () => {
      if (!controller) throw new Error('useThreadStream: no thread to cancel.');
      return controller.cancel();
    },
  });

  return {
    thread,
    items,
    status: thread?.status ?? 'idle',
    progress,
    runProgress,
    error: thread?.error ?? null,
    connection,
    send: sendMutation.mutateAsync,
    cancel: cancelMutation.mutateAsync,
    isSending: sendMutation.isPending,
    isCancelling: cancelMutation.isPending,
  };
}
