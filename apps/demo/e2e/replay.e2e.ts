import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, openDemo, replayFile, repoRoot, shoot } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

const samplesDir = join(repoRoot, 'apps/demo/src/replay/samples');
/** A transcript the headless package's tests replay, from the project's own fixtures. */
const fixture = join(repoRoot, 'packages/headless/test/fixtures/assistants/file-search-citations.sse');

/** The frames of a transcript: its blank-line-separated blocks that carry data. */
function countFrames(file: string): number {
  return readFileSync(file, 'utf8')
    .split(/\r?\n\r?\n/)
    .filter((block) => /^data:/m.test(block)).length;
}

/** The replay's player: its controls and the thread it plays. */
function player(page: Page): Locator {
  return page.getByTestId('replay-player');
}

/** The frame the replay stands at, and how many the transcript has, as its progress line says. */
async function progress(page: Page): Promise<{ played: number; total: number; finished: boolean }> {
  const text = await page.getByTestId('replay-progress').innerText();
  const match = /^Frame (\d+) of (\d+)( · finished)?$/.exec(text);
  if (!match) throw new Error(`Unexpected replay progress "${text}"`);
  return { played: Number(match[1]), total: Number(match[2]), finished: match[3] !== undefined };
}

/** Waits until the replay has played every frame and its thread has settled. */
async function finished(page: Page, status = 'complete', timeout = 15_000): Promise<void> {
  await page.getByTestId('replay-controls').and(page.locator('[data-state="finished"]')).waitFor({ timeout });
  await player(page).locator(`.tl-thread[data-state="${status}"]`).waitFor({ timeout });
}

/** Starts a sample and plays it at once. */
async function playSample(page: Page, name: string): Promise<void> {
  const sample = page.getByTestId(`replay-sample-${name}`);
  await sample.click();
  expect(await sample.getAttribute('aria-pressed')).toBe('true');
  // The speed appears with the player; the first frames are already on their way at 1×.
  await page.getByRole('radio', { name: 'Instant' }).check();
  expect(await page.getByTestId('replay-speed-instant').isChecked()).toBe(true);
  await finished(page);
}

/** The assistant messages' answer texts under the player. */
function answers(page: Page): Locator {
  return player(page).locator('.tl-message[data-role="assistant"]');
}

