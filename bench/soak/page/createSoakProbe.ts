import { messageText } from '@threadline/headless';
import type { BoostedApi, SseMessage, ThreadEvent, ThreadlineClient, ThreadState } from '@threadline/headless';
import { hashText } from './hashText';
import type { SoakPageApi, SoakPageReport, SoakThreadReport } from './SoakPageApi';

/** Inputs of {@link createSoakProbe}. */
export interface SoakProbeOptions {
  client: ThreadlineClient;
  api: BoostedApi;
  threadIds: readonly string[];
}

/** Counts what each thread of the soak page receives, and installs `window.__soak`. */
export interface SoakProbe {
  /** Pass as each thread's `onFrame`, with its id. */
  onFrame(threadId: string, frame: SseMessage, events: readonly ThreadEvent[]): void;
  /** Records how a thread sends its question. */
  register(threadId: string, send: (text: string) => Promise<void>): void;
  install(): void;
}

interface Tally {
  chunkFrames: number;
  streamed: string;
  replacedAtEnd: boolean;
  firstChunkAt: number | null;
  lastChunkAt: number | null;
  completeAt: number | null;
}

const question = 'Write a huge 20,000-token report';

function latestAnswer(thread: ThreadState | undefined): string {
  const items = thread?.items ?? [];
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index];
    if (item?.kind === 'message' && item.role === 'assistant') return messageText(item);
  }
  return '';
}

/** The soak page's instrument: every thread's frames and events, its run's end, and the server's answer to compare. */
export function createSoakProbe({ client, api, threadIds }: SoakProbeOptions): SoakProbe {
  const store = client.threadStore.store;
  const tallies = new Map<string, Tally>(threadIds.map((id) => [id, { chunkFrames: 0, streamed: '', replacedAtEnd: false, firstChunkAt: null, lastChunkAt: null, completeAt: null }]));
  const senders = new Map<string, (text: string) => Promise<void>>();
  let startedAt: number | null = null;
  let longTasks = 0;
  let longestTaskMs = 0;
  let markReady: () => void = () => {};
  let markDone: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const done = new Promise<void>((resolve) => (markDone = resolve));

  function watch(): void {
    const { threads, connections } = store.getState();
    if (threadIds.every((id) => connections[id] === 'open')) markReady();
    if (startedAt === null) return;
    const now = performance.now();
    for (const [id, tally] of tallies) if (tally.completeAt === null && threads[id]?.status === 'complete') tally.completeAt = now;
    if ([...tallies.values()].every((tally) => tally.completeAt !== null)) markDone();
  }

  async function reportThread(threadId: string, tally: Tally, start: number): Promise<SoakThreadReport> {
    const thread = store.getState().threads[threadId];
    const stored = latestAnswer(thread);
    const server = (await api.getLatestMessage(threadId))?.text ?? '';
    const since = (at: number | null) => (at === null ? null : at - start);
    return {
      threadId,
      status: thread?.status ?? 'missing',
      chunkFrames: tally.chunkFrames,
      streamedLength: tally.streamed.length,
      storedLength: stored.length,
      serverLength: server.length,
      storedMatchesServer: stored === server,
      streamedMatchesServer: tally.streamed === server,
      serverHash: hashText(server),
      replacedAtEnd: tally.replacedAtEnd,
      firstChunkMs: since(tally.firstChunkAt),
      lastChunkMs: since(tally.lastChunkAt),
      completeMs: since(tally.completeAt),
    };
  }

  const soak: SoakPageApi = {
    ready,
    done,
    start() {
      startedAt = performance.now();
      for (const id of threadIds) void senders.get(id)?.(question);
    },
    census() {
      const { threads, connections } = store.getState();
      const counts: Record<string, number> = {};
      for (const id of threadIds) {
        for (const key of [`connection ${connections[id] ?? 'none'}`, `run ${threads[id]?.status ?? 'none'}`]) counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    },
    async report(): Promise<SoakPageReport> {
      const start = startedAt ?? 0;
      const threads = await Promise.all(threadIds.map((id) => reportThread(id, tallies.get(id) as Tally, start)));
      const finished = Math.max(...threads.map((thread) => thread.completeMs ?? Number.NaN));
      const protocols = new Set(performance.getEntriesByType('resource').map((entry) => (entry as PerformanceResourceTiming).nextHopProtocol));
      return { threads, durationMs: finished, protocols: [...protocols].filter(Boolean), longTasks, longestTaskMs };
    },
  };

  return {
    onFrame(threadId, frame, events) {
      const tally = tallies.get(threadId);
      if (!tally) return;
      if (frame.data.includes('"message_chunk"')) {
        tally.chunkFrames += 1;
        const now = performance.now();
        tally.firstChunkAt ??= now;
        tally.lastChunkAt = now;
      }
      for (const event of events) {
        if (event.type === 'text-delta') tally.streamed += event.delta;
        else if (event.type === 'message-end' && event.parts !== undefined) tally.replacedAtEnd = true;
      }
    },
    register(threadId, send) {
      senders.set(threadId, send);
    },
    install() {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (startedAt === null || entry.startTime < startedAt) continue;
          longTasks += 1;
          longestTaskMs = Math.max(longestTaskMs, entry.duration);
        }
      }).observe({ type: 'longtask', buffered: true });
      store.subscribe(watch);
      watch();
      window.__soak = soak;
    },
  };
}
