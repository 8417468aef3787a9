import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect, inject, onTestFinished } from 'vitest';
import type { DialectName, ThreadSnapshot } from '@threadline/headless';
import { demoDialects } from '../src/components/demoDialects.ts';

const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
const execFileAsync = promisify(execFile);

/** Connects to the Chromium that `globalSetup.ts` started for the whole run. */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/** Options of {@link openDemo}. */
export interface OpenDemoOptions {
  /** Query and hash after the demo's origin, e.g. `?dialect=chatkit` or `#/replay`. */
  path?: string;
  viewport?: { width: number; height: number };
  /** Console errors the test expects (an aborted request logs one); any other fails the test. */
  allowConsoleErrors?: RegExp;
  /** Runs before the page loads, e.g. to route a request to a failure. */
  beforeLoad?: (page: Page) => Promise<unknown>;
}

/**
 * Opens the demo in a fresh browser context with reduced motion (no caret, no spinner). When the
 * test ends the context closes, after a screenshot named `failed-<test>` if the test failed; an
 * uncaught page error or an unexpected console error fails the test.
 */
export async function openDemo(browser: Browser, { path = '', viewport = { width: 1280, height: 900 }, allowConsoleErrors, beforeLoad }: OpenDemoOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !allowConsoleErrors?.test(message.text())) problems.push(`console error: ${message.text()}`);
  });
  onTestFinished(async ({ task }) => {
    if (task.result?.state === 'fail') await shoot(page, `failed-${task.name}`, { fullPage: true }).catch(() => undefined);
    await context.close();
    if (problems.length > 0) throw new Error(`The page reported:\n${problems.join('\n')}`);
  });
  await beforeLoad?.(page);
  await page.goto(new URL(path, inject('demoUrl')).href);
  return page;
}

/** Opens the playground on a dialect's tab and waits until its thread is ready for a message. */
export async function openPlayground(browser: Browser, dialect: DialectName, options: Omit<OpenDemoOptions, 'path'> = {}): Promise<Page> {
  const page = await openDemo(browser, { ...options, path: `?dialect=${dialect}` });
  await thread(page).and(page.locator(`[data-dialect="${dialect}"]`)).waitFor();
  return page;
}

/** The playground's visible dialect panel. */
export function panel(page: Page): Locator {
  return page.locator('.demo-panel:not([hidden])');
}

/** The visible thread (`data-state` is its status). */
export function thread(page: Page): Locator {
  return panel(page).locator('.tl-thread');
}

/** The visible thread's latest assistant message. */
export function lastAnswer(page: Page): Locator {
  return panel(page).locator('.tl-message[data-role="assistant"]').last();
}

/** The suggested question that plays a scenario, as `demoDialects.ts` lists it. */
export function suggestion(dialect: DialectName, scenario: string): string {
  const question = demoDialects.find((candidate) => candidate.name === dialect)?.questions.find((entry) => entry.scenario === scenario);
  if (!question) throw new Error(`The demo suggests no question for the ${dialect} scenario "${scenario}".`);
  return question.question;
}

/** Clicks the suggested question that plays a scenario. */
export async function pick(page: Page, dialect: DialectName, scenario: string): Promise<void> {
  await panel(page).getByRole('button', { name: suggestion(dialect, scenario), exact: true }).click();
}

/** Types a message into the composer and sends it with Enter. */
export async function ask(page: Page, text: string): Promise<void> {
  const input = panel(page).getByRole('textbox', { name: 'Message' });
  await input.fill(text);
  await input.press('Enter');
}

/** Waits until the thread reaches a status (`complete` by default). */
export async function settled(page: Page, status = 'complete', timeout = 30_000): Promise<void> {
  await panel(page).locator(`.tl-thread[data-state="${status}"]`).waitFor({ timeout });
}

// Lets the page grow to the whole thread instead of scrolling inside the viewport; the
// "Jump to latest" button would float over the middle of the grown page.
const unstick =
  '.demo, .demo-panel, .demo-thread { height: auto !important; overflow: visible !important; } .demo-viewport { overflow: visible !important; flex: none !important; } .demo-jump { display: none !important; }';

