import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, connectBrowser, expectWholeLongReport, lastAnswer, openDemo, openPlayground, panel, pick, settled, shoot, suggestion, thread } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('playground, Boosted', () => {
  it('citations and artifacts: a sortable table, a line chart and six numbered citations', async () => {
    const page = await openPlayground(browser, 'boosted');
    await pick(page, 'boosted', 'citations-artifacts');
    await settled(page);
    const answer = lastAnswer(page);
    // Artifacts are fetched once their markers arrive, and recharts loads lazily.
    const table = answer.locator('.tl-artifact[data-state="ready"][data-kind="table"]');
    await table.waitFor();
    await answer.locator('.tl-artifact[data-state="ready"][data-kind="chart"] .recharts-line').first().waitFor();

    expect(await answer.locator('.tl-markdown').first().innerText()).toContain("Here is how NVIDIA's data-center revenue has trended over the last six quarters");
    expect(await answer.innerText()).toContain('supply constraints should ease in the second half.');
    expect(await table.locator('tbody tr').count()).toBe(6);
    expect(await table.locator('tbody tr').last().innerText()).toMatch(/Q3 FY26\s+51\.2\s+66/);
    expect(await answer.locator('.tl-chart-canvas').getAttribute('aria-label')).toContain('Line chart of YoY growth (%)');
    expect(await answer.locator('.tl-citation-chip-number').allInnerTexts()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(await answer.locator('.tl-citation-chip-primary').allInnerTexts()).toEqual([
      'nvidianews.nvidia.com',
      'Hyperscalers raise AI capital spending plans for 2026',
      'Reuters',
      '10-Q',
      'NVDA',
      'Data-center revenue growth (YoY)',
    ]);
    await shoot(page, 'boosted-citations-artifacts', { fullPage: true });

    // Sorting by growth, descending, puts the 154% quarter first.
    const sortByGrowth = table.getByRole('button', { name: /YoY growth/ });
    await sortByGrowth.click();
    await sortByGrowth.click();
    expect(await table.locator('tbody tr').first().innerText()).toMatch(/Q2 FY25\s+26\.3\s+154/);

    // A chip opens its citation's details.
    await answer.locator('.tl-citation-chip[data-type="variable"]').click();
    const details = answer.locator('.tl-citation[data-type="variable"] .tl-citation-details');
    await details.waitFor();
    expect(await details.innerText()).toContain('S&P Global Market Intelligence');
    await shoot(page, 'boosted-citations-artifacts-details');
  });

  it('every artifact viewer: a bar chart, a markdown note, an image and a JSON tree', async () => {
    const page = await openPlayground(browser, 'boosted');
    await pick(page, 'boosted', 'artifact-gallery');
    await settled(page);
    const answer = lastAnswer(page);
    const artifact = (kind: string) => answer.locator(`.tl-artifact[data-state="ready"][data-kind="${kind}"]`);
    // Artifacts are fetched once their markers arrive, and recharts loads lazily.
    for (const kind of ['text', 'image', 'json']) await artifact(kind).waitFor();
    await artifact('chart').locator('.recharts-bar-rectangle').first().waitFor();

    // Four quarters, two series.
    expect(await artifact('chart').locator('.recharts-bar-rectangle').count()).toBe(8);
    expect(await artifact('chart').locator('.tl-chart-title').innerText()).toBe('Apple products and services revenue, fiscal 2025');
    expect(await artifact('text').getByRole('heading').innerText()).toBe('Analyst note: Services carries the margin');
    const image = artifact('image').getByRole('img', { name: /Stacked bars for the four quarters/ });
    await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(320);
    expect(await artifact('json').innerText()).toContain('screen: "Quality compounders"');
    // The GFM table and the code block in the text.
    expect(await answer.locator('.tl-markdown table tbody tr').count()).toBe(4);
    expect(await answer.locator('.tl-code-block[data-language="python"]').innerText()).toContain('services_share = services / total * 100');
    expect(await answer.innerText()).toContain('Eighteen companies passed it.');

    // A closed JSON node opens on click.
    const filters = artifact('json').locator('.tl-json-node[data-type="object"][data-state="closed"]').first();
    await filters.locator('.tl-json-toggle').click();
    expect(await artifact('json').innerText()).toContain('net_cash: true');
    await shoot(page, 'boosted-artifact-gallery', { fullPage: true });
  });

  it('plain answer, typed into the composer: streamed markdown', async () => {
    const page = await openPlayground(browser, 'boosted');
    await ask(page, suggestion('boosted', 'plain'));
    await settled(page);
    const answer = lastAnswer(page);

    expect(await panel(page).locator('.tl-message[data-role="user"]').innerText()).toBe("plain: summarize Apple's quarter");
    expect(await answer.locator('strong').first().innerText()).toBe('Apple (AAPL)');
    expect(await answer.locator('li').allInnerTexts()).toEqual([
      'Services reached a record $28.8 billion',
      'iPhone revenue grew 6%',
      'Gross margin was 47.2%, at the top of guidance',
    ]);
    expect(await answer.innerText()).toContain('margins to stay near current levels.');
    expect(await panel(page).getByRole('textbox', { name: 'Message' }).inputValue()).toBe('');
    await shoot(page, 'boosted-plain');
  });

  it('progress log: six work-in-progress steps, then the answer', async () => {
    const page = await openPlayground(browser, 'boosted');
    await pick(page, 'boosted', 'progress');
    await panel(page).locator('.tl-progress[data-state="active"]').waitFor();
    await settled(page);
    const progress = panel(page).locator('.tl-progress');
    await progress.locator('summary').click();

    expect(await progress.locator('summary').innerText()).toBe('Work log (6)');
    expect(await progress.locator('li').allInnerTexts()).toEqual([
      'Planning the analysis',
      'Loading the Magnificent Seven constituents',
      'Fetching trailing twelve-month returns',
      'Ranking by total return',
      'Checking dividend adjustments',
      'Writing the summary',
    ]);
    expect(await lastAnswer(page).innerText()).toContain('NVIDIA led the group with a total return near 60%');
    await shoot(page, 'boosted-progress');
  });

  it('cancel mid-answer: Stop cancels the task and keeps the partial answer', async () => {
    const page = await openPlayground(browser, 'boosted');
    await pick(page, 'boosted', 'cancel');
    await lastAnswer(page).getByText('Strongest candidates').waitFor();
    await panel(page).getByRole('button', { name: 'Stop', exact: true }).click();
    await settled(page, 'cancelled');
    const answer = lastAnswer(page);
    await answer.and(page.locator('[data-state="cancelled"]')).waitFor();

    const partial = await answer.innerText();
    expect(partial).toContain('Screening the S&P 500');
    expect(partial).not.toContain('concentration in semiconductor exposure');
    // Nothing streams in after the stop.
    await page.waitForTimeout(300);
    expect(await answer.innerText()).toBe(partial);
    expect(await panel(page).locator('.tl-cancel-button').isDisabled()).toBe(true);
    await shoot(page, 'boosted-cancel');
  });

  it('dropped connection: the stream reopens and the whole answer arrives', async () => {
    const page = await openPlayground(browser, 'boosted');
    const streams: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/boosted/v2/threads/stream/')) streams.push(request.url());
    });
    await pick(page, 'boosted', 'closed-early');
    await settled(page);

    // The stream opened with the page; the server closed it mid-answer, so any stream request
    // after the question is the reopen.
    expect(streams.length).toBeGreaterThanOrEqual(1);
    const answer = lastAnswer(page);
    expect(await answer.innerText()).toContain(
      "Comparing Tesla's delivery numbers with consensus estimates: Q3 deliveries came in at 497,099 vehicles, about 54,000 above the consensus of roughly 443,000, as buyers in the United States rushed to claim the federal EV tax credit before it expired.",
    );
    expect(await panel(page).locator('.tl-error-banner').count()).toBe(0);
    expect(await panel(page).getByLabel(/^Thread complete, connection open/).count()).toBe(1);
    await shoot(page, 'boosted-closed-early');
  });

  it('protocol error: a malformed frame shows a banner, and the answer still completes', async () => {
    const page = await openPlayground(browser, 'boosted');
    await pick(page, 'boosted', 'malformed');
    await settled(page);
    const banner = panel(page).locator('.tl-error-banner[data-kind="protocol"]');
    await banner.waitFor();

    expect(await banner.innerText()).toContain('Malformed Boosted frame');
    expect(await banner.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    expect(await lastAnswer(page).innerText()).toContain(
      'Microsoft (MSFT) raised its quarterly dividend by 10% to $0.91 per share, its twentieth consecutive annual increase.',
    );
    await shoot(page, 'boosted-malformed');
  });

  it('a failed thread creation offers Try again, a failed send offers Retry', async () => {
    // Thread creation fails as if the simulator were down, until the route is removed.
    const threads = '**/boosted/v2/threads';
    const page = await openDemo(browser, {
      path: '?dialect=boosted',
      allowConsoleErrors: /net::ERR_CONNECTION_(REFUSED|RESET)/,
      beforeLoad: (page) => page.route(threads, (route) => (route.request().method() === 'POST' ? route.abort('connectionrefused') : route.fallback())),
    });
    await page.getByRole('alert').getByText('Could not create a thread').waitFor();
    await shoot(page, 'boosted-create-thread-failed');
    await page.unroute(threads);
    await page.getByRole('button', { name: 'Try again' }).click();
    await thread(page).waitFor();

    // The message post fails at the network level: the thread shows the error with a Retry.
    const messages = '**/boosted/v2/threads/*/messages';
    await page.route(messages, (route) => (route.request().method() === 'POST' ? route.abort('connectionreset') : route.fallback()));
    await pick(page, 'boosted', 'plain');
    const banner = panel(page).locator('.tl-error-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('Retry');
    await shoot(page, 'boosted-send-failed');

    await page.unroute(messages);
    await banner.getByRole('button', { name: 'Retry', exact: true }).click();
    await settled(page);
    expect(await lastAnswer(page).innerText()).toContain('Apple (AAPL) closed fiscal Q4 with revenue of $102.5 billion');
    expect(await banner.count()).toBe(0);
    await shoot(page, 'boosted-send-retried');
  });

  it('20,000-token answer: the whole report streams in and renders', async () => {
    const page = await openPlayground(browser, 'boosted');
    await pick(page, 'boosted', 'long-answer');
    await settled(page, 'complete', 90_000);
    const answer = lastAnswer(page);

    await expectWholeLongReport(answer);
    await shoot(page, 'boosted-long-answer');

    // Its blocks come in groups; every group but the last skips rendering out of sight. Such a
    // group keeps its blocks' margins inside it, so the styles keep the gap at a group's edge the
    // next block's top margin, neither both margins nor none.
    const groups = answer.locator('.tl-markdown-group');
    expect(await groups.count()).toBeGreaterThan(3);
    const styles = await groups.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).contentVisibility));
    expect(styles.slice(0, -1).every((style) => style === 'auto')).toBe(true);
    expect(styles.at(-1)).toBe('visible');
    const edges = await groups.evaluateAll((elements) =>
      elements.slice(1).map((group) => {
        const before = group.previousElementSibling!.lastElementChild!;
        const after = group.firstElementChild!;
        return {
          gap: after.getBoundingClientRect().top - before.getBoundingClientRect().bottom,
          margin: Number.parseFloat(getComputedStyle(after).marginTop),
          blocks: `${before.tagName} ${after.tagName}`,
        };
      }),
    );
    for (const { gap, margin, blocks } of edges) {
      expect(margin, blocks).toBeGreaterThan(0);
      expect(gap, blocks).toBeCloseTo(margin, 0);
    }
  }, 120_000);

  it('thread of 1,000 messages: the replayed history renders with the answer', async () => {
    const page = await openPlayground(browser, 'boosted');
    await pick(page, 'boosted', 'thousand-messages');
    await settled(page, 'complete', 60_000);
    const messages = panel(page).locator('.tl-message');

    expect(await messages.count()).toBe(1000);
    expect(await lastAnswer(page).innerText()).toContain('This thread now holds 1,000 messages');
    await shoot(page, 'boosted-thousand-messages');
    // The stream replays the earlier questions and answers as messages, from the first to the last.
    const first = panel(page).getByText(/^Question 1: how did \w+'s [\w ]+ change last quarter\?$/);
    await first.scrollIntoViewIfNeeded();
    expect(await panel(page).getByText(/^Answer 499: /).count()).toBe(1);
    await shoot(page, 'boosted-thousand-messages-top');
  }, 90_000);
});