describe('replay', () => {
  it('Boosted sample: the progress log and the answer', async () => {
    const page = await openDemo(browser, { path: '#/replay' });
    await page.getByTestId('replay-empty').waitFor();
    await playSample(page, 'boosted-progress');

    expect(await page.getByTestId('replay-file-name').innerText()).toBe('boosted-progress.sse');
    expect(await page.getByTestId('replay-dialect').innerText()).toBe('Boosted');
    expect(await page.getByTestId('replay-dialect').getAttribute('data-dialect')).toBe('boosted');
    const total = countFrames(join(samplesDir, 'boosted-progress.sse'));
    expect(await page.getByTestId('replay-progress').innerText()).toBe(`Frame ${total} of ${total} · finished`);
    expect(await player(page).locator('.tl-thread').getAttribute('data-dialect')).toBe('boosted');

    const log = player(page).locator('.tl-progress');
    await log.locator('summary').click();
    expect(await log.locator('summary').innerText()).toBe('Work log (6)');
    expect(await log.locator('li').first().innerText()).toBe('Planning the analysis');
    expect(await answers(page).count()).toBe(1);
    expect(await answers(page).locator('.tl-markdown').innerText()).toBe(
      'Over the last twelve months, NVIDIA led the group with a total return near 60%, while Tesla was the most volatile and Apple lagged the index.',
    );
    expect(await answers(page).locator('strong').innerText()).toBe('NVIDIA');
    // A replay only watches: no composer.
    expect(await player(page).getByRole('textbox', { name: 'Message' }).count()).toBe(0);
    await shoot(page, 'replay-boosted-progress');
  });

  it('Assistants sample: a file_search call and an answer with two file citations', async () => {
    const page = await openDemo(browser, { path: '#/replay' });
    await playSample(page, 'assistants-file-search');

    expect(await page.getByTestId('replay-dialect').innerText()).toBe('OpenAI Assistants');
    expect(await page.getByTestId('replay-dialect').getAttribute('data-dialect')).toBe('assistants');
    const total = countFrames(join(samplesDir, 'assistants-file-search.sse'));
    expect(await page.getByTestId('replay-progress').innerText()).toBe(`Frame ${total} of ${total} · finished`);

    expect(await player(page).locator('.tl-tool-call .tl-tool-call-name').allInnerTexts()).toEqual(['file_search']);
    const answer = answers(page);
    expect(await answer.locator('.tl-markdown').innerText()).toBe(
      'Revenue grew 12% year over year in the third quarter1, and the annual plan costs $480 per seat with priority support included2.',
    );
    await answer.getByRole('button', { name: 'Source 1: q3_report.txt' }).waitFor();
    expect(await answer.getByRole('list', { name: 'Sources' }).locator('.tl-citation-chip-primary').allInnerTexts()).toEqual(['q3_report.txt', 'pricing_faq.txt']);
    await shoot(page, 'replay-assistants-file-search');
  });

  it('Teammate sample: reasoning, three tool calls, a to-do list and the answer', async () => {
    const page = await openDemo(browser, { path: '#/replay' });
    await playSample(page, 'teammate-tools');

    expect(await page.getByTestId('replay-dialect').innerText()).toBe('Teammate');
    expect(await page.getByTestId('replay-dialect').getAttribute('data-dialect')).toBe('teammate');
    const total = countFrames(join(samplesDir, 'teammate-tools.sse'));
    expect(await page.getByTestId('replay-progress').innerText()).toBe(`Frame ${total} of ${total} · finished`);

    const calls = player(page).locator('.tl-tool-call');
    expect(await calls.locator('.tl-tool-call-name').allInnerTexts()).toEqual(['gmail_search', 'TodoWrite', 'linear_create_issue']);
    expect(await calls.locator('.tl-tool-call-status').allInnerTexts()).toEqual(['Done', 'Done', 'Done']);
    expect(await player(page).locator('.tl-reasoning').count()).toBe(1);
    expect(await player(page).locator('.tl-workflow[data-variant="todo"] .tl-workflow-task').count()).toBe(3);
    expect(await answers(page).first().innerText()).toContain("I'll check the support inbox for new tickets from the last day.");
    expect(await answers(page).last().innerText()).toContain('Filed the Safari login loop as SUP-482 with priority 2.');
    await shoot(page, 'replay-teammate-tools', { fullPage: true });
  });

  it('ChatKit sample: the user message, a workflow, a widget and an answer with three sources', async () => {
    const page = await openDemo(browser, { path: '#/replay' });
    await playSample(page, 'chatkit-workflow');

    expect(await page.getByTestId('replay-dialect').innerText()).toBe('ChatKit');
    expect(await page.getByTestId('replay-dialect').getAttribute('data-dialect')).toBe('chatkit');
    const total = countFrames(join(samplesDir, 'chatkit-workflow.sse'));
    expect(await page.getByTestId('replay-progress').innerText()).toBe(`Frame ${total} of ${total} · finished`);

    expect(await player(page).locator('.tl-message[data-role="user"]').innerText()).toContain('Compare iPhone 17 and Pixel 10 battery life');
    expect(await player(page).locator('.tl-workflow').count()).toBe(1);
    expect(await player(page).locator('.tl-widget').innerText()).toContain('Battery life: iPhone 17 vs Pixel 10');
    const answer = answers(page);
    expect(await answer.locator('.tl-markdown').first().innerText()).toBe(
      'Apple rates the iPhone 17 at up to 30 hours of video playback1, while Google rates the Pixel 10 at 29 hours2. ' +
        'In independent endurance testing the gap is within a few percent, so either will get most people through a full day3.',
    );
    expect(await answer.getByRole('list', { name: 'Sources' }).locator('.tl-citation-chip-secondary').allInnerTexts()).toEqual([
      'apple.com',
      'store.google.com',
      'gsmarena.com',
    ]);
    await shoot(page, 'replay-chatkit-workflow', { fullPage: true });
  });

  it("a fixture file from the project's tests, chosen with the file input, plays as `pnpm replay` reads it", async () => {
    const page = await openDemo(browser, { path: '#/replay' });
    await page.getByTestId('replay-file-input').setInputFiles(fixture);
    await page.getByRole('radio', { name: 'Instant' }).check();
    await finished(page);

    expect(await page.getByTestId('replay-file-name').innerText()).toBe('file-search-citations.sse');
    expect(await page.getByTestId('replay-dialect').innerText()).toBe('OpenAI Assistants');
    const total = countFrames(fixture);
    expect(await page.getByTestId('replay-progress').innerText()).toBe(`Frame ${total} of ${total} · finished`);
    // No sample is marked as playing.
    expect(await page.locator('.replay-sample[aria-pressed="true"]').count()).toBe(0);

    // The page shows what the project's replay CLI prints for the same file.
    const snapshot = await replayFile(fixture);
    const calls = snapshot.items.flatMap((item) => (item.kind === 'tool_call' ? [item.name] : []));
    expect(await player(page).locator('.tl-tool-call .tl-tool-call-name').allInnerTexts()).toEqual(calls);
    const messages = snapshot.items.flatMap((item) => (item.kind === 'message' && item.role === 'assistant' ? [item] : []));
    expect(await answers(page).count()).toBe(messages.length);
    const [message] = messages;
    if (!message) throw new Error('The fixture replays to no assistant message.');
    // The answer shows each 【…】 marker as its source's number.
    let marker = 0;
    expect(await answers(page).locator('.tl-markdown').innerText()).toBe(message.text.replace(/【[^】]*】/g, () => String((marker += 1))));
    expect(await answers(page).getByRole('list', { name: 'Sources' }).locator('.tl-citation-chip-primary').allInnerTexts()).toEqual(
      message.citations.map((citation) => citation.title),
    );
    expect(message.citations.map((citation) => citation.title)).toEqual(['q3-report.pdf', 'pricing.md']);
    await shoot(page, 'replay-fixture-file');
  });

  it('a file that is not SSE: the page says it cannot replay it, and a sample still plays', async () => {
    const page = await openDemo(browser, { path: '#/replay' });
    await page.getByTestId('replay-file-input').setInputFiles(join(repoRoot, 'apps/demo/package.json'));
    const error = page.getByRole('alert').and(page.getByTestId('replay-error'));
    await error.waitFor();

    expect(await error.getByRole('heading').innerText()).toBe('Cannot replay package.json');
    expect(await error.innerText()).toContain('No SSE frames found.');
    expect(await page.getByTestId('replay-player').count()).toBe(0);
    await shoot(page, 'replay-not-sse');

    await playSample(page, 'boosted-progress');
    expect(await error.count()).toBe(0);
    expect(await page.getByTestId('replay-dialect').innerText()).toBe('Boosted');
  });

  it('1× plays frame by frame, 10× finishes sooner, and Restart starts again from the first frame', async () => {
    const page = await openDemo(browser, { path: '#/replay' });
    await page.getByTestId('replay-sample-teammate-tools').click();
    expect(await page.getByTestId('replay-speed-1x').isChecked()).toBe(true);
    await page.waitForTimeout(300);
    // 50 ms a frame at 1×: a few frames in, far from the end.
    const early = await progress(page);
    expect(early.total).toBe(countFrames(join(samplesDir, 'teammate-tools.sse')));
    expect(early.played).toBeGreaterThan(0);
    expect(early.played).toBeLessThan(early.total / 4);
    await expect.poll(async () => (await progress(page)).played).toBeGreaterThan(early.played);
    await shoot(page, 'replay-1x-playing');

    // What is left would take (total − played) × 50 ms at 1×; at 10× it takes a tenth of that.
    const before = await progress(page);
    const left = (before.total - before.played) * 50;
    const switched = Date.now();
    await page.getByRole('radio', { name: '10×' }).check();
    await finished(page);
    expect(Date.now() - switched).toBeLessThan(left / 2);
    expect((await progress(page)).finished).toBe(true);
    expect(await player(page).locator('.tl-tool-call').count()).toBe(3);

    // Restart at 1×: the thread empties and the count starts over.
    await page.getByRole('radio', { name: '1×' }).check();
    await page.getByTestId('replay-restart').click();
    await page.getByTestId('replay-controls').and(page.locator('[data-state="playing"]')).waitFor();
    const restarted = await progress(page);
    // Frame 0 or 1 as it starts; a loaded machine may let a few more through before the read
    // (7 once, at 50 ms a frame), so the bound is the one the first 1× check uses.
    expect(restarted.played).toBeLessThan(restarted.total / 4);
    expect(restarted.finished).toBe(false);
    expect(await player(page).locator('.tl-tool-call').count()).toBe(0);
    await shoot(page, 'replay-restarted');
    await page.getByRole('radio', { name: 'Instant' }).check();
    await finished(page);
    expect(await player(page).locator('.tl-tool-call').count()).toBe(3);
  });
});
