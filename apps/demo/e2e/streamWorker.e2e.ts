import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, lastAnswer, openPlayground, pick, settled } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

// A worker's fetch names the worker's script as its referrer.
const referrer = async (request: Request) => (await request.allHeaders()).referer ?? '';

describe('event streams in a Web Worker', () => {
  it('reads the Boosted stream in the worker, and the answer still arrives whole', async () => {
    const streams: Array<Promise<string>> = [];
    const page = await openPlayground(browser, 'boosted', {
      beforeLoad: async (page) => {
        page.context().on('request', (request) => {
          if ((request.headers().accept ?? '').includes('text/event-stream')) streams.push(referrer(request));
        });
      },
    });
    await pick(page, 'boosted', 'citations-artifacts');
    await settled(page);
    expect(await lastAnswer(page).innerText()).toContain('supply constraints should ease in the second half.');
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([expect.stringMatching(/sseWorker.*\.js$/)]);
    const referrers = await Promise.all(streams);
    expect(referrers.length).toBeGreaterThan(0);
    expect(referrers).toEqual(referrers.map(() => expect.stringMatching(/\/assets\/sseWorker-.*\.js$/)));
  });
});
