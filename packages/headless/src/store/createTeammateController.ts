import type { TeammateApi, TeammateRun, TeammateRunSettings } from '../api/createTeammateApi';
import { createDecoder } from '../dialects/createDecoder';
import { toTeammateRunEndStatus } from '../dialects/teammate/toTeammateRunEndStatus';
import type { ThreadEvent } from '../events/ThreadEvent';
import { messageText } from '../thread/messageText';
import type { MessageItem } from '../thread/ThreadState';
import { selectItem } from '../thread/selectItems';
import type { StreamRequest } from '../transport/StreamRequest';
import type { ActionResponse } from './ActionResponse';
import { createAttachments } from './createAttachments';
import type { ThreadStore } from './createThreadStore';
import { createBackoff } from '../transport/createBackoff';
import { createStreamSession } from './createStreamSession';
import type { StreamEnd } from './createStreamSession';
import { itemIdOf } from './itemIdOf';
import { sendAgain } from './lastUserMessage';
import { localUserMessage } from './localUserMessage';
import { reconcileTurnText } from './reconcileTurnText';
import { sleep } from './sleep';
import type { QueryRunner, ThreadController } from './ThreadController';
import { toThreadError } from './toThreadError';
import { untilOpen } from './untilOpen';
import type { FrameListener } from './FrameListener';
import type { SseReadOptions } from '../transport/SseReadOptions';
import type { SseTransport } from '../transport/SseTransport';

/** Options for {@link createTeammateController}. */
export interface TeammateControllerOptions {
  threadStore: ThreadStore;
  /** The run's key in the store. */
  threadId: string;
  api: TeammateApi;
  /** Settings for the run `send` starts (`human_in_the_loop`, `permission_mode`...). */
  settings?: TeammateRunSettings;
  /** False starts runs without a stream and polls them to the end (default true). */
  stream?: boolean;
  /** An existing run to follow: it is re-joined on attach. */
  runId?: string | null;
  fetchQuery?: QueryRunner;
  /** Poll interval while a run goes on without a stream (default 1000 ms). */
  pollMs?: number;
  /** How many times a stream that broke is re-joined before giving up (default 3). */
  maxRejoins?: number;
  onWarning?: (message: string) => void;
  /** Sees every SSE message with the events decoded from it. */
  onFrame?: FrameListener;
  /** Opens the event streams (default: `openSseStream`, on the main thread). */
  sseTransport?: SseTransport;
  /** The stall deadline and the frame limit of every stream (see `openSseStream`). */
  sseOptions?: SseReadOptions;
  /** First reconnect delay in ms, doubled per attempt with jitter (default 250); a server's `retry:` replaces it. */
  reconnectDelayMs?: number;
}

/** A Teammate run's controller, with the verb the Runs API adds. */
export interface TeammateController extends ThreadController {
  /** Follows a run started elsewhere: its stream is re-joined (it replays from the start). */
  join(runId: string): Promise<void>;
}

const directly: QueryRunner = (_key, read) => read();
const ID_PREFIX = 'teammate-';

/**
 * The controller for a Teammate (m8tes) run. `send` starts the run, and later sends are replies
 * to the same run. A stream that breaks while the run goes on is re-joined with
 * `GET /runs/{id}/stream`, which replays the turn from its start: the turn's items are replaced
 * by the replay in one frame, so no text appears twice. With `stream: false` the run is polled.
 */
