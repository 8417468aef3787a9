import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Notice } from '../events/Notice';
import type { PendingAction } from '../events/PendingAction';
import type { ThreadError } from '../events/ThreadError';
import type { ActionResponse } from '../store/ActionResponse';
import type { ChatKitController } from '../store/createChatKitController';
import { idleActivity } from '../store/ThreadActivity';
import type { ThreadController } from '../store/ThreadController';
import { selectRunProgress } from '../thread/selectRunProgress';
import type { ProgressEntry, RunState, ThreadItem, ThreadState, ThreadStatus } from '../thread/ThreadState';
import type { ConnectionState } from '../transport/ConnectionState';
import { createThreadMutation } from './createThreadMutation';
import { useThreadlineClient } from './ThreadlineProvider';
import { useConnection } from './useConnection';
import type { ThreadStreamOptions } from './useConnection';

export type { ThreadStreamOptions } from './useConnection';

/** What {@link useThreadStream} returns. */
export interface ThreadStreamResult {
  thread: ThreadState | undefined;
  /** The server's id for the thread, once it has one. */
  threadId: string | null;
  /** Items in display order; the array changes only when an item does. */
  items: readonly ThreadItem[];
  status: ThreadStatus;
  run: RunState | null;
  /** The thread's whole work-in-progress log, every run's, in order. */
  progress: readonly ProgressEntry[];
  /** The latest run's work-in-progress entries. */
  runProgress: readonly ProgressEntry[];
  /** What the run waits for the user to do, if anything. */
  pendingAction: PendingAction | null;
  notices: readonly Notice[];
  error: ThreadError | null;
  connection: ConnectionState;
  /** Posts the user's message and streams the answer. Rejects if the post fails (the error is also on the thread). */
  send(text: string): Promise<void>;
  /** Asks the server to stop the run; what was streamed is marked cancelled. Unmounting only detaches. */
  cancel(): Promise<void>;
  /** Stops listening and leaves the run going. */
  detach(): void;
  /** Answers the pending action (tool outputs, an answer, a plan decision, an approval). */
  respond(response: ActionResponse): Promise<void>;
  /** Asks again for the last user message. */
  retry(): Promise<void>;
  /** ChatKit only: a widget's server action. */
  customAction?: ChatKitController['customAction'];
  /** Whether the server lets this run be cancelled now. */
  canCancel: boolean;
  /** A `send` or `retry` is posting (from the store: it changes at the next frame, with the stream). */
  isSending: boolean;
  /** A `cancel` awaits the server's answer (from the store, at the next frame). */
  isCancelling: boolean;
  /** A `respond` is posting (from the store, at the next frame). */
  isResponding: boolean;
}

const noItems: readonly ThreadItem[] = [];
const noProgress: readonly ProgressEntry[] = [];
const noNotices: readonly Notice[] = [];
let drafts = 0;

/**
 * Streams a thread, in any dialect, into the shared store and returns it. `threadId` is the
 * thread's key: the server's id for Boosted; for the other dialects an existing thread's id
 * (or `serverThreadId`) or null, and the first `send` then creates the thread. A Boosted thread
 * streams over SSE, or with `transport: 'grpc'` over the Thread API's gRPC service, to the same
 * state. With
 * `dialect: 'auto'`, `baseUrl` is an event stream read as it comes, its dialect recognised from
 * the first frames (read-only).
 * REST calls (sends, cancels, recovery reads) go through react-query.
 */
export function useThreadStream(threadId: string | null | undefined, options: ThreadStreamOptions): ThreadStreamResult {
  const client = useThreadlineClient();
  const [draftKey] = useState(() => `draft-${(drafts += 1)}`);
  const { dialect, enabled = true } = options;
  const endpoint = useConnection(options);
  const requestedKey = threadId ?? (dialect === 'boosted' ? null : draftKey);
  const key = requestedKey ? client.resolveKey(requestedKey) : null;
  const controller: ThreadController | null = useMemo(() => (key ? client.getController(key, endpoint) : null), [client, key, endpoint]);

  useEffect(() => (enabled && controller ? controller.attach() : undefined), [controller, enabled]);

  const store = client.threadStore.store;
  const thread = useStore(store, (state) => (key ? state.threads[key] : undefined));
  const connection = useStore(store, (state) => (key ? state.connections[key] : undefined) ?? 'idle');
  const items = thread?.items ?? noItems;
  const progress = thread?.progress ?? noProgress;
  const run = thread?.run ?? null;
  const runProgress = useMemo(() => selectRunProgress({ progress, run }), [progress, run]);

  // Requests are react-query mutations whose pending state rides the store's frame, so sending
  // costs no render of its own outside the frame that shows the stream.
  const queryClient = useQueryClient();
  const threadStore = client.threadStore;
  const actions = useMemo(() => {
    const require = () => {
      if (!controller) throw new Error('useThreadStream: there is no thread yet.');
      return controller;
    };
    const threadKeyOf = () => key;
    const mutationKey = (name: string) => ['threadline', dialect, key, name];
    return {
      send: createThreadMutation(queryClient, threadStore, { kind: 'sending', threadKeyOf, mutationKey: mutationKey('send'), mutationFn: (text: string) => require().send(text) }),
      cancel: createThreadMutation(queryClient, threadStore, { kind: 'cancelling', threadKeyOf, mutationKey: mutationKey('cancel'), mutationFn: (_: void) => require().cancel() }),
      respond: createThreadMutation(queryClient, threadStore, {
        kind: 'responding',
        threadKeyOf,
        mutationKey: mutationKey('respond'),
        mutationFn: (response: ActionResponse) => require().respond(response),
      }),
      retry: createThreadMutation(queryClient, threadStore, { kind: 'sending', threadKeyOf, mutationKey: mutationKey('retry'), mutationFn: (_: void) => require().retry() }),
    };
  }, [queryClient, threadStore, controller, dialect, key]);
  const activity = useStore(store, (state) => (key ? state.activity[key] : undefined)) ?? idleActivity;

  return {
    thread,
    threadId: thread?.id ?? null,
    items,
    status: thread?.status ?? 'idle',
    run,
    progress,
    runProgress,
    pendingAction: thread?.pendingAction ?? null,
    notices: thread?.notices ?? noNotices,
    error: thread?.error ?? null,
    connection,
    send: actions.send,
    cancel: actions.cancel,
    detach: () => controller?.detach(),
    respond: actions.respond,
    retry: actions.retry,
    customAction: controller && 'customAction' in controller ? (controller as ChatKitController).customAction : undefined,
    canCancel: run?.canCancel ?? true,
    isSending: activity.sending,
    isCancelling: activity.cancelling,
    isResponding: activity.responding,
  };
}
