import type { AssistantsApi } from '../api/createAssistantsApi';
import { toAssistantsRunActiveStatus } from '../dialects/assistants/toAssistantsRunActiveStatus';
import { createAssistantsDecoder } from '../dialects/assistants/createAssistantsDecoder';
import type { ThreadEvent } from '../events/ThreadEvent';
import type { ActionResponse } from './ActionResponse';
import type { ThreadStore } from './createThreadStore';
import { createAttachments } from './createAttachments';
import { createStreamSession } from './createStreamSession';
import type { StreamEnd } from './createStreamSession';
import { sendAgain } from './lastUserMessage';
import { localUserMessage } from './localUserMessage';
import { sleep } from './sleep';
import { isActiveStatus } from './ThreadController';
import type { QueryRunner, ThreadController } from './ThreadController';
import { toThreadError } from './toThreadError';
import { untilOpen } from './untilOpen';
import type { FrameListener } from './FrameListener';
import type { SseReadOptions } from '../transport/SseReadOptions';
import type { SseTransport } from '../transport/SseTransport';

/** Options for {@link createAssistantsController}. */
export interface AssistantsControllerOptions {
  threadStore: ThreadStore;
  /** The thread's key in the store. */
  threadId: string;
  /** The server's id of an existing thread to continue; without it the first `send` creates one. */
  serverThreadId?: string | null;
  api: AssistantsApi;
  fetchQuery?: QueryRunner;
  /** How often to ask for the run while it goes on without a stream (default 1000 ms). */
  pollMs?: number;
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
}

const directly: QueryRunner = (_key, read) => read();

/**
 * The controller for an OpenAI Assistants thread. Every run, and every continuation after
 * tool outputs, is a POST whose response is the stream. A stream ends with `done` when the run
 * ends or pauses; when it ends any other way the run goes on on the server, so the controller
 * polls the run and folds in the messages it wrote.
 */
export function createAssistantsController(options: AssistantsControllerOptions): ThreadController {
  const { threadStore, threadId, api } = options;
  const fetchQuery = options.fetchQuery ?? directly;
  const pollMs = options.pollMs ?? 1000;
  const session = createStreamSession({ threadStore, threadId, dialect: 'assistants', onWarning: options.onWarning, onFrame: options.onFrame, sseTransport: options.sseTransport, sseOptions: options.sseOptions, reconnectDelayMs: options.reconnectDelayMs, onThreadId: options.onThreadId });
  let polling: AbortController | null = null;
  const detach = () => {
    session.abort();
    polling?.abort();
  };
  // A run left going by an earlier detach is followed by polling when someone listens again.
  const attachments = createAttachments({
    onAttach: () => {
      if (!session.active && !polling && isActiveStatus(thread()?.status)) void settle();
    },
    onLast: detach,
  });

  threadStore.ensureThread(threadId, 'assistants', options.serverThreadId ?? null);
  const thread = () => threadStore.getThread(threadId);
  const dispatch = (events: ThreadEvent | ThreadEvent[]) => threadStore.dispatch(threadId, events);

  // Settles when the request is accepted; the run's stream and any polling go on after.
  function streamThenSettle(request: Parameters<typeof session.open>[0]): Promise<void> {
    return untilOpen(async (onOpen) => afterStream(await session.open(request, { onOpen })));
  }

  async function afterStream(end: StreamEnd): Promise<void> {
    if (end.kind === 'aborted') return;
    if (end.kind === 'failed' && !thread()?.run?.id) {
      // The request itself failed: no run exists on the server.
      dispatch([{ type: 'run-error', error: toThreadError(end.error) }, { type: 'run-end', status: 'failed' }]);
      threadStore.setConnection(threadId, 'failed');
      throw end.error;
    }
    if (end.kind === 'failed' && !end.error.retryable) {
      dispatch({ type: 'run-error', error: toThreadError(end.error) });
      threadStore.setConnection(threadId, 'failed');
      return;
    }
    await settle();
  }

  // Polls a run that outlived its stream until it ends or pauses, then reads what it wrote.
  async function settle(): Promise<void> {
    polling?.abort();
    const controller = new AbortController();
    polling = controller;
    const signal = controller.signal;
    const decoder = createAssistantsDecoder({ onWarning: options.onWarning });
    try {
      while (!signal.aborted && isActiveStatus(thread()?.status)) {
        const serverThreadId = thread()?.id;
        const runId = thread()?.run?.id;
        if (!serverThreadId || !runId) return;
        const run = await fetchQuery(['threadline', 'assistants', serverThreadId, 'runs', runId], () => api.getRun(serverThreadId, runId, signal));
        if (signal.aborted) return;
        const active = toAssistantsRunActiveStatus(run.status);
        if (active === null) {
          const messages = await fetchQuery(['threadline', 'assistants', serverThreadId, 'runs', runId, 'messages'], () =>
            api.listRunMessages(serverThreadId, runId, signal),
          );
          dispatch(decoder.recover({ run, messages }));
          return;
        }
        if (thread()?.status !== active) dispatch(decoder.recover({ run }));
        await sleep(pollMs, signal);
      }
    } catch (error) {
      if (!signal.aborted) dispatch({ type: 'run-error', error: toThreadError(error) });
    } finally {
      if (polling === controller) polling = null;
    }
  }

  async function send(text: string): Promise<void> {
    polling?.abort();
    dispatch([...localUserMessage(text), { type: 'run-start', status: 'queued' }]);
    const serverThreadId = thread()?.id;
    await streamThenSettle(serverThreadId ? api.createRun(serverThreadId, text) : api.createThreadAndRun(text));
  }

  async function cancel(): Promise<void> {
    const serverThreadId = thread()?.id;
    const runId = thread()?.run?.id;
    if (!serverThreadId || !runId) {
      // The run was not created yet: stopping the request is all there is to cancel.
      session.abort();
      dispatch({ type: 'run-end', status: 'cancelled' });
      return;
    }
    dispatch({ type: 'run-update', status: 'cancelling' });
    await api.cancelRun(serverThreadId, runId);
    // The open stream reports the end; without one, the run is asked until it ends.
    if (!session.active) await settle();
  }

  async function respond(response: ActionResponse): Promise<void> {
    const state = thread();
    const pending = state?.pendingAction;
    if (response.type !== 'tool-outputs') throw new Error(`An Assistants run cannot take a "${response.type}" response; it asks only for tool outputs.`);
    if (!pending || pending.kind !== 'submit_tool_outputs' || !state.id || !state.run?.id) throw new Error('This thread has no tool calls waiting for outputs.');
    const outputs = response.outputs.map(({ toolCallId, output }) => ({ toolCallId, output: typeof output === 'string' ? output : JSON.stringify(output) }));
    dispatch([
      ...outputs.map((output): ThreadEvent => ({ type: 'tool-result-end', toolCallId: output.toolCallId, result: output.output })),
      { type: 'run-update', status: 'queued' },
    ]);
    await streamThenSettle(api.submitToolOutputs(state.id, state.run.id, outputs));
  }

  return {
    threadId,
    dialect: 'assistants',
    attach: attachments.attach,
    send,
    cancel,
    detach,
    respond,
    retry: () => sendAgain(thread(), send, (itemId) => dispatch({ type: 'item-remove', itemId })),
  };
}
