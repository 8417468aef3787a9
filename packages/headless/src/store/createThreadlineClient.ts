import { createAssistantsApi } from '../api/createAssistantsApi';
import { createBoostedApi } from '../api/createBoostedApi';
import { createChatKitApi } from '../api/createChatKitApi';
import { warnInDevelopment } from '../dialects/warnInDevelopment';
import type { TeammateRunSettings } from '../api/createTeammateApi';
import { createTeammateApi } from '../api/createTeammateApi';
import type { HeadersOption } from '../transport/HeadersOption';
import { createSseWorkerTransport } from '../transport/createSseWorkerTransport';
import type { SseTransport } from '../transport/SseTransport';
import type { ThreadStreamTransport } from '../transport/ThreadStreamTransport';
import type { FrameListener } from './FrameListener';
import { createAssistantsController } from './createAssistantsController';
import { createChatKitController } from './createChatKitController';
import { createTeammateController } from './createTeammateController';
import { createThreadStore, defaultThrottleMs } from './createThreadStore';
import { createWatchController } from './createWatchController';
import { loadBoostedGrpcTransport } from './loadBoostedGrpcTransport';
import type { BoostedGrpcEndpoint } from './loadBoostedGrpcTransport';
import type { ThreadStore, ThreadStoreOptions } from './createThreadStore';
import { createThreadStreamController } from './createThreadStreamController';
import type { QueryRunner, ThreadController } from './ThreadController';

/** Options for {@link createThreadlineClient}. */
export interface ThreadlineClientOptions extends ThreadStoreOptions {
  /** Reconnect attempts per stream before it is marked failed (default 5). */
  maxReconnects?: number;
  /** First reconnect delay in ms, doubled per attempt with jitter (default 250); a server's `retry:` replaces it. */
  reconnectDelayMs?: number;
  /**
   * Silence in ms after which a stream is `stalled` while its server's heartbeat is unknown
   * (default 45,000; 0 never); once two heartbeats arrived, three missed ones. A stream silent
   * for twice as long is reconnected.
   */
  stallTimeoutMs?: number;
  /** The most bytes one SSE frame may take (default 8 MiB): a longer one fails its stream as `protocol`. */
  maxFrameBytes?: number;
  /** How often to ask the server about a run that goes on without a stream (default 1000). */
  recoveryPollMs?: number;
  /**
   * Opens every thread's event streams. The default, `createSseWorkerTransport()`, reads them
   * in a Web Worker where there is one, and on the main thread elsewhere; pass
   * `openSseStream` to keep them on the main thread.
   */
  sseTransport?: SseTransport;
  /**
   * Opens the event streams of Boosted threads connected with `transport: 'grpc'`. The default
   * loads `createBoostedGrpcTransport` (from `@threadline/headless/grpc`) with `import()` at the
   * first such thread: the server-streaming call over the Connect protocol, which browsers and
   * Node can both make. In Node, `createBoostedNodeGrpcTransport` (from
   * `@threadline/headless/grpc/node`) makes the vendor's bidirectional call over HTTP/2 instead.
   */
  grpcTransport?: (endpoint: BoostedGrpcEndpoint) => ThreadStreamTransport;
}

/** What every connection takes. */
export interface ConnectionBase {
  /** The API root (Boosted, Assistants, Teammate) or the endpoint (ChatKit). */
  baseUrl: string;
  /** Sent with every request; a function is called per request, so a refreshed token is used. */
  headers?: HeadersOption;
  fetch?: typeof fetch;
  /** Runs REST reads made while recovering (the hooks pass react-query's `fetchQuery`). */
  fetchQuery?: QueryRunner;
  onWarning?: (message: string) => void;
  /**
   * Sees every SSE message the thread's streams receive, raw, with the canonical events the
   * decoder made of it (an inspector, a log, a recorder). Called before the events reach the store.
   */
  onFrame?: FrameListener;
}

