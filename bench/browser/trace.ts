// `tsx --conditions=@threadline/source bench/browser/trace.ts [contender] [deltas] [burst] [--earlier] [--skip-build]`:
// one contender's paced stream in Chromium under the tracer, for finding the main-thread time
// that is not script (style, layout, paint, compositing, task and IPC overhead). Prints the
// window's busy, script, layout and style time, the main thread's tasks by kind (frames that
// paint, frames that only dispatch events, worker posts, timers...), then its self time per trace
// event and how often each ran; writes the trace to /tmp/prof/<contender>.trace.json (open it in
// Chrome's Performance panel).
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildPages } from './node/buildPages';
import { median } from './node/median';
import { openStreamPage } from './node/openStreamPage';
import { readMetrics } from './node/readMetrics';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { functionName?: string; type?: string } };
}

const contender = process.argv[2] ?? 'threadline';
const deltas = Number(process.argv[3] ?? 16752);
const burst = process.argv[4] && !process.argv[4].startsWith('--') ? Number(process.argv[4]) : undefined;
const earlier = process.argv.includes('--earlier');
if (!process.argv.includes('--skip-build')) await buildPages();
const { server, page, markers, close } = await openStreamPage({ contender, deltas, earlier, ...(burst ? { burst } : {}) });
try {
  const events: TraceEvent[] = [];
  page.on('Tracing.dataCollected', ({ value }) => events.push(...(value as TraceEvent[])));
  const complete = new Promise<void>((resolve) => page.on('Tracing.tracingComplete', () => resolve()));
  await page.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink,cc,toplevel', transferMode: 'ReportEvents' });
  server.clock.arm(markers.firstWord, markers.lastWord);
  const before = await readMetrics(page);
  await page.evaluate('window.__bench.start(), true');
  await page.evaluate('window.__bench.done.then(() => true)');
  const after = await readMetrics(page);
  await page.send('Tracing.end');
  await complete;

  const ms = (name: string) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000).toFixed(0);
  console.log('busy', ms('TaskDuration'), 'script', ms('ScriptDuration'), 'layout', ms('LayoutDuration'), 'style', ms('RecalcStyleDuration'));
  mkdirSync('/tmp/prof', { recursive: true });
  writeFileSync(`/tmp/prof/${contender}.trace.json`, JSON.stringify(events));
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (!main) throw new Error('The trace has no renderer main thread.');
  const thread = events.filter((event) => event.pid === main.pid && event.tid === main.tid);
  printTaskKinds(thread);
  printSelfTimes(thread);
} finally {
  await close();
}

// Each top-level task of the main thread by what it ran: a frame that painted, a frame with
// nothing to paint (one that only dispatches the `scroll` a pin caused, say), a worker's post, a
// timer, another script or event, or only Chromium's own work (garbage collection, compositor
// acknowledgements).
function printTaskKinds(thread: TraceEvent[]): void {
  const kinds = new Map<string, number[]>();
  let task: TraceEvent | undefined;
  let kind = '';
  let frame: 'painted' | 'unpainted' | undefined;
  const count = () => {
    if (!task) return;
    const name = frame === 'painted' ? 'frame that paints' : frame === 'unpainted' ? 'frame without paint' : kind || 'Chromium only';
    const times = kinds.get(name) ?? [];
    times.push((task.tdur ?? 0) / 1000);
    kinds.set(name, times);
  };
  for (const event of completeEvents(thread)) {
    if (!task || event.ts >= task.ts + (task.dur ?? 0)) {
      count();
      task = event;
      kind = '';
      frame = undefined;
      continue;
    }
    if (event.name === 'ProxyMain::BeginMainFrame') frame ??= 'unpainted';
    else if (event.name === 'Paint' && frame) frame = 'painted';
    else if (!kind && event.name === 'HandlePostMessage') kind = 'worker post';
    else if (!kind && event.name === 'TimerFire') kind = 'timer';
    else if (!kind && event.name === 'FunctionCall') kind = `script: ${event.args?.data?.functionName || '(anonymous)'}`;
    else if (!kind && event.name === 'EventDispatch') kind = `event: ${event.args?.data?.type ?? '?'}`;
  }
  count();
  const rows = [...kinds].map(([name, times]) => ({ name, count: times.length, sum: times.reduce((total, time) => total + time, 0), median: median(times) ?? 0 }));
  console.log('main thread tasks by kind: count, sum (ms), median (ms):');
  for (const row of rows.sort((a, b) => b.sum - a.sum).slice(0, 12)) {
    console.log(`${String(row.count).padStart(6)}  ${row.sum.toFixed(1).padStart(8)}  ${row.median.toFixed(2).padStart(6)}  ${row.name}`);
  }
}

// The thread's complete events with both clocks, in order, each before the events nested in it.
function completeEvents(thread: TraceEvent[]): TraceEvent[] {
  const complete = thread.filter((event) => event.ph === 'X' && typeof event.tdur === 'number' && typeof event.dur === 'number');
  return complete.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

// Self time: an event's thread time less that of the events nested in it.
function printSelfTimes(thread: TraceEvent[]): void {
  const complete = completeEvents(thread);
  const self = new Map<string, number>();
  const counts = new Map<string, number>();
  const open: TraceEvent[] = [];
  for (const event of complete) {
    while (open.length > 0 && open.at(-1)!.ts + (open.at(-1)!.dur ?? 0) <= event.ts) open.pop();
    const parent = open.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - (event.tdur ?? 0));
    self.set(event.name, (self.get(event.name) ?? 0) + (event.tdur ?? 0));
    counts.set(event.name, (counts.get(event.name) ?? 0) + 1);
    open.push(event);
  }
  console.log('main thread self time (ms), and how many times each ran:');
  for (const [name, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${(micros / 1000).toFixed(1).padStart(9)}  ${String(counts.get(name)).padStart(6)}  ${name}`);
  }
}