/** Saves `screenshots/<name>.png` (git-ignored) for a reviewer; `fullPage` grows the page to the whole thread. */
export async function shoot(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const style = fullPage ? await page.addStyleTag({ content: unstick }) : null;
  // The pointer rests in the corner, so no hover tooltip lands in the picture.
  await page.mouse.move(0, 0);
  // A tiny settle: the last frame's layout (a chart's size, a scroll) lands before the capture.
  await page.waitForTimeout(150);
  const file = `${name.replace(/[^\w.-]+/g, '-').slice(0, 120)}.png`;
  await page.screenshot({ path: `${screenshotDir}${file}`, fullPage, animations: 'disabled' });
  await style?.evaluate((element) => (element as ChildNode).remove());
}

/** The repository's root, where `node_modules/.bin/tsx` and the project's fixtures live. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A fresh directory under the system's temp directory, removed when the test ends. */
export function tempDir(): string {
  const directory = mkdtempSync(join(tmpdir(), 'threadline-e2e-'));
  onTestFinished(() => rmSync(directory, { recursive: true, force: true }));
  return directory;
}

/** What `pnpm replay <file>` prints for a transcript: its thread's snapshot. */
export async function replayFile(file: string): Promise<ThreadSnapshot> {
  const { stdout } = await execFileAsync(join(repoRoot, 'node_modules/.bin/tsx'), ['packages/headless/scripts/replay.ts', file], { cwd: repoRoot });
  return JSON.parse(stdout) as ThreadSnapshot;
}

/**
 * The value a `JsonViewer` tree shows, read back from the page: opens every closed node and
 * every "Show more" as a reader would, then reads keys and values off the tree.
 */
export async function readJsonTree(tree: Locator): Promise<unknown> {
  return tree.evaluate(async (root) => {
    for (let round = 0; round < 50; round += 1) {
      const closed = [...root.querySelectorAll<HTMLButtonElement>('.tl-json-node[data-state="closed"] > .tl-json-toggle, .tl-json-more')];
      if (closed.length === 0) break;
      for (const button of closed) button.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    const keyOf = (element: Element): string | null => {
      const key = element.matches('.tl-json-node') ? element.querySelector(':scope > .tl-json-toggle > .tl-json-key') : element.querySelector(':scope > .tl-json-key');
      return key?.textContent ?? null;
    };
    const valueOf = (element: Element): unknown => {
      if (element.matches('.tl-json-entry')) {
        const scalar = element.querySelector(':scope > .tl-json-value');
        const text = scalar?.textContent ?? '';
        switch (scalar?.getAttribute('data-type')) {
          case 'string':
            return JSON.parse(text) as string;
          case 'number':
            return Number(text);
          case 'boolean':
            return text === 'true';
          case 'array':
            return [];
          case 'object':
            return {};
          default:
            return null;
        }
      }
      const children = [...element.querySelectorAll(':scope > .tl-json-children > li > .tl-json-entry, :scope > .tl-json-children > li > .tl-json-node')];
      if (element.getAttribute('data-type') === 'array') return children.map(valueOf);
      return Object.fromEntries(children.map((child) => [keyOf(child), valueOf(child)]));
    };
    const top = root.querySelector(':scope > .tl-json-node, :scope > .tl-json-entry');
    return top ? valueOf(top) : undefined;
  });
}

/**
 * Asserts that an answer is the simulator's whole `long-answer` report (the same in every
 * dialect): its title, seventeen sector sections each with a table, then the conclusion.
 */
export async function expectWholeLongReport(answer: Locator): Promise<void> {
  // Out of sight, its group of blocks is not rendered (so has no inner text) until a frame after
  // it is scrolled to.
  const title = answer.getByRole('heading', { level: 1 });
  await title.scrollIntoViewIfNeeded();
  await expect.poll(() => title.innerText()).toBe('Global equities: a sector-by-sector review');
  expect(await answer.getByRole('heading', { level: 2 }).count()).toBe(18);
  expect(await answer.locator('table').count()).toBe(17);
  await answer.locator('p').last().scrollIntoViewIfNeeded();
  expect(await answer.locator('p').last().innerText()).toMatch(/valuations sit closest to their long-run averages\.$/);
}
