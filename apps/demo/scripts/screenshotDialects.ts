// Drives the running demo (`pnpm dev`) through each dialect's scenarios with headless Chromium
// and saves screenshots to /work/main/screenshots. Usage: tsx apps/demo/scripts/screenshotDialects.ts [demo URL]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { outDir, shoot } from './shootDemo';

const demoUrl = process.argv[2] ?? process.env.DEMO_URL ?? 'http://127.0.0.1:5173/';
const problems: string[] = [];

const pages = new Set<Page>();

async function openDialect(browser: Browser, dialect: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
  pages.add(page);
  page.on('close', () => pages.delete(page));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`[${dialect} console.${message.type()}] ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`[${dialect} pageerror] ${error.message}`));
  const url = new URL(demoUrl);
  url.searchParams.set('dialect', dialect);
  await page.goto(url.href);
  await page.locator(`.tl-thread[data-dialect="${dialect}"]`).waitFor({ timeout: 15_000 });
  return page;
}

const panel = (page: Page) => page.locator('.demo-panel:not([hidden])');

async function pick(page: Page, prompt: string): Promise<void> {
  await panel(page).getByRole('button', { name: prompt, exact: true }).click();
}

async function settled(page: Page, state = 'complete'): Promise<void> {
  await panel(page).locator(`.tl-thread[data-state="${state}"]`).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(250);
}

async function assistants(browser: Browser): Promise<void> {
  const page = await openDialect(browser, 'assistants');
  await shoot(page, '20-assistants-empty');
  await pick(page, 'Get a stock quote for AAPL and MSFT');
  await panel(page).locator('.tl-pending-action[data-kind="submit_tool_outputs"]').waitFor({ timeout: 20_000 });
  await settled(page, 'requires_action');
  await page.locator('.tl-tool-call[data-state="requires_action"]').first().locator('summary').click();
  await shoot(page, '21-assistants-requires-action', true);
  await page.getByRole('button', { name: 'Submit outputs' }).click();
  await settled(page);
  await shoot(page, '22-assistants-tools-complete', true);
  await pick(page, 'Trigger a server error');
  await panel(page).locator('.tl-error-banner').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(300);
  await shoot(page, '23-assistants-error');
  await page.close();
}

async function teammate(browser: Browser): Promise<void> {
  const page = await openDialect(browser, 'teammate');
  await pick(page, 'Ask me before you draft the reply');
  await panel(page).locator('.tl-pending-action[data-kind="question"]').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(250);
  await shoot(page, '30-teammate-question');
  await page.getByRole('radio', { name: 'Formal' }).check();
  await page.getByRole('button', { name: 'Send answer' }).click();
  await settled(page);
  await shoot(page, '31-teammate-question-answered', true);

  await pick(page, 'Run the export job with my approval');
  await panel(page).locator('.tl-pending-action[data-kind="approval"]').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(250);
  await shoot(page, '32-teammate-approval');
  await page.getByRole('button', { name: 'Allow' }).click();
  await settled(page);

  await pick(page, 'Make a plan for the support backlog');
  await panel(page).locator('.tl-pending-action[data-kind="plan_approval"]').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(250);
  await shoot(page, '33-teammate-plan');
  await page.getByRole('button', { name: 'Approve plan' }).click();
  await settled(page);

  await pick(page, 'Use your tools to triage the support inbox');
  await page.waitForTimeout(300);
  await settled(page);
  await page.locator('.tl-reasoning').last().locator('summary').click();
  await shoot(page, '34-teammate-conversation-full', true);

  await pick(page, 'Pull Stripe subscriptions (rate-limit error)');
  await panel(page).locator('.tl-error-banner').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(400);
  await shoot(page, '35-teammate-error');
  await page.close();
}

async function chatkit(browser: Browser): Promise<void> {
  const page = await openDialect(browser, 'chatkit');
  await pick(page, 'hello: Roth or traditional IRA?');
  await settled(page);
  await shoot(page, '40-chatkit-plain-notice');

  await pick(page, 'Compare iPhone 17 and Pixel 10 battery life');
  await page.locator('.demo-toast').waitFor({ timeout: 20_000 });
  await shoot(page, '41-chatkit-workflow-widget-toast');
  await settled(page);
  await panel(page).locator('.tl-workflow > summary').last().click();
  await shoot(page, '42-chatkit-workflow-widget', true);
  await page.getByRole('button', { name: 'Save comparison' }).click();
  await panel(page).getByText('comparison.save').waitFor({ timeout: 20_000 });
  await settled(page);

  await pick(page, 'Summarize my canvas selection');
  await panel(page).locator('.tl-pending-action[data-kind="client_tool_call"]').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(250);
  await shoot(page, '43-chatkit-client-tool');
  await page.getByRole('button', { name: 'Submit output' }).click();
  await settled(page);
  await shoot(page, '44-chatkit-after-client-tool', true);

  await pick(page, 'Fail with an error I can retry');
  await panel(page).locator('.tl-error-banner').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(300);
  await shoot(page, '45-chatkit-error-retry');
  await panel(page).getByRole('button', { name: 'Retry', exact: true }).click();
  await settled(page);
  await shoot(page, '46-chatkit-retried');

  await pick(page, 'Write a long blog post I can cancel');
  await panel(page).locator('.tl-cancel-button[data-state="running"]').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(1500);
  await panel(page).getByRole('button', { name: 'Stop', exact: true }).click();
  await settled(page, 'cancelled');
  await shoot(page, '47-chatkit-cancelled');
  await page.close();
}

async function extras(browser: Browser): Promise<void> {
  const assistantsPage = await openDialect(browser, 'assistants');
  await pick(assistantsPage, 'Search my files for the refund policy');
  await settled(assistantsPage);
  await shoot(assistantsPage, '60-assistants-file-search');
  await assistantsPage.close();

  const chatkitPage = await openDialect(browser, 'chatkit');
  await pick(chatkitPage, 'Write a chapter the guardrail blocks');
  await panel(chatkitPage).locator('.tl-error-banner').waitFor({ timeout: 20_000 });
  await chatkitPage.waitForTimeout(300);
  await shoot(chatkitPage, '61-chatkit-guardrail');
  await chatkitPage.close();

  const teammatePage = await openDialect(browser, 'teammate');
  await pick(teammatePage, 'Write a long weekly report I can cancel');
  await panel(teammatePage).locator('.tl-cancel-button[data-state="running"]').waitFor({ timeout: 10_000 });
  await teammatePage.waitForTimeout(1500);
  await panel(teammatePage).getByRole('button', { name: 'Stop', exact: true }).click();
  await settled(teammatePage, 'cancelled');
  await shoot(teammatePage, '62-teammate-cancelled');
  await pick(teammatePage, 'Start a sandbox for this task');
  await panel(teammatePage).locator('.tl-error-banner').waitFor({ timeout: 20_000 });
  await teammatePage.waitForTimeout(300);
  await shoot(teammatePage, '63-teammate-sandbox-failure');
  await teammatePage.close();
}

async function phone(browser: Browser): Promise<void> {
  const page = await openDialect(browser, 'teammate', { width: 390, height: 844 });
  await shoot(page, '50-phone-teammate-empty');
  await pick(page, 'Make a plan for the support backlog');
  await panel(page).locator('.tl-pending-action[data-kind="plan_approval"]').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(250);
  await shoot(page, '51-phone-teammate-plan');
  await page.getByRole('tab', { name: 'ChatKit' }).click();
  await pick(page, 'Compare iPhone 17 and Pixel 10 battery life');
  await settled(page);
  await shoot(page, '52-phone-chatkit-workflow', true);
  await page.close();
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const only = process.env.ONLY?.split(',');
try {
  for (const [name, run] of Object.entries({ assistants, teammate, chatkit, extras, phone })) {
    if (only && !only.includes(name)) continue;
    try {
      await run(browser);
    } catch (error) {
      problems.push(`[${name}] ${error instanceof Error ? error.message : String(error)}`);
      // What the page showed when the step gave up.
      for (const page of pages) await shoot(page, `failed-${name}`, true).then(() => page.close());
    }
  }
} finally {
  await browser.close();
}
if (problems.length > 0) {
  console.log(`Problems:\n${problems.join('\n')}`);
  process.exitCode = 1;
}
