import { existsSync } from 'node:fs';
import { bench, describe } from 'vitest';
import type * as Headless from '@threadline/headless';
import type { DialectName, SseMessage, ThreadEvent, ThreadState } from '@threadline/headless';
import { createRounds } from './createRounds';
import type { Rounds, Variant } from './createRounds';
import { buildWireStream } from './streams/buildWireStream';
import { dialectFrames } from './streams/dialectFrames';

// The issue's target: decoding and reducing a stream costs at most twice `JSON.parse` of the
// same frames, and the cost per event stays flat from 1,000 to 100,000 events. An event here is
// one SSE message. The store reduces what arrived during an animation frame as one batch; here
// every 16 messages' events are one batch (a stream this fast fills a frame with far more).
// Each group times its variants in interleaved rounds and takes ratios round by round; the
// table printed last has them all.

const sizes = [1_000, 10_000, 100_000];
const MESSAGES_PER_BATCH = 16;
// A round works through at least this many events (a short stream is decoded several times,
// each time with a fresh decoder and state), so every size gets comparable rounds.
const MIN_EVENTS_PER_ROUND = 10_000;
// DECODE_REDUCE_DETAIL=1 also times a batch per message (the worst case) and decoding alone;
// the reducer's share is the difference. Timing the reducer alone, on events decoded
// beforehand, would keep them all alive, and V8 would then allocate the decoders' events
// straight into the old generation for the rest of the run.
const detail = process.env.DECODE_REDUCE_DETAIL === '1';

const PARSE = 'JSON.parse';
const DECODE_REDUCE = 'decode + reduce';
const PER_MESSAGE = 'decode + reduce, a batch per message';
const TRANSPORT = 'bytes → SSE → decode + reduce';
const DECODE_ONLY = 'decode only';

// Timed on the built package (`pnpm build`), loaded natively by Node as an app's server or bundle
// runs it. The sources run through Vitest's module runner, which turns every call into another
// module into a getter: one-concept-per-file code paid 10 to 25% more there than built.
// DECODE_REDUCE_SOURCE=1 times the sources instead.
const fromSource = process.env.DECODE_REDUCE_SOURCE === '1';
const builtEntry = new URL('../packages/headless/dist/index.js', import.meta.url);
if (!fromSource && !existsSync(builtEntry)) throw new Error('bench/decodeReduce.bench.ts times the built package: run `pnpm build` first (or set DECODE_REDUCE_SOURCE=1).');
const { createDecoder, createSseReader, createThreadState, reduceThreadEvents, supportedDialects } = (await (fromSource
  ? import('@threadline/headless')
  : import(/* @vite-ignore */ builtEntry.href))) as typeof Headless;

const ignore = () => {};
let sink: unknown;

/** Reduces decoded events as the store does: everything enqueued since the last batch, at once. */
function createBatcher(messagesPerBatch: number) {
  let state = createThreadState();
  let pending: ThreadEvent[] = [];
  let messages = 0;
  const flush = () => {
    if (pending.length > 0) state = reduceThreadEvents(state, pending);
    pending = [];
    messages = 0;
  };
  return {
    add(events: readonly ThreadEvent[]) {
      if (events.length > 0) pending.push(...events);
      messages += 1;
      if (messages === messagesPerBatch) flush();
    },
    end(): ThreadState {
      flush();
      return state;
    },
  };
}

function decodeAndReduce(dialect: DialectName, messages: readonly SseMessage[], messagesPerBatch: number): ThreadState {
  const decoder = createDecoder(dialect, { onWarning: ignore });
  const batcher = createBatcher(messagesPerBatch);
  for (const message of messages) batcher.add(decoder.decode(message));
  batcher.add(decoder.finish());
  return batcher.end();
}

function readDecodeAndReduce(dialect: DialectName, chunks: readonly Uint8Array[]): ThreadState {
  const decoder = createDecoder(dialect, { onWarning: ignore });
  const batcher = createBatcher(MESSAGES_PER_BATCH);
  const reader = createSseReader({ onMessage: (message) => batcher.add(decoder.decode(message)) });
  for (const chunk of chunks) reader.push(chunk);
  reader.end();
  batcher.add(decoder.finish());
  return batcher.end();
}

