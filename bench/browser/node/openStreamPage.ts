import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { createLongReport, formatPacingHeader, splitPacedText } from '@threadline/simulator';
import { formatPageParams } from '../page/readPageParams';
import { loadEarlierMessages } from './loadEarlierMessages';
import { openBareTarget } from './openBareTarget';
import type { BareTarget } from './openBareTarget';
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

/** A contender's page ready to stream, its `Performance` domain reading thread-time metrics. */
export interface StreamPage {
  browser: Browser;
  server: BenchServer;
  page: BareTarget;
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
    const pacing = formatPacingHeader({ deltasPerSecond: 1000, wordsPerDelta: 1, ...(markers.deltaCount < all.length ? { maxDeltas: markers.deltaCount } : {}), ...(burst ? { burst } : {}) });
    const url = `${server.url}/${contender}.html${formatPageParams({ firstWord: markers.firstWord, lastWord: markers.lastWord, pacing, earlier, question })}`;
    const page = await openBareTarget(browser, url, { width: 1280, height: 800 });
    await page.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.waitFor('window.__bench !== undefined', 60_000);
    await page.evaluate('window.__bench.ready.then(() => true)');
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { browser, server, page, markers, close };
  } catch (error) {
    await close();
    throw error;
  }
}
