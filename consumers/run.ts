// The consumer test (`pnpm test:consumers`, part of `npm test`): Threadline as an app outside
// this workspace gets it. Builds the packages, packs them as `pnpm publish` would, lints the
// tarballs, installs them with npm into fresh copies of vite-app/ (React 18.3) and next-app/
// (Next.js app router, React 19) under the system's temp directory, typechecks both against the
// published types, builds them, and drives them in Chromium against the packed simulator's CLI:
// every dialect streams an answer in the built Vite app (its streams read in the Web Worker,
// its theme applied), once in the Vite dev server, and the Next app renders a thread on the
// server, hydrates it without a mismatch and streams the next answer.
//
// `--skip-build` packs what dist/ holds; `--keep` leaves the apps in place for a look, and
// `--reuse-apps` then skips the install (the apps keep the tarballs they were installed with).

import { rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { askAndSeeStream } from './lib/askAndSeeStream';
import { openApp } from './lib/openApp';
import type { AppPage } from './lib/openApp';
import { freePort } from './lib/freePort';
import { lintTarballs } from './lib/lintTarballs';
import { packPackages } from './lib/packPackages';
import type { Tarball } from './lib/packPackages';
import { prepareApp } from './lib/prepareApp';
import { runCommand } from './lib/runCommand';
import { serveStatic } from './lib/serveStatic';
import { startServer } from './lib/startServer';
import type { StartedServer } from './lib/startServer';

const root = fileURLToPath(new URL('../', import.meta.url));
const work = path.join(tmpdir(), 'threadline-consumers');
const viteApp = path.join(work, 'vite-app');
const nextApp = path.join(work, 'next-app');
const flags = new Set(process.argv.slice(2));

/** One question per dialect, whose scenario (the simulator's `plain`) ends with `expected`. */
const dialects = [
  { name: 'boosted', question: 'Hello', expected: 'Services again expected to outpace hardware' },
  { name: 'assistants', question: 'Hello', expected: 'Would you like tips tailored to shift work or travel?' },
  { name: 'teammate', question: 'Hello', expected: 'Want me to file it in Linear?' },
  { name: 'chatkit', question: 'Hello', expected: 'a Roth is often the better fit' },
] as const;

const results: Array<{ name: string; ok: boolean; ms: number }> = [];
const cleanups: Array<() => Promise<unknown>> = [];

async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  console.log(`▶ ${name}`);
  try {
    const value = await run();
    const ms = performance.now() - started;
    results.push({ name, ok: true, ms });
    console.log(`✓ ${name} (${(ms / 1000).toFixed(1)} s)`);
    return value;
  } catch (error) {
    results.push({ name, ok: false, ms: performance.now() - started });
    console.log(`✗ ${name}\n${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}

/** A check in the browser: fails the run but lets the other checks go on. */
async function check(name: string, run: () => Promise<void>): Promise<void> {
  await step(name, run).catch(() => undefined);
}

function expectClean(app: AppPage): void {
  if (app.problems.length > 0) throw new Error(`The page reported:\n${app.problems.join('\n')}`);
}

async function expectStreamsInWorker(app: AppPage): Promise<void> {
  if (app.streams() === 0) throw new Error('No event stream was requested.');
  const onPage = await app.streamsOnPage();
  if (onPage > 0) throw new Error(`${onPage} of ${app.streams()} event streams were read on the page, not in the worker.`);
}

async function driveDialect(browser: Browser, origin: string, dialect: (typeof dialects)[number]): Promise<void> {
  const app = await openApp(browser, `${origin}/?dialect=${dialect.name}`);
  try {
    if (dialect.name === 'boosted') await app.page.getByRole('button', { name: 'Start a thread' }).click();
    await askAndSeeStream(app.page, dialect);
    await expectStreamsInWorker(app);
    const accent = await app.page.locator('.tl-composer-send').evaluate((button) => getComputedStyle(button).backgroundColor);
    if (accent !== 'rgb(15, 118, 110)') throw new Error(`The send button is ${accent}: the app's --tl-accent did not apply.`);
    expectClean(app);
  } finally {
    await app.close();
  }
}

/** Starts the built Next app and checks its server rendering, hydration and streaming. */
async function checkNextApp(browser: Browser, bundler: string): Promise<void> {
  const port = await freePort();
  const server = await step(`next-app (${bundler}): start (next start)`, () =>
    startServer('npm', ['run', 'start', '--', '--port', String(port), '--hostname', '127.0.0.1'], { cwd: nextApp, ready: /Ready in/ }),
  );
  const url = `http://127.0.0.1:${port}/`;
  try {
    await check(`next-app (${bundler}): the server renders the saved thread into the HTML`, async () => {
      const html = await (await fetch(url)).text();
      if (!html.includes('class="tl-thread" data-state="idle"')) throw new Error('The HTML has no thread.');
      if (!html.includes('<strong>Roth IRA</strong>')) throw new Error('The HTML lacks the saved message.');
    });
    await check(`next-app (${bundler}): hydrates with no mismatch and streams the next answer, read in the worker`, async () => {
      const app = await openApp(browser, url);
      try {
        // React sets its fiber on an element it hydrated: typing before that would be lost.
        await app.page.waitForFunction(`Object.keys(document.querySelector('.tl-composer-input') ?? {}).some((key) => key.startsWith('__reactFiber$'))`);
        await askAndSeeStream(app.page, dialects[3]);
        await expectStreamsInWorker(app);
        const saved = await app.page.locator('.tl-message[data-role="assistant"]').first().innerText();
        if (!saved.includes('Roth IRA')) throw new Error(`The saved message is gone: ${saved}`);
        expectClean(app);
      } finally {
        await app.close();
      }
    });
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  await mkdir(work, { recursive: true });
  if (!flags.has('--skip-build')) await step('build the packages', () => runCommand(path.join(root, 'node_modules/.bin/tsx'), ['scripts/build/build.ts'], { cwd: root }));
  const tarballDirectory = path.join(work, 'tarballs');
  rmSync(tarballDirectory, { recursive: true, force: true });
  const tarballs: Tarball[] = await step('pack the packages', () => packPackages(root, tarballDirectory));
  await step('lint the tarballs (publint, Are The Types Wrong)', () => lintTarballs(root, tarballs));
  if (!flags.has('--reuse-apps')) {
    await step('install the tarballs into fresh apps (npm)', () =>
      Promise.all([
        prepareApp({ template: path.join(root, 'consumers/vite-app'), directory: viteApp, tarballs }),
        prepareApp({ template: path.join(root, 'consumers/next-app'), directory: nextApp, tarballs }),
      ]),
    );
  }

  const simulator: StartedServer = await step('start the simulator from its tarball (threadline-simulator)', () =>
    startServer(path.join(viteApp, 'node_modules/.bin/threadline-simulator'), ['--port', '0', '--delay', '10'], { cwd: viteApp, ready: /listening on (http:\/\/\S+)/ }),
  );
  cleanups.push(simulator.stop);
  const simulatorUrl = simulator.match[1]!;
  writeFileSync(path.join(viteApp, '.env.local'), `VITE_THREADLINE_URL=${simulatorUrl}\n`);
  writeFileSync(path.join(nextApp, '.env.local'), `NEXT_PUBLIC_THREADLINE_URL=${simulatorUrl}\n`);

  await step('vite-app: typecheck against the published types (tsc)', () => runCommand('npm', ['run', 'typecheck'], { cwd: viteApp }));
  await step('vite-app: build (vite build)', () => runCommand('npm', ['run', 'build'], { cwd: viteApp }));
  await step('next-app: build with Turbopack (next build)', () => runCommand('npm', ['run', 'build'], { cwd: nextApp }));
  await step('next-app: typecheck against the published types (tsc)', () => runCommand('npm', ['run', 'typecheck'], { cwd: nextApp }));

  const browser = await step('start Chromium', () =>
    chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    }),
  );
  cleanups.push(() => browser.close());

  const built = await serveStatic(path.join(viteApp, 'dist'));
  cleanups.push(built.close);
  for (const dialect of dialects) {
    await check(`vite-app (built): ${dialect.name} streams an answer, read in the worker, themed`, () => driveDialect(browser, built.url, dialect));
  }

  await check('vite-app (built): Boosted artifacts render on React 18: a table, the lazily loaded recharts chart, citations', async () => {
    const app = await openApp(browser, `${built.url}/?dialect=boosted`);
    try {
      await app.page.getByRole('button', { name: 'Start a thread' }).click();
      await askAndSeeStream(app.page, { question: "How has NVIDIA's data-center revenue trended?", expected: 'supply constraints should ease in the second half.' });
      const answer = app.page.locator('.tl-message[data-role="assistant"]').last();
      await answer.locator('.tl-artifact[data-state="ready"][data-kind="table"] tbody tr').first().waitFor();
      await answer.locator('.tl-artifact[data-state="ready"][data-kind="chart"] .recharts-line').first().waitFor();
      const chips = await answer.locator('.tl-citation-chip-number').count();
      if (chips !== 6) throw new Error(`${chips} citation chips, not 6.`);
      expectClean(app);
    } finally {
      await app.close();
    }
  });

  const devPort = await freePort();
  const dev = await step('vite-app: start the dev server (vite)', () =>
    startServer(path.join(viteApp, 'node_modules/.bin/vite'), ['--port', String(devPort), '--strictPort', '--host', '127.0.0.1'], { cwd: viteApp, ready: /Local:\s+(http:\/\/\S+?)\/?\s/ }),
  );
  cleanups.push(dev.stop);
  // Vite pre-bundles the packages in the dev server (optimizeDeps); the worker must still load.
  await check('vite-app (dev server): chatkit streams an answer, read in the worker', () => driveDialect(browser, `http://127.0.0.1:${devPort}`, dialects[3]));
  await dev.stop();

  // Next.js 16 builds with Turbopack by default; webpack is still an option apps choose.
  await checkNextApp(browser, 'turbopack');
  await step('next-app: build with webpack (next build --webpack)', () => runCommand('npm', ['run', 'build', '--', '--webpack'], { cwd: nextApp }));
  await checkNextApp(browser, 'webpack');
}

const started = performance.now();
let crashed = false;
try {
  await main();
} catch {
  crashed = true;
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  if (!flags.has('--keep') && !crashed) rmSync(work, { recursive: true, force: true });
}
const failed = results.filter((result) => !result.ok).length;
console.log(`\nConsumer test: ${((performance.now() - started) / 1000).toFixed(0)} s${crashed ? ' (stopped at the first failed step)' : ''}`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 || crashed ? 1 : 0);
