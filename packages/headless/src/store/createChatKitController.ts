import type { ChatKitAction, ChatKitApi } from '../api/createChatKitApi';
import type { ThreadEvent } from '../events/ThreadEvent';
import { toChatKitThreadEvents } from '../dialects/chatkit/toChatKitThreadEvents';
import { createBackoff } from '../transport/createBackoff';
import type { StreamRequest } from '../transport/StreamRequest';
import { toTransportError } from '../transport/TransportError';
import type { TransportError } from '../transport/TransportError';
import type { ActionResponse } from './ActionResponse';
import { createAttachments } from './createAttachments';
import type { ThreadStore } from './createThreadStore';
import { createStreamSession } from './createStreamSession';
import { lastUserMessage } from './lastUserMessage';
import { localUserMessage } from './localUserMessage';
import { sleep } from './sleep';
import type { ThreadController } from './ThreadController';
import { toThreadError } from './toThreadError';
import { untilOpen } from './untilOpen';
import type { FrameListener } from './FrameListener';
import type { SseReadOptions } from '../transport/SseReadOptions';
import type { SseTransport } from '../transport/SseTransport';

/** Options for {@link createChatKitController}. */
export interface ChatKitControllerOptions {
  threadStore: ThreadStore;
  /** The thread's key in the store. */
  threadId: string;
  /** The server's id of an existing thread to continue; without it the first `send` creates one. */
  serverThreadId?: string | null;
  api: ChatKitApi;
  onWarning?: (message: string) => void;
  /** Sees every SSE message with the events decoded from it. */
  onFrame?: FrameListener;
  /** Opens the event streams (default: `openSseStream`, on the main thread). */
  sseTransport?: SseTransport;
  /** The stall deadline and the frame limit of every stream (see `openSseStream`). */
  sseOptions?: SseReadOptions;
  /** First reconnect delay in ms, doubled per attempt with jitter (default 250); a server's `retry:` replaces it. */
  reconnectDelayMs?: number;
  onThreadId?: (id: string) => void;
  /** Receives the server's `client_effect` events. */
  onClientEffect?: (effect: { name: string; data: Record<string, unknown> }) => void;
}

/** A ChatKit thread's controller, with the protocol's own extra verb. */
export interface ChatKitController extends ThreadController {
  /** `threads.custom_action`: a widget's server action; the response streams into the thread. */
  customAction(action: ChatKitAction, itemId?: string | null): Promise<void>;
}

/**
 * The controller for a ChatKit thread: every request is a POST to the one endpoint and its
 * response is the stream. ChatKit has no cancel request: the client stops reading, and the
 * server keeps what was written so far. For the same reason `detach` also ends the response on
 * the server; the part streamed so far is marked incomplete.
 */
