import { chromium } from 'playwright-core';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { createLongReport, formatPacingHeader, splitPacedText } from '@threadline/simulator';
import { formatPageParams } from '../page/readPageParams';
import { loadEarlierMessages } from './loadEarlierMessages';
import { pagesDist } from './buildPages';
import { pickAnswerMarkers } from './pickAnswerMarkers';
import type { AnswerMarkers } from './pickAnswerMarkers';
import { startBenchServer } from './startBenchServer';
import type { BenchServer } from './startBenchServer';

/** What {@link openStreamPage} streams: one contender's page, the long answer's first `deltas`. */
export interface StreamPageOptions {
  contender: string;
  deltas: number;
  /** Deltas per burst (default: paced, one at a time). */
  burst?: number;
  /** A thread of 1,000 earlier messages first. */
  earlier?: boolean;
}

/** A contender's page ready to stream, with a CDP session reading thread-time metrics. */
export interface StreamPage {
  browser: Browser;
  server: BenchServer;
  page: Page;
  cdp: CDPSession;
  markers: AnswerMarkers;
  close(): Promise<void>;
}

/**
 * The setup the single-contender tools share (`profile.ts`, `trace.ts`): the bench server, Debian's
 * Chromium, the contender's page opened on the paced answer and settled, ready for `__bench.start()`.
 */
export async function openStreamPage({ contender, deltas, burst, earlier = false }: StreamPageOptions): Promise<StreamPage> {
  const question = 'Write a huge 20,000-token report';
  const all = splitPacedText(createLongReport(), { deltasPerSecond: 1000 });
  const markers = pickAnswerMarkers(all, question, Math.min(deltas, all.length));
  const server = await startBenchServer(pagesDist);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const close = async () => {
    await browser.close();
    await server.close();
  };
  try {
    server.setHistory(await loadEarlierMessages(server.url));
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const pacing = formatPacingHeader({ deltasPerSecond: 1000, wordsPerDelta: 1, ...(markers.deltaCount < all.length ? { maxDeltas: markers.deltaCount } : {}), ...(burst ? { burst } : {}) });
    await page.goto(`${server.url}/${contender}.html${formatPageParams({ firstWord: markers.firstWord, lastWord: markers.lastWord, pacing, earlier, question })}`);
    await page.waitForFunction(() => window.__bench !== undefined);
    await page.evaluate(() => window.__bench?.ready);
    await page.waitForTimeout(500);
    return { browser, server, page, cdp, markers, close };
  } catch (error) {
    await close();
    throw error;
  }
}
