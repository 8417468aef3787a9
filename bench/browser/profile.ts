// `tsx --conditions=@threadline/source bench/browser/profile.ts [contender] [deltas] [burst] [--earlier] [--skip-build]`:
// one contender's paced stream in Chromium under the CDP sampling profiler, for finding where a
// frame's time goes. Prints the window's busy, script, layout and style time and the commits, and
// writes the profile to /tmp/prof/<contender>.cpuprofile (open it in Chrome's DevTools). Build
// with BENCH_MINIFY=0 to keep function names.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildPages } from './node/buildPages';
import { openStreamPage } from './node/openStreamPage';
import { readMetrics } from './node/readMetrics';

const contender = process.argv[2] ?? 'threadline';
const deltas = Number(process.argv[3] ?? 16752);
const burst = process.argv[4] && !process.argv[4].startsWith('--') ? Number(process.argv[4]) : undefined;
const earlier = process.argv.includes('--earlier');
if (!process.argv.includes('--skip-build')) await buildPages();
const { server, page, markers, close } = await openStreamPage({ contender, deltas, earlier, ...(burst ? { burst } : {}) });
try {
  await page.send('Profiler.enable');
  await page.send('Profiler.setSamplingInterval', { interval: 200 });
  server.clock.arm(markers.firstWord, markers.lastWord);
  const m0 = await readMetrics(page);
  await page.send('Profiler.start');
  await page.evaluate('window.__bench.start(), true');
  await page.evaluate('window.__bench.done.then(() => true)');
  const { profile } = await page.send<{ profile: unknown }>('Profiler.stop');
  const m1 = await readMetrics(page);
  const d = (k: string) => (((m1[k] ?? 0) - (m0[k] ?? 0)) * 1000).toFixed(0);
  console.log('busy', d('TaskDuration'), 'script', d('ScriptDuration'), 'layout', d('LayoutDuration'), 'style', d('RecalcStyleDuration'));
  console.log('commits', await page.evaluate<number>('window.__bench.report().commits'));
  mkdirSync('/tmp/prof', { recursive: true });
  writeFileSync(`/tmp/prof/${contender}.cpuprofile`, JSON.stringify(profile));
} finally {
  await close();
}