export function createChatKitController(options: ChatKitControllerOptions): ChatKitController {
  const { threadStore, threadId, api } = options;
  const session = createStreamSession({
    threadStore,
    threadId,
    dialect: 'chatkit',
    onWarning: options.onWarning,
    onFrame: options.onFrame,
    sseTransport: options.sseTransport,
    sseOptions: options.sseOptions,
    reconnectDelayMs: options.reconnectDelayMs,
    onThreadId: options.onThreadId,
    onClientEffect: options.onClientEffect,
  });
  threadStore.ensureThread(threadId, 'chatkit', options.serverThreadId ?? null);
  const thread = () => threadStore.getThread(threadId);
  const dispatch = (events: ThreadEvent | ThreadEvent[]) => threadStore.dispatch(threadId, events);

  // Settles when the request is accepted; the response streams into the thread after. A
  // `question` the server never took stays on the thread beside the error (its echo shows it
  // otherwise).
  function stream(request: StreamRequest, question?: string): Promise<void> {
    dispatch({ type: 'run-start' });
    return untilOpen(async (onOpen) => {
      let opened = false;
      const end = await session.open(request, {
        onOpen: () => {
          opened = true;
          onOpen();
        },
      });
      if (end.kind !== 'failed') return;
      if (opened && end.error.retryable && thread()?.id) {
        await reload(end.error);
        return;
      }
      const unsent = !opened && question !== undefined ? localUserMessage(question) : [];
      dispatch([...unsent, { type: 'run-error', error: toThreadError(end.error) }, { type: 'run-end', status: 'failed' }]);
      threadStore.setConnection(threadId, 'failed');
      throw end.error;
    });
  }

  // A ChatKit response cannot be re-joined, and its server keeps what it wrote before the
  // stream broke (the response ends there, as if cancelled): the thread's items are read back,
  // so the thread shows exactly what the server has.
  async function reload(error: TransportError): Promise<void> {
    const id = serverThreadId();
    const backoff = createBackoff({ baseMs: options.reconnectDelayMs });
    let failure = error;
    threadStore.setConnection(threadId, 'reconnecting');
    for (let attempt = 0; attempt < 3 && failure.retryable; attempt += 1) {
      await sleep(backoff.next(failure));
      try {
        const items: unknown[] = [];
        let after: string | undefined;
        for (;;) {
          const page = await api.listItems(id, { after });
          items.push(...page.data);
          if (!page.has_more || !page.after) break;
          after = page.after;
        }
        const loaded = toChatKitThreadEvents({ id, items: { data: items } }).filter((event) => event.type !== 'thread-update');
        const removed = (thread()?.items ?? []).map((item): ThreadEvent => ({ type: 'item-remove', itemId: item.id }));
        // Whether the server finished the answer before the break, nothing it sends can tell.
        const broken: ThreadEvent = {
          type: 'run-error',
          error: { ...toThreadError(error), message: 'The stream broke before the answer ended; the thread now shows what the server kept of it.' },
        };
        dispatch([...removed, ...loaded, broken, { type: 'run-end', status: 'incomplete' }]);
        threadStore.setConnection(threadId, 'closed');
        return;
      } catch (reason) {
        failure = toTransportError(reason);
      }
    }
    dispatch([{ type: 'run-error', error: toThreadError(failure) }, { type: 'run-end', status: 'failed' }]);
    threadStore.setConnection(threadId, 'failed');
  }

  function serverThreadId(): string {
    const id = thread()?.id;
    if (!id) throw new Error('This ChatKit thread has not been created yet: send a message first.');
    return id;
  }

  function stop(status: 'cancelled' | 'incomplete'): void {
    if (!session.active) return;
    session.abort();
    dispatch({ type: 'run-end', status });
  }

  const attachments = createAttachments({ onAttach: () => {}, onLast: () => stop('incomplete') });

  return {
    threadId,
    dialect: 'chatkit',
    attach: attachments.attach,
    async send(text) {
      const id = thread()?.id;
      await stream(id ? api.addUserMessage(id, text) : api.createThread(text), text);
    },
    async cancel() {
      if (thread()?.run?.canCancel === false) throw new Error('The server does not allow cancelling this response.');
      stop('cancelled');
    },
    detach: () => stop('incomplete'),
    async respond(response: ActionResponse) {
      const pending = thread()?.pendingAction;
      if (response.type !== 'tool-outputs') throw new Error(`A ChatKit thread cannot take a "${response.type}" response; it asks only for client tool output.`);
      if (pending?.kind !== 'client_tool_call') throw new Error('This thread has no client tool call waiting for its output.');
      const [first] = response.outputs;
      const result = first?.output ?? null;
      const toolCallId = first?.toolCallId ?? pending.toolCallIds[0];
      if (toolCallId) dispatch({ type: 'tool-result-end', toolCallId, result: typeof result === 'string' ? result : JSON.stringify(result) });
      await stream(api.addClientToolOutput(serverThreadId(), result));
    },
    async retry() {
      const state = thread();
      const user = lastUserMessage(state);
      if (!state || !user) throw new Error('There is no message to ask again.');
      // The server deletes everything after the user message without sending removals.
      const after = state.items.slice(state.items.indexOf(user) + 1);
      dispatch(after.map((item): ThreadEvent => ({ type: 'item-remove', itemId: item.id })));
      await stream(api.retryAfterItem(serverThreadId(), user.id));
    },
    async customAction(action, itemId) {
      await stream(api.customAction(serverThreadId(), action, itemId));
    },
  };
}
