// Drives the running demo (`pnpm dev`) with headless Chromium and saves screenshots to
// /work/main/screenshots. Usage: tsx apps/demo/scripts/screenshot.ts [demo URL]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { outDir, shoot, unstick } from './shootDemo';

const demoUrl = process.argv[2] ?? process.env.DEMO_URL ?? 'http://127.0.0.1:5173/';
const defaultQuestion = 'Show NVIDIA data-center revenue with sources';
const problems: string[] = [];

async function openDemo(browser: Browser, viewport: { width: number; height: number }, reducedMotion: 'reduce' | 'no-preference'): Promise<Page> {
  const page = await browser.newPage({ viewport, reducedMotion });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`[${viewport.width}px console.${message.type()}] ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`[${viewport.width}px pageerror] ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`[${viewport.width}px HTTP ${response.status()}] ${response.url()}`);
  });
  await page.goto(demoUrl);
  await page.locator('.demo-status-item[data-state="open"]').waitFor({ timeout: 15_000 });
  return page;
}

async function ask(page: Page, question: string): Promise<void> {
  const input = page.getByRole('textbox', { name: 'Message' });
  await input.click();
  await input.pressSequentially(question, { delay: 5 });
  await input.press('Enter');
}

async function waitForFullAnswer(page: Page): Promise<void> {
  await page.locator('.tl-thread[data-state="complete"]').waitFor({ timeout: 30_000 });
  const answer = page.locator('.tl-message[data-role="assistant"]').last();
  await answer.locator('.tl-citation-chip').nth(5).waitFor({ state: 'visible', timeout: 10_000 });
  await answer.locator('.tl-artifact[data-state="ready"]').nth(1).waitFor({ state: 'visible', timeout: 10_000 });
  const chips = await answer.locator('.tl-citation-chip').count();
  const artifacts = await answer.locator('.tl-artifact[data-state="ready"]').count();
  if (chips !== 6 || artifacts !== 2) throw new Error(`expected 6 chips and 2 artifacts, saw ${chips} and ${artifacts}`);
}

async function desktop(browser: Browser): Promise<void> {
  // Motion on: the streaming caret and the progress spinner show.
  const page = await openDemo(browser, { width: 1280, height: 860 }, 'no-preference');
  await shoot(page, '01-desktop-empty');

  await ask(page, defaultQuestion);
  await page.locator('.tl-progress[data-state="active"]').waitFor({ timeout: 10_000 });
  await page.locator('.tl-message[data-role="assistant"] .tl-artifact').first().waitFor({ timeout: 15_000 });
  await shoot(page, '02-desktop-streaming');

  await waitForFullAnswer(page);
  await page.waitForTimeout(300);
  await shoot(page, '03-desktop-answer-full', true);

  const table = page.locator('.tl-artifact[data-kind="table"]');
  await table.getByRole('button', { name: /YoY growth/ }).click();
  await table.getByRole('button', { name: /YoY growth/ }).click();
  await table.screenshot({ path: `${outDir}04-desktop-table-sorted-descending.png` });
  console.log('saved screenshots/04-desktop-table-sorted-descending.png');

  await page.locator('.tl-citation-chip[data-type="variable"]').click();
  await page.locator('.tl-citation[data-type="variable"] .tl-citation-details').waitFor();
  await page.waitForTimeout(200);
  await shoot(page, '05-desktop-citation-details');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'long answer I can cancel' }).click();
  await page.locator('.tl-cancel-button[data-state="running"]').waitFor({ timeout: 10_000 });
  await page.locator('.tl-message[data-role="assistant"]').last().getByText('Strongest candidates').waitFor({ timeout: 15_000 });
  await shoot(page, '06-desktop-long-answer-running');
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await page.locator('.tl-thread[data-state="cancelled"]').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(200);
  await shoot(page, '07-desktop-cancelled');

  await page.getByRole('button', { name: 'drop the connection mid-answer' }).click();
  await page.locator('.tl-thread[data-state="running"]').waitFor({ timeout: 10_000 });
  await page.locator('.tl-thread[data-state="complete"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
  await shoot(page, '08-desktop-dropped-connection-recovered');

  await page.getByRole('button', { name: 'gallery: every artifact viewer' }).click();
  await page.locator('.tl-thread[data-state="complete"]').waitFor({ timeout: 30_000 });
  const gallery = page.locator('.tl-message[data-role="assistant"]').last();
  for (const kind of ['chart', 'text', 'image', 'json']) await gallery.locator(`.tl-artifact[data-state="ready"][data-kind="${kind}"]`).waitFor({ timeout: 15_000 });
  await gallery.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300);
  const grown = await page.addStyleTag({ content: unstick });
  await gallery.screenshot({ path: `${outDir}08b-desktop-artifact-gallery.png` });
  await grown.evaluate((element) => (element as Element).remove());
  console.log('saved screenshots/08b-desktop-artifact-gallery.png');
  await page.close();
}

async function phone(browser: Browser): Promise<void> {
  // Reduced motion: no caret, no spinner.
  const page = await openDemo(browser, { width: 390, height: 844 }, 'reduce');
  await shoot(page, '09-phone-empty');
  await ask(page, defaultQuestion);
  await page.locator('.tl-message[data-role="assistant"] .tl-markdown[data-state="streaming"]').first().waitFor({ timeout: 10_000 });
  await shoot(page, '10a-phone-streaming-reduced-motion');
  await waitForFullAnswer(page);
  await page.waitForTimeout(300);
  await shoot(page, '10b-phone-answer-full', true);
  await page.locator('.tl-citation-chip[data-type="web"]').click();
  await page.waitForTimeout(200);
  await shoot(page, '11-phone-citation-sheet');
  await page.close();
}

async function creationFailure(browser: Browser): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1024, height: 640 } });
  // Stands in for a simulator that is down: thread creation fails at the network level.
  await page.route('**/boosted/v2/threads', (route) => (route.request().method() === 'POST' ? route.abort('connectionrefused') : route.fallback()));
  await page.goto(demoUrl);
  await page.getByRole('alert').waitFor({ timeout: 15_000 });
  await shoot(page, '12-create-thread-failed');
  await page.unroute('**/boosted/v2/threads');
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.locator('.demo-status-item[data-state="open"]').waitFor({ timeout: 15_000 });
  await shoot(page, '13-create-thread-retried');

  // Posting the message fails: the thread shows the error banner with a Retry button.
  await page.route('**/boosted/v2/threads/*/messages', (route) => (route.request().method() === 'POST' ? route.abort('connectionreset') : route.fallback()));
  await page.getByRole('button', { name: "plain: summarize Apple's quarter" }).click();
  await page.locator('.tl-error-banner').waitFor({ timeout: 10_000 });
  await shoot(page, '14-send-failed-error-banner');
  await page.unroute('**/boosted/v2/threads/*/messages');
  await page.getByRole('button', { name: 'Retry', exact: true }).click();
  await page.locator('.tl-thread[data-state="complete"]').waitFor({ timeout: 20_000 });
  await shoot(page, '15-asked-again');
  await page.close();
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  await desktop(browser);
  await phone(browser);
  await creationFailure(browser);
} finally {
  await browser.close();
}
if (problems.length > 0) {
  console.log(`Browser console problems:\n${problems.join('\n')}`);
  process.exitCode = 1;
}
