import type { Browser, Page } from 'playwright-core';

/** A page of a consumer app, and what it reported while the run drove it. */
export interface AppPage {
  page: Page;
  /** Uncaught errors and console errors (a hydration mismatch is one). */
  problems: string[];
  /** Event-stream requests the page and its workers made. */
  streams(): number;
  /** Event-stream requests made with the page's own `fetch`, not a worker's. */
  streamsOnPage(): Promise<number>;
  close(): Promise<void>;
}

/** Opens `url` in a fresh browser context and records errors and event-stream requests. */
export async function openApp(browser: Browser, url: string): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems: string[] = [];
  let streams = 0;
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The apps have no icon; a browser asks for one anyway.
    const source = message.location().url;
    if (source.endsWith('/favicon.ico')) return;
    problems.push(`console error: ${message.text()}${source ? ` (${source})` : ''}`);
  });
  context.on('request', (request) => {
    if ((request.headers().accept ?? '').includes('text/event-stream')) streams += 1;
  });
  // Counts the page's own event-stream fetches (a worker has its own `fetch`, which this leaves alone).
  await context.addInitScript(`{
    const pageFetch = window.fetch;
    window.__threadlinePageStreams = 0;
    window.fetch = function (input, init) {
      const accept = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).get('accept') ?? '';
      if (accept.includes('text/event-stream')) window.__threadlinePageStreams += 1;
      return pageFetch.apply(this, arguments);
    };
  }`);
  await page.goto(url);
  return {
    page,
    problems,
    streams: () => streams,
    streamsOnPage: () => page.evaluate('window.__threadlinePageStreams') as Promise<number>,
    close: () => context.close(),
  };
}