/** Switches the Boosted tab's transport, which starts a new thread, and waits until that thread is ready. */
async function switchTransport(page: Page, transport: 'sse' | 'grpc'): Promise<void> {
  await page.getByTestId('transport-select').selectOption(transport);
  await thread(page).and(page.locator('[data-dialect="boosted"][data-state="idle"]')).waitFor();
}

/** The URLs of the page's event stream requests, by transport, and the ids of the threads it creates, from now on. */
function watchStreams(page: Page): { sse: string[]; grpc: string[]; created: string[] } {
  const streams = { sse: [] as string[], grpc: [] as string[], created: [] as string[] };
  page.on('request', (request) => {
    if (request.url().includes('/boosted/v2/threads/stream/')) streams.sse.push(request.url());
    if (request.url().includes('/boosted.thread.v1.ThreadService/')) streams.grpc.push(request.url());
  });
  page.on('response', async (response) => {
    if (response.request().method() !== 'POST' || !response.url().endsWith('/boosted/v2/threads')) return;
    const body = (await response.json().catch(() => null)) as { thread_id?: string } | null;
    if (body?.thread_id) streams.created.push(body.thread_id);
  });
  return streams;
}

describe('playground, Boosted over gRPC', () => {
  it('the transport switch starts a new thread whose answer streams over the gRPC service: artifacts and six citations', async () => {
    const page = await openPlayground(browser, 'boosted');
    const streams = watchStreams(page);
    await switchTransport(page, 'grpc');
    expect(page.url()).toContain('transport=grpc');
    await expect.poll(() => streams.created.length).toBeGreaterThanOrEqual(1);
    const grpcThread = streams.created.at(-1)!;
    await pick(page, 'boosted', 'citations-artifacts');
    await settled(page);
    const answer = lastAnswer(page);
    await answer.locator('.tl-artifact[data-state="ready"][data-kind="table"]').waitFor();
    await answer.locator('.tl-artifact[data-state="ready"][data-kind="chart"] .recharts-line').first().waitFor();

    expect(await answer.innerText()).toContain('supply constraints should ease in the second half.');
    expect(await answer.locator('.tl-citation-chip-number').allInnerTexts()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(await panel(page).locator('.tl-progress li').count()).toBe(4);
    // The Connect protocol's server-streaming call, and no SSE stream, carried the new thread.
    expect(streams.grpc.length).toBeGreaterThanOrEqual(1);
    expect(streams.grpc.every((url) => url.endsWith('/boosted.thread.v1.ThreadService/SubscribeThreadEvents'))).toBe(true);
    // The thread the page opened with may still have its SSE stream asked for; the new one never.
    expect(streams.sse.filter((url) => url.includes(grpcThread))).toEqual([]);
    expect(await panel(page).getByLabel(/^Thread complete, connection open/).count()).toBe(1);
    await shoot(page, 'boosted-grpc-citations-artifacts', { fullPage: true });

    // And back: the next thread streams over SSE again.
    await switchTransport(page, 'sse');
    await pick(page, 'boosted', 'plain');
    await settled(page);
    expect(await lastAnswer(page).innerText()).toContain('margins to stay near current levels.');
    expect(streams.sse.length).toBeGreaterThanOrEqual(1);
  });

  it('thread renamed: the status line shows the name the agent gave the thread', async () => {
    const page = await openPlayground(browser, 'boosted');
    await switchTransport(page, 'grpc');
    await pick(page, 'boosted', 'rename');
    await settled(page);

    expect(await panel(page).locator('.demo-status-title').innerText()).toBe('“Microsoft dividend history”');
    expect(await panel(page).getByLabel(/^Thread complete, connection open, titled “Microsoft dividend history”/).count()).toBe(1);
    expect(await lastAnswer(page).innerText()).toContain('the latest increase was 10%, to $0.91 a share.');
    await shoot(page, 'boosted-grpc-rename');
  });

  it('worker error: the run fails with a banner offering Retry, and the partial answer stays', async () => {
    const page = await openPlayground(browser, 'boosted');
    await switchTransport(page, 'grpc');
    await pick(page, 'boosted', 'worker-error');
    await settled(page, 'failed');
    const banner = panel(page).locator('.tl-error-banner[data-kind="server"]');
    await banner.waitFor();

    expect(await banner.innerText()).toContain('The worker running this task stopped unexpectedly.');
    expect(await banner.getByRole('button', { name: 'Retry', exact: true }).count()).toBe(1);
    expect(await lastAnswer(page).innerText()).toContain('Tesla delivered 497,099 vehicles in the third quarter, and');
    await shoot(page, 'boosted-grpc-worker-error');
  });

  it('cancel mid-answer over gRPC: Stop keeps the partial answer, cancelled', async () => {
    const page = await openPlayground(browser, 'boosted');
    await switchTransport(page, 'grpc');
    await pick(page, 'boosted', 'cancel');
    await lastAnswer(page).getByText('Strongest candidates').waitFor();
    await panel(page).getByRole('button', { name: 'Stop', exact: true }).click();
    await settled(page, 'cancelled');
    const answer = lastAnswer(page);
    await answer.and(page.locator('[data-state="cancelled"]')).waitFor();

    expect(await answer.innerText()).toContain('Screening the S&P 500');
    expect(await answer.innerText()).not.toContain('concentration in semiconductor exposure');
    await shoot(page, 'boosted-grpc-cancel');
  });
});
