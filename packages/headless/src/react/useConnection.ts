import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import type {
  AssistantsConnection,
  BoostedConnection,
  ChatKitConnection,
  TeammateConnection,
  ThreadConnectionOptions,
  WatchConnection,
} from '../store/createThreadlineClient';
import type { QueryRunner } from '../store/ThreadController';
import type { HeadersOption } from '../transport/HeadersOption';

type HookConnection<T> = Omit<T, 'fetchQuery'> & {
  /** Set to false to stay detached (default true). */
  enabled?: boolean;
};

/** Options for {@link useThreadStream}: where the thread's dialect is spoken. */
export type ThreadStreamOptions =
  | HookConnection<BoostedConnection>
  | HookConnection<AssistantsConnection>
  | HookConnection<TeammateConnection>
  | HookConnection<ChatKitConnection>
  | HookConnection<WatchConnection>;

/**
 * The hook options as a connection for the client's registry. It changes only when the
 * endpoint does; headers and callbacks are read from the latest render when they are used,
 * and REST reads go through react-query.
 */
export function useConnection(options: ThreadStreamOptions): ThreadConnectionOptions {
  const queryClient = useQueryClient();
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const { baseUrl, fetch: fetchImpl } = options;
  const identity = connectionIdentity(options);
  return useMemo(() => {
    const fetchQuery: QueryRunner = (queryKey, read) => queryClient.fetchQuery({ queryKey, queryFn: read, staleTime: 0 });
    // Not async: the client evaluates headers at once when they are at hand (and fills in a
    // missing value), so a request leaves in the task that asks for it.
    const headers: HeadersOption = () => {
      const current = latest.current.headers;
      return (typeof current === 'function' ? current() : current) ?? {};
    };
    const onClientEffect = (effect: { name: string; data: Record<string, unknown> }) => {
      const current = latest.current;
      if (current.dialect === 'chatkit') current.onClientEffect?.(effect);
    };
    return { ...options, baseUrl, fetch: fetchImpl, headers, fetchQuery, onClientEffect } as ThreadConnectionOptions;
    // `identity` stands for the options that mean another endpoint; the rest are read through the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryClient, baseUrl, fetchImpl, identity]);
}

function connectionIdentity(options: ThreadStreamOptions): string {
  switch (options.dialect) {
    case 'assistants': {
      return `assistants ${options.assistantId} ${options.serverThreadId ?? ''}`;
    }
    case 'teammate': {
      return `teammate ${options.stream === false ? 'poll' : 'stream'} ${options.runId ?? ''} ${JSON.stringify(options.settings ?? {})}`;
    }
    case 'chatkit': {
      return `chatkit ${options.serverThreadId ?? ''}`;
    }
    case 'boosted': {
      return `boosted ${options.transport ?? 'sse'} ${options.grpcBaseUrl ?? ''}`;
    }
    case 'auto': {
      return options.dialect;
    }
    default: {
      options satisfies never;
      return '';
    }
  }
}