function variantsOf(dialect: DialectName, size: number): Variant[] {
  const stream = buildWireStream(dialectFrames[dialect](size));
  const data = stream.messages.map((message) => message.data);
  const repeats = Math.max(1, Math.round(MIN_EVENTS_PER_ROUND / size));
  const variant = (name: string, work: () => unknown): Variant => ({
    name,
    run() {
      for (let round = 0; round < repeats; round += 1) sink = work();
    },
  });
  const variants = [
    variant(PARSE, () => {
      let value: unknown;
      for (const each of data) value = JSON.parse(each);
      return value;
    }),
    variant(DECODE_REDUCE, () => decodeAndReduce(dialect, stream.messages, MESSAGES_PER_BATCH)),
    variant(TRANSPORT, () => readDecodeAndReduce(dialect, stream.chunks)),
  ];
  if (!detail) return variants;
  return [
    ...variants,
    variant(PER_MESSAGE, () => decodeAndReduce(dialect, stream.messages, 1)),
    variant(DECODE_ONLY, () => {
      const decoder = createDecoder(dialect, { onWarning: ignore });
      for (const message of stream.messages) sink = decoder.decode(message);
      return decoder.finish();
    }),
  ];
}

// -- the table --

interface Group {
  dialect: DialectName;
  size: number;
  rounds: Rounds;
}

const groups: Group[] = [];

const labels: Record<string, string> = {
  [DECODE_REDUCE]: 'decode+reduce',
  [PER_MESSAGE]: 'batch per message',
  [TRANSPORT]: 'bytes→SSE→decode+reduce',
  [DECODE_ONLY]: 'decode only',
};

function printTable(): void {
  const timed = detail ? [DECODE_REDUCE, TRANSPORT, PER_MESSAGE, DECODE_ONLY] : [DECODE_REDUCE, TRANSPORT];
  const header = ['dialect', 'events', PARSE, ...timed.flatMap((name) => (name === DECODE_REDUCE ? [labels[name] ?? name, '×parse', 'vs 1k'] : [labels[name] ?? name, '×parse']))];
  if (detail) header.push('reduce (difference)', '×parse');
  const rows = groups.map(({ dialect, size, rounds }) => {
    const first = groups.find((group) => group.dialect === dialect);
    const cells = [dialect, size.toLocaleString('en'), `${rounds.nsPerEvent(PARSE).toFixed(0)} ns`];
    for (const name of timed) {
      const ratio = rounds.ratio(name, PARSE);
      cells.push(`${rounds.nsPerEvent(name).toFixed(0)} ns`, `${ratio.toFixed(2)}×`);
      if (name === DECODE_REDUCE) cells.push(`${(ratio / (first?.rounds.ratio(name, PARSE) ?? Number.NaN)).toFixed(2)}×`);
    }
    if (detail) {
      const reduce = rounds.nsPerEvent(DECODE_REDUCE) - rounds.nsPerEvent(DECODE_ONLY);
      cells.push(`${reduce.toFixed(0)} ns`, `${(rounds.ratio(DECODE_REDUCE, PARSE) - rounds.ratio(DECODE_ONLY, PARSE)).toFixed(2)}×`);
    }
    return cells;
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const format = (cells: string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  const notes = [
    `Median ns per SSE message, ${fromSource ? 'the sources through Vitest' : 'the built package'}. Events are reduced ${MESSAGES_PER_BATCH} messages at a time${detail ? `, except in "${labels[PER_MESSAGE]}"` : ''}.`,
    `×parse: median over rounds of the time over ${PARSE}'s in the same round (target: at most 2×).`,
    `vs 1k: ×parse at this size over ×parse at 1,000 events (target: flat, about 1×).`,
  ];
  console.log(['', ...notes, format(header), ...rows.map(format), ''].join('\n'));
}

// -- the benchmarks --

const last = { dialect: supportedDialects.at(-1), size: sizes.at(-1) };

for (const dialect of supportedDialects) {
  for (const size of sizes) {
    const variants = variantsOf(dialect, size);
    const rounds = createRounds(variants, Math.max(size, MIN_EVENTS_PER_ROUND));
    groups.push({ dialect, size, rounds });
    const isLast = dialect === last.dialect && size === last.size;
    describe(`decode + reduce: ${dialect}, ${size.toLocaleString('en')} events`, () => {
      bench(`a round of ${variants.length} variants, interleaved`, () => rounds.run(), {
        time: 1000,
        iterations: 5,
        warmupTime: 0,
        warmupIterations: 1,
        // tinybench's hooks: drop the warm-up round; after the last group, print the table.
        setup: (_task: unknown, mode: string) => {
          if (mode === 'run') rounds.reset();
        },
        teardown: (_task: unknown, mode: string) => {
          if (mode === 'run' && isLast) printTable();
        },
      });
    });
  }
}

// Keeps `sink` observable, so no engine can drop the work whose result it holds.
export { sink };
