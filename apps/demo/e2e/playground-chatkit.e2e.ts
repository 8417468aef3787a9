import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, connectBrowser, expectWholeLongReport, lastAnswer, openPlayground, panel, pick, settled, shoot, suggestion } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('playground, ChatKit', () => {
  it('plain answer with a notice, typed into the composer', async () => {
    const page = await openPlayground(browser, 'chatkit');
    await ask(page, suggestion('chatkit', 'plain'));
    await settled(page);
    const notice = panel(page).getByRole('list', { name: 'Notices' }).locator('.tl-notice');

    expect(await notice.getAttribute('data-level')).toBe('info');
    expect(await notice.innerText()).toContain('Heads up');
    expect(await notice.getByRole('link', { name: 'Learn more' }).getAttribute('href')).toBe('https://example.com/disclaimer');
    const answer = lastAnswer(page);
    expect(await answer.locator('p').first().innerText()).toBe('The main difference is when you pay taxes.');
    expect(await answer.locator('li strong').allInnerTexts()).toEqual(['Traditional IRA:', 'Roth IRA:']);
    expect(await answer.innerText()).toContain('a Roth is often the better fit.');
    await shoot(page, 'chatkit-plain');
  });

  it('workflow and widget: tasks, a card whose action the server answers, a client effect and cited sources', async () => {
    const page = await openPlayground(browser, 'chatkit');
    await pick(page, 'chatkit', 'workflow');
    // The client effect shows as a toast for a few seconds while the answer streams.
    const toast = page.locator('.demo-toast');
    await toast.waitFor();
    expect(await toast.innerText()).toContain('Client effect “open_panel” {"panel":"comparison"}');
    await settled(page);

    const workflow = panel(page).locator('.tl-workflow');
    expect(await workflow.locator('.tl-workflow-summary').innerText()).toContain('Took 9s');
    await workflow.locator('.tl-workflow-summary').click();
    expect(await workflow.locator('.tl-workflow-task').count()).toBe(3);
    expect(await workflow.getByRole('list', { name: 'Sources' }).getByRole('link').count()).toBe(3);

    const widget = panel(page).locator('.tl-widget[data-state="complete"]');
    expect(await widget.innerText()).toContain('Battery life: iPhone 17 vs Pixel 10');
    expect(await widget.innerText()).toMatch(/iPhone 17\s+30 h video/);

    const answer = lastAnswer(page);
    expect(await answer.locator('.tl-markdown').first().innerText()).toBe(
      'Apple rates the iPhone 17 at up to 30 hours of video playback1, while Google rates the Pixel 10 at 29 hours2. ' +
        'In independent endurance testing the gap is within a few percent, so either will get most people through a full day3.',
    );
    await answer.getByRole('button', { name: 'Source 1: iPhone 17 - Technical Specifications' }).waitFor();
    await answer.getByRole('button', { name: 'Source 3: Battery life test results' }).waitFor();
    expect(await answer.getByRole('list', { name: 'Sources' }).locator('.tl-citation-chip-secondary').allInnerTexts()).toEqual([
      'apple.com',
      'store.google.com',
      'gsmarena.com',
    ]);
    await shoot(page, 'chatkit-workflow', { fullPage: true });

    await widget.getByRole('button', { name: 'Save comparison' }).click();
    await expect.poll(() => lastAnswer(page).innerText(), { timeout: 15_000 }).toMatch(/^Done: I handled comparison\.save with payload .*cmp_91f2.*\.$/m);
    await settled(page);
    await shoot(page, 'chatkit-workflow-widget-action', { fullPage: true });
  });

  it('client tool call: the app answers the tool and the agent uses the output', async () => {
    const page = await openPlayground(browser, 'chatkit');
    await pick(page, 'chatkit', 'client-tool');
    await settled(page, 'requires_action');
    const action = panel(page).getByRole('region', { name: 'Action required' });

    expect(await action.getAttribute('data-kind')).toBe('client_tool_call');
    expect(await action.innerText()).toContain('The agent asks the app to run a tool');
    expect(await action.getByLabel('Input of get_selected_nodes').innerText()).toContain('"project": "roadmap-q3"');
    const output = action.getByRole('textbox', { name: 'Output of get_selected_nodes' });
    expect(JSON.parse(await output.inputValue())).toEqual({ nodes: [{ id: 'n1', title: 'Launch beta' }, { id: 'n2', title: 'Pricing page refresh' }] });
    await shoot(page, 'chatkit-client-tool');

    await action.getByRole('button', { name: 'Submit output' }).click();
    await settled(page);
    const answer = lastAnswer(page);
    expect(await answer.innerText()).toContain('Here is what your canvas returned:');
    expect(await answer.innerText()).toContain('Launch beta');
    expect(await answer.innerText()).toContain('I will summarise those nodes next.');
    expect(await panel(page).locator('.tl-tool-call .tl-tool-call-status').innerText()).toBe('Done');
    expect(await action.count()).toBe(0);
    await shoot(page, 'chatkit-client-tool-answered', { fullPage: true });
  });

  it('error you can retry: the banner offers Retry, which streams the answer', async () => {
    const page = await openPlayground(browser, 'chatkit');
    await pick(page, 'chatkit', 'error-retry');
    await settled(page, 'failed');
    const banner = panel(page).locator('.tl-error-banner[data-retryable="true"]');

    expect(await banner.locator('.tl-error-banner-message').innerText()).toBe('Something went wrong while answering.');
    expect(await lastAnswer(page).getAttribute('data-state')).toBe('error');
    await shoot(page, 'chatkit-error-retry');

    await banner.getByRole('button', { name: 'Retry', exact: true }).click();
    await settled(page);
    expect(await lastAnswer(page).innerText()).toContain('The main difference is when you pay taxes.');
    expect(await panel(page).locator('.tl-error-banner').count()).toBe(0);
    await shoot(page, 'chatkit-error-retried');
  });

  it('guardrail error: the partial answer is withdrawn and the banner offers no retry', async () => {
    const page = await openPlayground(browser, 'chatkit');
    await pick(page, 'chatkit', 'error');
    await settled(page, 'failed');
    const banner = panel(page).locator('.tl-error-banner');

    expect(await banner.locator('.tl-error-banner-message').innerText()).toBe('The assistant response was blocked.');
    expect(await banner.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    expect(await panel(page).locator('.tl-message[data-role="assistant"]').count()).toBe(0);
    expect(await panel(page).locator('.tl-thread-messages').innerText()).not.toContain('The owl arrived at dawn');
    await shoot(page, 'chatkit-guardrail');
  });

  it('cancel mid-answer: Stop ends the stream and keeps the partial post', async () => {
    const page = await openPlayground(browser, 'chatkit');
    await pick(page, 'chatkit', 'cancel');
    await lastAnswer(page).getByText('Why index funds work').waitFor();
    await panel(page).getByRole('button', { name: 'Stop', exact: true }).click();
    await settled(page, 'cancelled');
    const answer = lastAnswer(page);

    const partial = await answer.innerText();
    expect(partial).toContain('Why index funds work');
    expect(partial).not.toContain('turns a low-cost fund into a good long-term result');
    // Nothing streams in after the stop.
    await page.waitForTimeout(300);
    expect(await answer.innerText()).toBe(partial);
    await shoot(page, 'chatkit-cancel');
  });

  it('20,000-token answer: the whole report streams in and renders', async () => {
    const page = await openPlayground(browser, 'chatkit');
    await pick(page, 'chatkit', 'long-answer');
    await settled(page, 'complete', 90_000);
    const answer = lastAnswer(page);

    await expectWholeLongReport(answer);
    await shoot(page, 'chatkit-long-answer');
  }, 120_000);

  it('thread of 1,000 messages: the long history renders above the answer', async () => {
    const page = await openPlayground(browser, 'chatkit');
    await pick(page, 'chatkit', 'thousand-messages');
    await settled(page, 'complete', 60_000);
    const messages = panel(page).locator('.tl-message');

    expect(await messages.count()).toBe(1000);
    expect(await lastAnswer(page).innerText()).toContain('This thread now holds 1,000 messages');
    await shoot(page, 'chatkit-thousand-messages');
    await messages.first().scrollIntoViewIfNeeded();
    // Turns out of sight skip rendering (content-visibility), so the first one has text once a
    // frame has drawn it.
    await expect.poll(() => messages.first().innerText()).toMatch(/^Question 1: how did \w+'s [\w ]+ change last quarter\?/);
    await shoot(page, 'chatkit-thousand-messages-top');
  }, 90_000);
});
