// `pnpm soak`: a million canonical events through the real path with no network (SSE bytes in
// random slices → createSseReader → the dialect's decoder → store.enqueue, flushed by hand every
// 100 events as a frame would), on six long-lived threads whose retained content is bounded: the
// heap after a full collection must not grow with the number of events.
// Run with `node --expose-gc`; `--events N` runs a shorter soak (checkpoints every N/10);
// `--keep-turns N` keeps more turns per thread (a huge N keeps them all, and the check must fail).
import { parseArgs } from 'node:util';
import { createThreadStore, toSnapshot } from '@threadline/headless';
import { checkHeapFlat } from './checkHeapFlat';
import type { HeapSample } from './checkHeapFlat';
import { createBoostedLane } from './createBoostedLane';
import { createChatKitLane } from './createChatKitLane';
import { createManualFrames } from './createManualFrames';
import type { SoakLane, SoakLaneOptions } from './SoakLane';

const { values } = parseArgs({ options: { events: { type: 'string', default: '1000000' }, 'keep-turns': { type: 'string', default: '4' } } });
const targetEvents = Number(values.events);
const keepTurns = Number(values['keep-turns']);
const checkpointEvents = targetEvents / 10;
const EVENTS_PER_FRAME = 100;
const MAX_SLICE = 4096;
// From the first checkpoint to the last, the heap may grow by the larger of these.
const limit = { ratio: 0.1, bytes: 5 * 2 ** 20 };

const gc = globalThis.gc;
if (typeof gc !== 'function') {
  console.error('pnpm soak: run with `node --expose-gc` (the script in package.json does).');
  process.exit(2);
}
if (!Number.isInteger(targetEvents) || targetEvents < 10 || !Number.isInteger(keepTurns) || keepTurns < 1) {
  console.error(`pnpm soak: --events takes an integer of at least 10 and --keep-turns one of at least 1.`);
  process.exit(2);
}

const frames = createManualFrames();
const store = createThreadStore({ scheduleFrame: frames.scheduleFrame, throttleMs: 0, eagerFirstAndLastWords: false });
let notifications = 0;
store.store.subscribe(() => {
  notifications += 1;
});
const warnings: string[] = [];
const onWarning = (message: string) => void warnings.push(message);
const laneOptions = (threadId: string, seed: number): SoakLaneOptions => ({ store, threadId, keepTurns: keepTurns, seed, maxSlice: MAX_SLICE, onWarning });
const lanes: SoakLane[] = [
  createBoostedLane(laneOptions('boosted-1', 1)),
  createBoostedLane(laneOptions('boosted-2', 2)),
  createBoostedLane(laneOptions('boosted-3', 3)),
  createChatKitLane(laneOptions('chatkit-1', 4)),
  createChatKitLane(laneOptions('chatkit-2', 5)),
  createChatKitLane(laneOptions('chatkit-3', 6)),
];

interface Checkpoint extends HeapSample {
  contentBytes: number;
  progressLines: number;
  eventsPerSecond: number;
}

// Everything the threads hold, measured as the snapshot JSON `pnpm replay` prints.
function measureContent(): { contentBytes: number; progressLines: number } {
  let contentBytes = 0;
  let progressLines = 0;
  for (const lane of lanes) {
    const thread = store.getThread(lane.threadId);
    if (!thread) continue;
    contentBytes += Buffer.byteLength(JSON.stringify(toSnapshot(thread)));
    progressLines += thread.progress.length;
  }
  return { contentBytes, progressLines };
}

function sample(events: number, eventsPerSecond: number): Checkpoint {
  frames.runFrame();
  gc?.();
  gc?.();
  return { events, heapBytes: process.memoryUsage().heapUsed, ...measureContent(), eventsPerSecond };
}

const before = sample(0, 0);
const checkpoints: Checkpoint[] = [];
let events = 0;
let sinceFrame = 0;
let nextCheckpoint = checkpointEvents;
let segmentEvents = 0;
let segmentStart = performance.now();
const startedAt = performance.now();

function step(lane: SoakLane): void {
  const added = lane.push();
  events += added;
  segmentEvents += added;
  sinceFrame += added;
  if (sinceFrame >= EVENTS_PER_FRAME) {
    frames.runFrame();
    sinceFrame = 0;
  }
}

function checkpoint(): void {
  const eventsPerSecond = segmentEvents / ((performance.now() - segmentStart) / 1000);
  checkpoints.push(sample(events, eventsPerSecond));
  segmentEvents = 0;
  segmentStart = performance.now();
}

while (events < targetEvents) {
  for (const lane of lanes) step(lane);
  if (events >= nextCheckpoint && nextCheckpoint < targetEvents) {
    checkpoint();
    nextCheckpoint += checkpointEvents;
  }
}
// Every turn in flight ends, so each thread's content can be checked against what was written.
while (lanes.some((lane) => !lane.idle)) for (const lane of lanes) if (!lane.idle) step(lane);
checkpoint();
const totalSeconds = (performance.now() - startedAt) / 1000;

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(2);
const signed = (bytes: number) => `${bytes < 0 ? '−' : '+'}${mb(Math.abs(bytes))}`;
const count = (value: number) => Math.round(value).toLocaleString('en-US');
console.log(`Before the first event: heap after GC ${mb(before.heapBytes)} MB.\n`);
console.log('| events | heap after GC (MB) | vs. before (MB) | content (KB) | growth / content | progress lines | events/s |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const point of checkpoints) {
  const cells = [
    count(point.events),
    mb(point.heapBytes),
    signed(point.heapBytes - before.heapBytes),
    (point.contentBytes / 1024).toFixed(0),
    `${((point.heapBytes - before.heapBytes) / point.contentBytes).toFixed(1)}×`,
    count(point.progressLines),
    count(point.eventsPerSecond),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}

const flatness = checkHeapFlat(checkpoints, limit);
const failures = lanes.map((lane) => [lane.threadId, lane.verify()] as const).filter(([, problem]) => problem !== null);
console.log(
  `\n${count(events)} events in ${totalSeconds.toFixed(1)} s (${count(events / totalSeconds)} events/s with the checkpoints), ` +
    `${count(notifications)} store notifications, ${warnings.length} decoder warnings.`,
);
console.log(
  `Heap from ${count(checkpoints[0]?.events ?? 0)} to ${count(events)} events: ${signed(flatness.growthBytes)} MB ` +
    `(allowed +${mb(flatness.allowedBytes)} MB: the larger of ${limit.ratio * 100}% and ${mb(limit.bytes)} MB); ` +
    `slope ${signed(flatness.slopeBytesPerMillion)} MB per million events: ${flatness.flat ? 'flat' : 'NOT FLAT'}.`,
);
console.log(failures.length === 0 ? `Every thread holds exactly its last ${keepTurns} turns, each answer's text as written.` : '');
for (const [threadId, problem] of failures) console.log(`${threadId}: ${problem}`);
for (const warning of warnings.slice(0, 5)) console.log(`warning: ${warning}`);
if (!flatness.flat || failures.length > 0 || warnings.length > 0) process.exit(1);
