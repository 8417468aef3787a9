import { createBoostedApi } from '../api/createBoostedApi';
import type { BoostedApiOptions } from '../api/createBoostedApi';
import { createThreadStore } from './createThreadStore';
import type { ThreadStore, ThreadStoreOptions } from './createThreadStore';
import { createThreadStreamController } from './createThreadStreamController';
import type { QueryRunner, ThreadStreamController } from './createThreadStreamController';

/** Options for {@link createThreadlineClient}. */
export interface ThreadlineClientOptions extends ThreadStoreOptions {
  /** Reconnect attempts per stream before it is marked failed (default 5). */
  maxReconnects?: number;
  /** First reconnect delay in ms, doubled per attempt (default 250). */
  reconnectDelayMs?: number;
  /** After an early close, how often to ask the server whether the task ended (default 1000). */
  recoveryPollMs?: number;
}

/** Where a thread's stream comes from. */
export interface ThreadConnectionOptions extends BoostedApiOptions {
  dialect: 'boosted';
  /** Runs REST reads made while recovering (the hooks pass react-query's `fetchQuery`). */
  fetchQuery?: QueryRunner;
}

/** The store of every thread plus one stream controller per thread. Create one per app (or per test). */
export interface ThreadlineClient {
  readonly threadStore: ThreadStore;
  /** The thread's controller, created on first use and replaced if the endpoint changes. */
  getController(threadId: string, connection: ThreadConnectionOptions): ThreadStreamController;
  /** The thread's controller if one exists. */
  findController(threadId: string): ThreadStreamController | undefined;
  /** Closes every stream (the servers' tasks keep running). */
  disconnectAll(): void;
}

interface Entry {
  key: string;
  fetch: typeof fetch | undefined;
  controller: ThreadStreamController;
  update(connection: ThreadConnectionOptions): void;
}

/** Creates a Threadline client: a thread store and a registry of stream controllers. */
export function createThreadlineClient(options: ThreadlineClientOptions = {}): ThreadlineClient {
  const threadStore = createThreadStore(options);
  const controllers = new Map<string, Entry>();

  function createEntry(threadId: string, key: string, connection: ThreadConnectionOptions): Entry {
    // The latest caller's headers and query runner win: the first one may have unmounted.
    let latest = connection;
    const controller = createThreadStreamController({
      threadStore,
      threadId,
      api: createBoostedApi({
        baseUrl: connection.baseUrl,
        fetch: connection.fetch,
        headers: async () => (typeof latest.headers === 'function' ? await latest.headers() : latest.headers) ?? {},
      }),
      fetchQuery: (queryKey, read) => (latest.fetchQuery ? latest.fetchQuery(queryKey, read) : read()),
      maxReconnects: options.maxReconnects,
      reconnectDelayMs: options.reconnectDelayMs,
      recoveryPollMs: options.recoveryPollMs,
    });
    return { key, fetch: connection.fetch, controller, update: (next) => (latest = next) };
  }

  return {
    threadStore,
    getController(threadId, connection) {
      const key = `${connection.dialect} ${connection.baseUrl}`;
      const existing = controllers.get(threadId);
      if (existing && existing.key === key && existing.fetch === connection.fetch) {
        existing.update(connection);
        return existing.controller;
      }
      existing?.controller.disconnect();
      const entry = createEntry(threadId, key, connection);
      controllers.set(threadId, entry);
      return entry.controller;
    },
    findController: (threadId) => controllers.get(threadId)?.controller,
    disconnectAll() {
      for (const { controller } of controllers.values()) controller.disconnect();
    },
  };
}
