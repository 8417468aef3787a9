import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Notice } from '../events/Notice';
import type { PendingAction } from '../events/PendingAction';
import type { ThreadError } from '../events/ThreadError';
import type { ActionResponse } from '../store/ActionResponse';
import { messageText } from '../thread/messageText';
import { selectTurnItems } from '../thread/selectTurnItems';
import type { ThreadItem, ThreadStatus, ToolCallItem } from '../thread/ThreadState';
import type { ConnectionState } from '../transport/ConnectionState';
import { createThreadMutation } from './createThreadMutation';
import { useThreadlineClient } from './ThreadlineProvider';
import { useConnection } from './useConnection';
import type { ThreadStreamOptions } from './useConnection';
import { useThreadStream } from './useThreadStream';

/** Options for {@link useRun}: a connection, as for `useThreadStream`, and optionally the store key of the run to show. */
export type RunOptions = ThreadStreamOptions & {
  /** The store key of the run to show (default: one per hook). */
  runKey?: string;
};

/** What {@link useRun} returns: the run as the Teammate SDK's accumulator sees it. */
export interface RunResult {
  /** The server's run id, once the first frame names it. */
  runId: string | null;
  status: ThreadStatus;
  stopReason: string | null;
  usage: Record<string, unknown> | null;
  metrics: Record<string, unknown> | null;
  /** The latest turn's answer text, its messages joined by blank lines. */
  text: string;
  /** The latest turn's tool calls. */
  toolCalls: ToolCallItem[];
  /** Every item of the run, in order, user messages included. */
  items: readonly ThreadItem[];
  pendingAction: PendingAction | null;
  notices: readonly Notice[];
  error: ThreadError | null;
  connection: ConnectionState;
  /** Starts a new run with the input (a run that already started is left as it is). */
  start(input: string): Promise<void>;
  /** Another turn on the same run (a new run in dialects where every message makes one). */
  reply(text: string): Promise<void>;
  /** Asks the server to stop the run. */
  cancel(): Promise<void>;
  /** Stops listening and leaves the run going. */
  detach(): void;
  /** Answers the pending question, plan, approval or tool calls. */
  respond(response: ActionResponse): Promise<void>;
  /** A `start` or `reply` is posting (from the store: it changes at the next frame, with the stream). */
  isStarting: boolean;
}

let runs = 0;

/**
 * A run-centred view over one thread, shaped after the Teammate SDK: `start`, `reply`, the live
 * `text`, `toolCalls`, `metrics`, and `respond` for whatever the run waits on. With the Teammate
 * dialect and `stream: false`, runs are polled to the end through react-query instead of streamed.
 */
export function useRun(options: RunOptions): RunResult {
  const client = useThreadlineClient();
  const [ownKey, setOwnKey] = useState(() => `run-${(runs += 1)}`);
  const key = options.runKey ?? ownKey;
  const endpoint = useConnection(options);
  const stream = useThreadStream(key, options);
  const turn = useMemo(() => selectTurnItems({ items: stream.items }), [stream.items]);
  const text = useMemo(() => {
    const texts: string[] = [];
    for (const item of turn) if (item.kind === 'message' && item.role === 'assistant') texts.push(messageText(item));
    return texts.join('\n\n');
  }, [turn]);
  const toolCalls = useMemo(() => turn.filter((item): item is ToolCallItem => item.kind === 'tool_call'), [turn]);

  const queryClient = useQueryClient();
  const start = useMemo(() => {
    const send = createThreadMutation(queryClient, client.threadStore, {
      kind: 'sending',
      mutationKey: ['threadline', options.dialect, 'start'],
      threadKeyOf: ({ target }: { target: string; input: string }) => target,
      mutationFn: ({ target, input }) => client.getController(target, endpoint).send(input),
    });
    return (input: string) => {
      // A run that started keeps its thread; a new run gets a fresh one.
      let target = client.resolveKey(key);
      if (client.threadStore.getThread(target)?.run) {
        target = `run-${(runs += 1)}`;
        setOwnKey(target);
      }
      return send({ target, input });
    };
  }, [queryClient, client, options.dialect, endpoint, key]);

  const run = stream.run;
  return {
    runId: run?.id ?? null,
    status: stream.status,
    stopReason: run?.stopReason ?? null,
    usage: run?.usage ?? null,
    metrics: run?.metrics ?? null,
    text,
    toolCalls,
    items: stream.items,
    pendingAction: stream.pendingAction,
    notices: stream.notices,
    error: stream.error,
    connection: stream.connection,
    start,
    reply: stream.send,
    cancel: stream.cancel,
    detach: stream.detach,
    respond: stream.respond,
    isStarting: stream.isSending,
  };
}
