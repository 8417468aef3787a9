import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, expectWholeLongReport, lastAnswer, openPlayground, panel, pick, settled, shoot } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The status line's run id (`run_…`), which a new run replaces. */
async function runId(page: Page): Promise<string | undefined> {
  const label = await panel(page).locator('.demo-status').getAttribute('aria-label');
  return label?.match(/run (\S+)$/)?.[1];
}

describe('playground, OpenAI Assistants', () => {
  it('plain answer: a markdown list streamed into one message', async () => {
    const page = await openPlayground(browser, 'assistants');
    await pick(page, 'assistants', 'plain');
    await settled(page);
    const answer = lastAnswer(page);

    expect(await answer.locator('p').first().innerText()).toBe("Sure! Here are three quick tips for a better night's sleep:");
    expect(await answer.locator('ol > li strong').allInnerTexts()).toEqual([
      'Keep a consistent schedule.',
      'Dim the lights an hour before bed.',
      'Keep your bedroom cool.',
    ]);
    expect(await answer.innerText()).toContain('Would you like tips tailored to shift work or travel?');
    expect(await runId(page)).toMatch(/^run_/);
    await shoot(page, 'assistants-plain');
  });

  it('function calls: the run waits for tool outputs, and submitting them runs code interpreter', async () => {
    const page = await openPlayground(browser, 'assistants');
    await pick(page, 'assistants', 'tools');
    await settled(page, 'requires_action');
    const action = panel(page).getByRole('region', { name: 'Action required' });
    await action.waitFor();

    expect(await action.getAttribute('data-kind')).toBe('submit_tool_outputs');
    expect(await action.innerText()).toContain('The run waits for tool outputs');
    const outputs = action.getByRole('textbox', { name: 'Output of get_stock_quote' });
    expect(await outputs.count()).toBe(2);
    // The demo pre-fills a quote for each symbol the calls ask about.
    expect(JSON.parse(await outputs.nth(0).inputValue())).toEqual({ symbol: 'AAPL', price: 227.48, change_percent: 0.82 });
    expect(JSON.parse(await outputs.nth(1).inputValue())).toEqual({ symbol: 'MSFT', price: 514.05, change_percent: -0.31 });
    const waiting = panel(page).locator('.tl-tool-call[data-state="requires_action"]');
    expect(await waiting.locator('.tl-tool-call-status').allInnerTexts()).toEqual(['Waiting for you', 'Waiting for you']);
    await shoot(page, 'assistants-tools-requires-action', { fullPage: true });

    await action.getByRole('button', { name: 'Submit outputs' }).click();
    await settled(page);
    const calls = panel(page).locator('.tl-tool-call');
    expect(await calls.locator('.tl-tool-call-name').allInnerTexts()).toEqual(['get_stock_quote', 'get_stock_quote', 'code_interpreter']);
    expect(await calls.locator('.tl-tool-call-status').allInnerTexts()).toEqual(['Done', 'Done', 'Done']);
    await calls.last().locator('summary').click();
    expect(await calls.last().locator('.tl-tool-call-result').innerText()).toContain('AAPL  227.48');
    const answer = lastAnswer(page);
    expect(await answer.innerText()).toContain('AAPL is at $227.48 (+0.82%) and MSFT is at $514.05 (−0.31%).');
    // The chart the interpreter drew is a file id the demo cannot fetch: a labelled placeholder.
    expect(await answer.getByRole('img', { name: /^Image file-/ }).count()).toBe(1);
    expect(await answer.locator('.tl-citation-chip-primary').allInnerTexts()).toEqual(['quotes.csv']);
    expect(await action.count()).toBe(0);
    await shoot(page, 'assistants-tools-complete', { fullPage: true });
  });

  it('file search: the answer carries numbered inline citations of the files', async () => {
    const page = await openPlayground(browser, 'assistants');
    await pick(page, 'assistants', 'file-search');
    await settled(page);
    const answer = lastAnswer(page);

    expect(await panel(page).locator('.tl-tool-call .tl-tool-call-name').innerText()).toBe('file_search');
    expect(await answer.locator('.tl-markdown').innerText()).toBe(
      'Revenue grew 12% year over year in the third quarter1, and the annual plan costs $480 per seat with priority support included2.',
    );
    await answer.getByRole('button', { name: 'Source 1: q3_report.txt' }).waitFor();
    await answer.getByRole('button', { name: 'Source 2: pricing_faq.txt' }).waitFor();
    expect(await answer.getByRole('list', { name: 'Sources' }).locator('.tl-citation-chip-primary').allInnerTexts()).toEqual([
      'q3_report.txt',
      'pricing_faq.txt',
    ]);

    await answer.getByRole('button', { name: 'Source 1: q3_report.txt' }).click();
    await answer.locator('.tl-citation-details[data-state="open"]').first().waitFor();
    await shoot(page, 'assistants-file-search');
  });

  it('incomplete: an answer cut off at the token limit is marked incomplete', async () => {
    const page = await openPlayground(browser, 'assistants');
    await pick(page, 'assistants', 'incomplete');
    await settled(page, 'incomplete');
    const answer = lastAnswer(page);

    expect(await answer.getAttribute('data-state')).toBe('incomplete');
    expect(await answer.locator('.tl-markdown').innerText()).toBe(
      'The history of the lighthouse begins in 1823, when the harbour commission voted to replace the old beacon fire with a',
    );
    expect(await panel(page).locator('.demo-status').getAttribute('aria-label')).toMatch(/^Thread incomplete/);
    await shoot(page, 'assistants-incomplete');
  });

  it('failed run: the error banner shows the reason, and Retry runs the question again', async () => {
    const page = await openPlayground(browser, 'assistants');
    await pick(page, 'assistants', 'failed');
    await settled(page, 'failed');
    const banner = panel(page).locator('.tl-error-banner');

    expect(await banner.locator('.tl-error-banner-message').innerText()).toBe('Sorry, something went wrong.');
    expect(await lastAnswer(page).getAttribute('data-state')).toBe('error');
    expect(await lastAnswer(page).innerText()).toContain('Here is a summary of the attached quarterly report. Revenue grew');
    await shoot(page, 'assistants-failed');

    const firstRun = await runId(page);
    await banner.getByRole('button', { name: 'Retry', exact: true }).click();
    // The same question again, in a new run that fails the same way.
    await panel(page).locator('.tl-message[data-role="user"]').nth(1).waitFor();
    await settled(page, 'failed');
    await banner.waitFor();
    expect(await panel(page).locator('.tl-message[data-role="user"]').allInnerTexts()).toEqual(['Make the run fail', 'Make the run fail']);
    expect(await banner.locator('.tl-error-banner-message').innerText()).toBe('Sorry, something went wrong.');
    expect(await runId(page)).not.toBe(firstRun);
    await shoot(page, 'assistants-failed-retried', { fullPage: true });
  });

  it('stream error: an error event ends the stream and shows the banner', async () => {
    const page = await openPlayground(browser, 'assistants');
    await pick(page, 'assistants', 'error');
    await settled(page, 'failed');
    const banner = panel(page).locator('.tl-error-banner');

    expect(await banner.locator('.tl-error-banner-message').innerText()).toBe('The server had an error while processing your request. Sorry about that!');
    expect(await banner.getByRole('button', { name: 'Retry', exact: true }).count()).toBe(1);
    expect(await lastAnswer(page).innerText()).toContain('Looking at the churn numbers for the last two quarters');
    await shoot(page, 'assistants-error');
  });

  it('cancel mid-answer: Stop cancels the run and keeps the partial story', async () => {
    const page = await openPlayground(browser, 'assistants');
    await pick(page, 'assistants', 'cancel');
    await lastAnswer(page).getByText('The storm had been building').waitFor();
    await panel(page).getByRole('button', { name: 'Stop', exact: true }).click();
    await settled(page, 'cancelled');
    const answer = lastAnswer(page);

    const partial = await answer.innerText();
    expect(partial).toContain('Chapter 1: The Lighthouse');
    expect(partial).not.toContain('the charts in the harbour office were wrong');
    // Nothing streams in after the stop.
    await page.waitForTimeout(300);
    expect(await answer.innerText()).toBe(partial);
    await shoot(page, 'assistants-cancel');
  });

  it('20,000-token answer: the whole report streams in and renders', async () => {
    const page = await openPlayground(browser, 'assistants');
    await pick(page, 'assistants', 'long-answer');
    await settled(page, 'complete', 90_000);
    const answer = lastAnswer(page);

    await expectWholeLongReport(answer);
    await shoot(page, 'assistants-long-answer');
  }, 120_000);
});
