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

/** The status line's run id, which a new run replaces. */
async function runId(page: Page): Promise<string | undefined> {
  const label = await panel(page).locator('.demo-status').getAttribute('aria-label');
  return label?.match(/run (\S+)$/)?.[1];
}

describe('playground, Teammate', () => {
  it('plain answer: a ranked markdown list', async () => {
    const page = await openPlayground(browser, 'teammate');
    await pick(page, 'teammate', 'plain');
    await settled(page);
    const answer = lastAnswer(page);

    expect(await answer.locator('ol > li strong').allInnerTexts()).toEqual([
      'Login loop on Safari (high)',
      'CSV export missing rows (medium)',
      'Typo on the pricing page (low)',
    ]);
    expect(await answer.innerText()).toContain('Want me to file it in Linear?');
    expect(await runId(page)).toBeTruthy();
    await shoot(page, 'teammate-plain');
  });

  it('tools, reasoning, to-dos: three tool calls with their results and a checklist', async () => {
    const page = await openPlayground(browser, 'teammate');
    await pick(page, 'teammate', 'tools');
    await settled(page);
    const calls = panel(page).locator('.tl-tool-call');

    expect(await calls.locator('.tl-tool-call-name').allInnerTexts()).toEqual(['gmail_search', 'TodoWrite', 'linear_create_issue']);
    expect(await calls.locator('.tl-tool-call-status').allInnerTexts()).toEqual(['Done', 'Done', 'Done']);
    await calls.first().locator('summary').click();
    expect(await calls.first().locator('.tl-tool-call-result').innerText()).toContain('Found 3 messages');
    await calls.last().locator('summary').click();
    expect(JSON.parse(await calls.last().locator('.tl-tool-call-result').innerText())).toEqual({ id: 'SUP-482', url: 'https://linear.app/acme/issue/SUP-482' });

    const reasoning = panel(page).locator('.tl-reasoning');
    await reasoning.locator('summary').click();
    expect(await reasoning.innerText()).toContain('Search unread support mail first');

    const todos = panel(page).locator('.tl-workflow[data-variant="todo"]');
    expect(await todos.innerText()).toContain('0 of 3 done');
    expect(await todos.locator('.tl-workflow-task').count()).toBe(3);
    expect(await todos.locator('.tl-workflow-task[data-state="loading"]').innerText()).toContain('File Linear bug for Safari login loop');

    expect(await lastAnswer(page).innerText()).toContain('Filed the Safari login loop as SUP-482 with priority 2.');
    await shoot(page, 'teammate-tools', { fullPage: true });
  });

  it('question: the run asks, and the chosen answer carries it on', async () => {
    const page = await openPlayground(browser, 'teammate');
    await pick(page, 'teammate', 'question');
    await settled(page, 'requires_action');
    const action = panel(page).getByRole('region', { name: 'Action required' });

    expect(await action.getAttribute('data-kind')).toBe('question');
    expect(await action.innerText()).toContain('Which tone should the customer reply use?');
    expect(await action.getByRole('radio').count()).toBe(3);
    await action.getByRole('radio', { name: 'Formal' }).check();
    await shoot(page, 'teammate-question');
    await action.getByRole('button', { name: 'Send answer' }).click();
    await settled(page);

    const text = await panel(page).locator('.tl-thread-messages').innerText();
    expect(text).toContain('Got it: Formal. Drafting the reply to dana@acme.io in that tone now.');
    expect(text).toContain('The draft is saved in Gmail; review it and send when ready.');
    expect(await panel(page).locator('.tl-tool-call .tl-tool-call-name').innerText()).toBe('gmail_create_draft');
    expect(await action.count()).toBe(0);
    await shoot(page, 'teammate-question-answered', { fullPage: true });
  });

  it('tool approval: Allow runs the tool and the answer uses its result', async () => {
    const page = await openPlayground(browser, 'teammate');
    await pick(page, 'teammate', 'approval');
    await settled(page, 'requires_action');
    const action = panel(page).getByRole('region', { name: 'Action required' });

    expect(await action.getAttribute('data-kind')).toBe('approval');
    expect(await action.locator('.tl-pending-action-title').innerText()).toBe('Allow Bash to run?');
    expect(await action.getByLabel('Tool input').innerText()).toContain('npm run export -- --env staging --rows 20000');
    await shoot(page, 'teammate-approval');
    await action.getByRole('button', { name: 'Allow' }).click();
    await settled(page);

    const bash = panel(page).locator('.tl-tool-call');
    expect(await bash.locator('.tl-tool-call-status').innerText()).toBe('Done');
    await bash.locator('summary').click();
    expect(await bash.locator('.tl-tool-call-result').innerText()).toContain('Exported 10000 of 20000 rows');
    expect(await lastAnswer(page).innerText()).toContain('The export stops at exactly 10,000 rows');
    await shoot(page, 'teammate-approval-allowed', { fullPage: true });
  });

  it('plan approval: feedback revises the plan, and approving it runs the plan', async () => {
    const page = await openPlayground(browser, 'teammate');
    await pick(page, 'teammate', 'plan');
    await settled(page, 'requires_action');
    const action = panel(page).getByRole('region', { name: 'Action required' });

    expect(await action.getAttribute('data-kind')).toBe('plan_approval');
    expect(await action.locator('.tl-pending-plan-text li').allInnerTexts()).toEqual([
      'Search the support inbox for unread tickets from the last day',
      'File a Linear issue for each bug',
      'Draft replies for the non-bug tickets',
    ]);
    await shoot(page, 'teammate-plan');

    await action.getByRole('textbox', { name: 'Feedback' }).fill('Only file the urgent bugs');
    await action.getByRole('button', { name: 'Request changes' }).click();
    await action.getByText('File a Linear issue only for high-priority bugs').waitFor();
    expect(await panel(page).locator('.tl-thread-messages').innerText()).toContain('Revising the plan for your feedback: "Only file the urgent bugs".');
    await shoot(page, 'teammate-plan-revised');

    await action.getByRole('button', { name: 'Approve plan' }).click();
    await settled(page);
    const text = await panel(page).locator('.tl-thread-messages').innerText();
    expect(text).toContain('Plan approved. Starting with the inbox search.');
    expect(text).toContain('Found three tickets; filing the Safari login bug first.');
    expect(await panel(page).locator('.tl-tool-call .tl-tool-call-name').innerText()).toBe('gmail_search');
    expect(await action.count()).toBe(0);
    await shoot(page, 'teammate-plan-approved', { fullPage: true });
  });

  it('error frame: the failed tool and the error banner, and Retry asks the run again', async () => {
    const page = await openPlayground(browser, 'teammate');
    await pick(page, 'teammate', 'error');
    await settled(page, 'failed');
    const banner = panel(page).locator('.tl-error-banner');

    expect(await banner.locator('.tl-error-banner-message').innerText()).toBe('API rate limit exceeded');
    const stripe = panel(page).locator('.tl-tool-call');
    expect(await stripe.locator('.tl-tool-call-name').innerText()).toBe('stripe_list_subscriptions');
    expect(await stripe.locator('.tl-tool-call-status').innerText()).toBe('Failed');
    expect(await lastAnswer(page).innerText()).toContain('Let me pull the list of active subscriptions from Stripe.');
    await shoot(page, 'teammate-error');

    // Retry replies to the same run with the same task, which fails the same way.
    const firstRun = await runId(page);
    await banner.getByRole('button', { name: 'Retry', exact: true }).click();
    await panel(page).locator('.tl-message[data-role="user"]').nth(1).waitFor();
    await settled(page, 'failed');
    await banner.waitFor();
    expect(await panel(page).locator('.tl-message[data-role="user"]').allInnerTexts()).toEqual([
      'Pull Stripe subscriptions (rate-limit error)',
      'Pull Stripe subscriptions (rate-limit error)',
    ]);
    expect(await stripe.locator('.tl-tool-call-status').allInnerTexts()).toEqual(['Failed', 'Failed']);
    expect(await banner.locator('.tl-error-banner-message').innerText()).toBe('API rate limit exceeded');
    expect(await runId(page)).toBe(firstRun);
    await shoot(page, 'teammate-error-retried', { fullPage: true });
  });

  it('sandbox failure: a terminal failure shows the error with a Retry', async () => {
    const page = await openPlayground(browser, 'teammate');
    await pick(page, 'teammate', 'sandbox-failure');
    await settled(page, 'failed');
    const banner = panel(page).locator('.tl-error-banner');

    expect(await banner.locator('.tl-error-banner-message').innerText()).toBe('No sandbox is available right now. Please retry in a minute.');
    expect(await banner.getByRole('button', { name: 'Retry', exact: true }).count()).toBe(1);
    expect(await panel(page).locator('.tl-message[data-role="assistant"]').count()).toBe(0);
    await shoot(page, 'teammate-sandbox-failure');
  });

  it('cancel mid-answer: Stop cancels the run and keeps the partial report', async () => {
    const page = await openPlayground(browser, 'teammate');
    await pick(page, 'teammate', 'cancel');
    await lastAnswer(page).getByText('Here is the weekly support report you asked for.').waitFor();
    await panel(page).getByRole('button', { name: 'Stop', exact: true }).click();
    await settled(page, 'cancelled');
    const answer = lastAnswer(page);

    const partial = await answer.innerText();
    expect(partial).toContain('Here is the weekly support report you asked for.');
    expect(partial).not.toContain('cross-train one more person on billing');
    // Nothing streams in after the stop.
    await page.waitForTimeout(300);
    expect(await answer.innerText()).toBe(partial);
    await shoot(page, 'teammate-cancel');
  });

  it('20,000-token answer: the whole report streams in and renders', async () => {
    const page = await openPlayground(browser, 'teammate');
    await pick(page, 'teammate', 'long-answer');
    await settled(page, 'complete', 90_000);
    const answer = lastAnswer(page);

    await expectWholeLongReport(answer);
    await shoot(page, 'teammate-long-answer');
  }, 120_000);
});