/** A Boosted Thread API thread: the key is the server's thread id. */
export interface BoostedConnection extends ConnectionBase {
  dialect: 'boosted';
  /**
   * What carries the thread's events: `sse` (default), `GET /v2/threads/stream/{id}`, or `grpc`,
   * the Thread API's gRPC service (see {@link ThreadlineClientOptions.grpcTransport}). Either
   * way the thread, its reconnects and its recovery are the same; the REST calls are REST.
   */
  transport?: 'sse' | 'grpc';
  /** The gRPC service's base URL when it is not `baseUrl`. */
  grpcBaseUrl?: string;
}

/** An OpenAI Assistants thread. */
export interface AssistantsConnection extends ConnectionBase {
  dialect: 'assistants';
  assistantId: string;
  /** The server's id of an existing thread; without it the first message creates one. */
  serverThreadId?: string | null;
}

/** A Teammate (m8tes) run. */
export interface TeammateConnection extends ConnectionBase {
  dialect: 'teammate';
  settings?: TeammateRunSettings;
  /** False polls runs instead of streaming them (default true). */
  stream?: boolean;
  /** An existing run to follow. */
  runId?: string | null;
}

/** A ChatKit thread. */
export interface ChatKitConnection extends ConnectionBase {
  dialect: 'chatkit';
  /** The server's id of an existing thread; without it the first message creates one. */
  serverThreadId?: string | null;
  onClientEffect?: (effect: { name: string; data: Record<string, unknown> }) => void;
}

/** A read-only event stream in any dialect Threadline speaks: `baseUrl` is the stream's URL (GET). */
export interface WatchConnection extends ConnectionBase {
  dialect: 'auto';
}

/** Where a thread's traffic goes, by dialect. */
export type ThreadConnectionOptions = BoostedConnection | AssistantsConnection | TeammateConnection | ChatKitConnection | WatchConnection;

/** The store of every thread plus one controller per thread. Create one per app (or per test). */
export interface ThreadlineClient {
  readonly threadStore: ThreadStore;
  /** The thread's controller, created on first use and replaced if the endpoint changes. */
  getController(threadId: string, connection: ThreadConnectionOptions): ThreadController;
  /** The thread's controller if one exists. */
  findController(threadId: string): ThreadController | undefined;
  /**
   * The store key a thread lives under: a thread created from a draft key stays under that
   * key, and its server id leads there too.
   */
  resolveKey(threadId: string): string;
  /** Stops listening to every thread (the servers' runs keep going). */
  disconnectAll(): void;
}

interface Entry {
  key: string;
  fetch: typeof fetch | undefined;
  controller: ThreadController;
  update(connection: ThreadConnectionOptions): void;
}

function entryKey(connection: ThreadConnectionOptions): string {
  switch (connection.dialect) {
    case 'boosted': {
      return `boosted ${connection.baseUrl} ${connection.transport === 'grpc' ? `grpc ${connection.grpcBaseUrl ?? ''}` : 'sse'}`;
    }
    case 'assistants': {
      return `assistants ${connection.baseUrl} ${connection.assistantId}`;
    }
    case 'teammate': {
      return `teammate ${connection.baseUrl} ${connection.stream === false ? 'poll' : 'stream'}`;
    }
    case 'chatkit': {
      return `chatkit ${connection.baseUrl}`;
    }
    case 'auto': {
      return `auto ${connection.baseUrl}`;
    }
    default: {
      connection satisfies never;
      return '';
    }
  }
}

