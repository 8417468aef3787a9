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

  it("serves a shared worker's port from the same module, as `createSseWorkerTransport({ shared: true })` starts it", async () => {
    const page = await openPlayground(browser, 'boosted');
    await pick(page, 'boosted', 'plain');
    await settled(page);
    const [dedicated] = page.workers();
    // A page's own thread, streamed through the built worker module started as a shared worker.
    const reports = await page.evaluate(async (workerUrl) => {
      const base = `${location.origin}/boosted/v2/threads`;
      const created = (await (await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"thread_name":"shared"}' })).json()) as { thread_id: string };
      const worker = new SharedWorker(workerUrl, { type: 'module', name: 'threadline-sse-e2e' });
      const seen: Array<{ type: string; state?: string; entries?: Array<{ type: string; message?: { data: string } }> }> = [];
      const answered = new Promise<void>((resolve, reject) => {
        worker.addEventListener('error', () => reject(new Error('The shared worker did not load.')));
        worker.port.addEventListener('message', (event: MessageEvent) => {
          seen.push(event.data);
          if (event.data.type === 'state' && event.data.state === 'open') void fetch(`${base}/${created.thread_id}/messages`, { method: 'POST', body: new URLSearchParams({ message: 'hello' }) });
          if (seen.some((report) => report.entries?.some((entry) => entry.message?.data.includes('"Complete"')))) resolve();
        });
        worker.port.start();
      });
      worker.port.postMessage({ type: 'open', streamId: 1, request: { url: `${base}/stream/${created.thread_id}`, method: 'GET', headers: [], body: null } });
      await answered;
      worker.port.postMessage({ type: 'abort', streamId: 1 });
      return seen;
    }, dedicated!.url());
    expect(reports[0]).toEqual({ type: 'ready' });
    expect(reports.filter((report) => report.type === 'state').map((report) => report.state)).toEqual(['connecting', 'open']);
    expect(reports.filter((report) => report.type === 'entries').length).toBeGreaterThan(0);
  });
});
