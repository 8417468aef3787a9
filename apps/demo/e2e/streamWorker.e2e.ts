import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, lastAnswer, openPlayground, pick, settled } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

// Playwright sees neither a shared worker nor its requests; the browser's targets list it.
async function sharedWorkersOf(page: Page): Promise<Array<{ name: string; path: string }>> {
  const { targetInfo } = await (await page.context().newCDPSession(page)).send('Target.getTargetInfo');
  const { targetInfos } = await (await browser.newBrowserCDPSession()).send('Target.getTargets');
  return targetInfos
    .filter((target) => target.type === 'shared_worker' && target.browserContextId === targetInfo.browserContextId)
    .map((target) => ({ name: target.title, path: new URL(target.url).pathname }));
}

describe('event streams in a Web Worker', () => {
  it("reads the Boosted stream in a shared worker of the page's own, and the answer still arrives whole", async () => {
    const page = await openPlayground(browser, 'boosted', {
      // Counts the event streams the page fetched itself: a worker's `fetch` is its own.
      beforeLoad: (page) =>
        page.addInitScript(() => {
          const pageFetch = window.fetch;
          const counter = window as unknown as { pageStreams: number };
          counter.pageStreams = 0;
          window.fetch = (input, init) => {
            if ((new Headers(init?.headers).get('accept') ?? '').includes('text/event-stream')) counter.pageStreams += 1;
            return pageFetch(input, init);
          };
        }),
    });
    await pick(page, 'boosted', 'citations-artifacts');
    await settled(page);
    expect(await lastAnswer(page).innerText()).toContain('supply constraints should ease in the second half.');
    expect(await page.evaluate(() => (window as unknown as { pageStreams: number }).pageStreams)).toBe(0);
    expect(await sharedWorkersOf(page)).toEqual([{ name: expect.stringMatching(/^threadline-sse-/), path: expect.stringMatching(/^\/assets\/sseWorker-.*\.js$/) }]);
    expect(page.workers()).toEqual([]);
  });
});