export function createTeammateController(options: TeammateControllerOptions): TeammateController {
  const { threadStore, threadId, api } = options;
  const fetchQuery = options.fetchQuery ?? directly;
  const pollMs = options.pollMs ?? 1000;
  const maxRejoins = options.maxRejoins ?? 3;
  const streaming = options.stream ?? true;
  // Every item the current turn's streams made, so a re-join's replay can replace them.
  const turnItems = new Set<string>();
  const session = createStreamSession({
    threadStore,
    threadId,
    dialect: 'teammate',
    idPrefix: ID_PREFIX,
    onWarning: options.onWarning,
    onFrame: options.onFrame,
    sseTransport: options.sseTransport,
    sseOptions: options.sseOptions,
    reconnectDelayMs: options.reconnectDelayMs,
    onEvents: (events) => {
      for (const event of events) {
        const id = itemIdOf(event);
        if (id !== null) turnItems.add(id);
      }
    },
  });
  let polling: AbortController | null = null;
  let turns = 0;

  threadStore.ensureThread(threadId, 'teammate', null);
  if (options.runId) threadStore.dispatch(threadId, { type: 'run-update', runId: options.runId });
  const thread = () => threadStore.getThread(threadId);
  const runId = () => thread()?.run?.id ?? null;
  const dispatch = (events: ThreadEvent | ThreadEvent[]) => threadStore.dispatch(threadId, events);

  // Settles when the request is accepted; the turn streams (and is re-joined if it breaks) after.
  function follow(request: StreamRequest, before: readonly ThreadEvent[] = [], idPrefix = ID_PREFIX): Promise<void> {
    return untilOpen((onOpen) => followToEnd(request, before, idPrefix, onOpen));
  }

  async function followToEnd(request: StreamRequest, before: readonly ThreadEvent[], idPrefix: string, onOpen: () => void): Promise<void> {
    let end: StreamEnd = await session.open(request, { before, idPrefix, onOpen });
    const backoff = createBackoff({ baseMs: options.reconnectDelayMs });
    for (let rejoins = 0; ; rejoins += 1) {
      if (end.kind === 'aborted') return;
      if (end.kind === 'failed' && !runId()) {
        dispatch([{ type: 'run-error', error: toThreadError(end.error) }, { type: 'run-end', status: 'failed' }]);
        threadStore.setConnection(threadId, 'failed');
        throw end.error;
      }
      const status = thread()?.status;
      if (status !== 'running' && status !== 'queued' && status !== 'cancelling') {
        await reconcile();
        return;
      }
      const id = runId();
      if (!id) return;
      // A run that ended between the break and the re-join answers 409: read its end instead.
      if (rejoins >= maxRejoins || (end.kind === 'failed' && end.error.status === 409)) {
        await poll(id);
        return;
      }
      if (end.kind === 'failed' && !end.error.retryable) {
        dispatch({ type: 'run-error', error: toThreadError(end.error) });
        threadStore.setConnection(threadId, 'failed');
        return;
      }
      if (session.retryMs !== undefined) backoff.setBase(session.retryMs);
      threadStore.setConnection(threadId, 'reconnecting');
      await sleep(backoff.next(end.kind === 'failed' ? end.error : null));
      end = await session.open(api.joinStream(id), { before: replacing(), reconnecting: true });
    }
  }

  // Frames carry no ids, so text that arrived corrupted, twice or out of order cannot be told
  // while it streams: once the run has ended, its text is set to what the server stored.
  async function reconcile(): Promise<void> {
    const id = runId();
    if (!id) return;
    try {
      const run = await fetchQuery(['threadline', 'teammate', 'runs', id], () => api.getRun(id));
      const state = thread();
      if (typeof run.output !== 'string' || !state) return;
      const answers = state.items.filter((item): item is MessageItem => item.kind === 'message' && item.role === 'assistant');
      const repairs = reconcileTurnText(answers, run.output);
      if (repairs.length > 0) dispatch(repairs);
    } catch {
      // The streamed text stays: it is all there is.
    }
  }

  function replacing(): ThreadEvent[] {
    const state = thread();
    return [...turnItems].filter((id) => state && selectItem(state, id)).map((itemId): ThreadEvent => ({ type: 'item-remove', itemId }));
  }

  // Follows a run through `GET /runs/{id}` until it ends, as react-query reads.
  async function poll(id: string): Promise<void> {
    polling?.abort();
    const controller = new AbortController();
    polling = controller;
    const signal = controller.signal;
    const decoder = createDecoder('teammate', { idPrefix: ID_PREFIX, onWarning: options.onWarning });
    const outputId = `${ID_PREFIX}${id}-output`;
    try {
      while (!signal.aborted) {
        const run = await fetchQuery(['threadline', 'teammate', 'runs', id], () => api.getRun(id, signal));
        if (signal.aborted) return;
        dispatch(outputEvents(outputId, run));
        const end = toRunEnd(run);
        if (end) {
          dispatch(end);
          return;
        }
        if (run.status === 'awaiting_approval' && thread()?.status !== 'requires_action') {
          const permissions = await fetchQuery(['threadline', 'teammate', 'runs', id, 'permissions'], () => api.listPermissions(id, signal));
          const pending = permissions.find((permission) => permission.status === 'pending');
          if (pending) dispatch(decoder.decode({ data: JSON.stringify({ ...pending, type: 'permission_request' }) }));
        }
        await sleep(pollMs, signal);
      }
    } catch (error) {
      if (!signal.aborted) dispatch({ type: 'run-error', error: toThreadError(error) });
    } finally {
      if (polling === controller) polling = null;
    }
  }

  function outputEvents(messageId: string, run: TeammateRun): ThreadEvent[] {
    const output = run.output ?? '';
    const state = thread();
    const item = state && selectItem(state, messageId);
    const shown = item?.kind === 'message' ? messageText(item) : '';
    if (output === shown) return [];
    // The output only grows while the run goes on; anything else replaces what was shown.
    if (output.startsWith(shown)) return [{ type: 'message-start', messageId, role: 'assistant' }, { type: 'text-delta', messageId, delta: output.slice(shown.length) }];
    return [{ type: 'message-start', messageId, role: 'assistant' }, { type: 'message-end', messageId, status: 'complete', parts: [{ type: 'text', text: output }] }];
  }

  async function send(text: string): Promise<void> {
    polling?.abort();
    turnItems.clear();
    const id = runId();
    dispatch([...localUserMessage(text), { type: 'run-start', runId: id }]);
    if (streaming) {
      // A reply's stream numbers its blocks from one again: its ids get the turn's own prefix.
      turns += 1;
      await follow(id ? api.replyStream(id, text) : api.createRunStream(text, options.settings), [], id ? `${ID_PREFIX}turn${turns}-` : ID_PREFIX);
      return;
    }
    try {
      const run = id ? await api.reply(id, text) : await api.createRun(text, options.settings);
      dispatch({ type: 'run-update', runId: String(run.id) });
      void poll(String(run.id));
    } catch (error) {
      dispatch([{ type: 'run-error', error: toThreadError(error) }, { type: 'run-end', status: 'failed' }]);
      throw error;
    }
  }

  async function respond(response: ActionResponse): Promise<void> {
    const id = runId();
    const pending = thread()?.pendingAction;
    if (!id || !pending) throw new Error('This run has nothing waiting for an answer.');
    switch (response.type) {
      case 'answer': {
        await api.answer(id, { ...response.answers }, pending.requestId);
        break;
      }
      case 'plan': {
        const header = pending.questions[0]?.header ?? 'Plan Approval';
        await api.answer(id, { [header]: response.approve ? 'Approve' : response.feedback }, pending.requestId);
        break;
      }
      case 'approval': {
        if (!pending.requestId) throw new Error('The approval request has no id to answer.');
        await api.approve(id, { requestId: pending.requestId, decision: response.decision, remember: response.remember, reason: response.reason });
        break;
      }
      case 'tool-outputs': {
        throw new Error('A Teammate run takes answers and approvals, not tool outputs.');
      }
      default: {
        response satisfies never;
      }
    }
    dispatch({ type: 'run-update', status: 'running' });
    // A stream that ended while the run waited is re-joined; a polled run is polled on.
    if (!session.active && !polling) {
      if (streaming) await follow(api.joinStream(id), replacing());
      else void poll(id);
    }
  }

  const detach = () => {
    session.abort();
    polling?.abort();
  };
  const resume = () => {
    const id = runId();
    const status = thread()?.status;
    if (!id || session.active || polling || !(status === 'running' || status === 'queued' || status === 'idle' || status === 'requires_action')) return;
    if (streaming) void follow(api.joinStream(id), replacing()).catch(() => {});
    else void poll(id);
  };
  const attachments = createAttachments({ onAttach: resume, onLast: detach });

  return {
    threadId,
    dialect: 'teammate',
    attach: attachments.attach,
    send,
    async cancel() {
      const id = runId();
      if (!id) {
        session.abort();
        dispatch({ type: 'run-end', status: 'cancelled' });
        return;
      }
      const run = await api.cancelRun(id);
      // The open stream ends with `cancelled`; without one, the answer says how the run ended.
      if (!session.active) dispatch(toRunEnd(run) ?? { type: 'run-end', status: 'cancelled' });
    },
    detach,
    respond,
    retry: () => sendAgain(thread(), send, (itemId) => dispatch({ type: 'item-remove', itemId })),
    async join(id) {
      dispatch({ type: 'run-update', runId: id });
      await follow(api.joinStream(id), replacing());
    },
  };
}

function toRunEnd(run: TeammateRun): ThreadEvent[] | null {
  const status = toTeammateRunEndStatus(run.status);
  if (!status) return null;
  const events: ThreadEvent[] = [];
  if (status === 'failed') {
    events.push({ type: 'run-error', error: { kind: 'server', code: run.error_code ?? null, message: run.error ?? 'The run failed.', retryable: true } });
  }
  events.push({ type: 'run-end', status, stopReason: run.stop_reason ?? null, usage: run.usage ?? null });
  return events;
}