/** Creates a Threadline client: a thread store and a registry of per-thread controllers. */
export function createThreadlineClient(options: ThreadlineClientOptions = {}): ThreadlineClient {
  const threadStore = createThreadStore(options);
  // The worker posts no more often than the store renders.
  const sseTransport = options.sseTransport ?? createSseWorkerTransport({ batchMs: Math.max(16, options.throttleMs ?? defaultThrottleMs) });
  const grpcTransport = options.grpcTransport ?? loadBoostedGrpcTransport;
  const controllers = new Map<string, Entry>();
  const aliases = new Map<string, string>();

  function createEntry(threadId: string, key: string, connection: ThreadConnectionOptions): Entry {
    // The latest caller's headers, query runner and callbacks win: the first one may have unmounted.
    let latest = connection;
    const base = {
      baseUrl: connection.baseUrl,
      fetch: connection.fetch,
      // Synchronous when the caller's headers are, so a request leaves in the task that asks for it.
      headers: () => {
        const value = typeof latest.headers === 'function' ? latest.headers() : latest.headers;
        return value instanceof Promise ? value.then((resolved) => resolved ?? {}) : (value ?? {});
      },
    };
    const common = {
      threadStore,
      threadId,
      fetchQuery: ((queryKey, read) => (latest.fetchQuery ? latest.fetchQuery(queryKey, read) : read())) as QueryRunner,
      onWarning: (message: string) => (latest.onWarning ?? warnInDevelopment)(message),
      onFrame: ((frame, events) => latest.onFrame?.(frame, events)) as FrameListener,
      sseTransport,
      sseOptions: { stallTimeoutMs: options.stallTimeoutMs, maxFrameBytes: options.maxFrameBytes },
      reconnectDelayMs: options.reconnectDelayMs,
    };
    const onThreadId = (serverId: string) => {
      if (serverId !== threadId) aliases.set(serverId, threadId);
    };
    let controller: ThreadController;
    switch (connection.dialect) {
      case 'boosted': {
        controller = createThreadStreamController({
          ...common,
          api: createBoostedApi(base),
          maxReconnects: options.maxReconnects,
          recoveryPollMs: options.recoveryPollMs,
          streamTransport:
            connection.transport === 'grpc' ? grpcTransport({ baseUrl: connection.grpcBaseUrl ?? connection.baseUrl, fetch: connection.fetch }) : undefined,
        });
        break;
      }
      case 'assistants': {
        controller = createAssistantsController({
          ...common,
          api: createAssistantsApi({ ...base, assistantId: connection.assistantId }),
          serverThreadId: connection.serverThreadId,
          pollMs: options.recoveryPollMs,
          onThreadId,
        });
        break;
      }
      case 'teammate': {
        controller = createTeammateController({
          ...common,
          api: createTeammateApi(base),
          settings: connection.settings,
          stream: connection.stream,
          runId: connection.runId,
          pollMs: options.recoveryPollMs,
        });
        break;
      }
      case 'chatkit': {
        controller = createChatKitController({
          ...common,
          api: createChatKitApi(base),
          serverThreadId: connection.serverThreadId,
          onThreadId,
          onClientEffect: (effect) => (latest as ChatKitConnection).onClientEffect?.(effect),
        });
        break;
      }
      case 'auto': {
        controller = createWatchController({ ...common, url: base.baseUrl, headers: base.headers, fetch: base.fetch, maxReconnects: options.maxReconnects });
        break;
      }
      default: {
        connection satisfies never;
        throw new Error(`Unknown dialect ${String((connection as { dialect: unknown }).dialect)}`);
      }
    }
    return { key, fetch: connection.fetch, controller, update: (next) => (latest = next) };
  }

  const resolveKey = (threadId: string) => aliases.get(threadId) ?? threadId;

  return {
    threadStore,
    getController(threadId, connection) {
      const storeKey = resolveKey(threadId);
      const key = entryKey(connection);
      const existing = controllers.get(storeKey);
      if (existing && existing.key === key && existing.fetch === connection.fetch) {
        existing.update(connection);
        return existing.controller;
      }
      existing?.controller.detach();
      const entry = createEntry(storeKey, key, connection);
      controllers.set(storeKey, entry);
      return entry.controller;
    },
    findController: (threadId) => controllers.get(resolveKey(threadId))?.controller,
    resolveKey,
    disconnectAll() {
      for (const { controller } of controllers.values()) controller.detach();
    },
  };
}
