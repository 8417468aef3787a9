import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, openDemo, openPlayground, pick, settled, shoot } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

const phone = { width: 390, height: 844 };
const wide = { width: 1920, height: 1080 };

/** How far the page's content reaches past the window's right edge, in CSS pixels. */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Whether the element's box lies inside the window. */
async function insideWindow(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 1 && box.y + box.height <= size.height + 1;
}

describe('the layout from a phone to a wide screen', () => {
  for (const [name, viewport] of [
    ['phone', phone],
    ['wide', wide],
  ] as const) {
    it(`${name}: every page fits the window's width and keeps its page links in view`, async () => {
      const page = await openDemo(browser, { viewport });
      for (const path of ['#/playground', '#/replay', '#/backend', '#/gallery']) {
        await page.goto(new URL(path, page.url()).href);
        await page.getByRole('navigation', { name: 'Demo' }).waitFor();
        expect(await horizontalOverflow(page), `${path} overflows`).toBeLessThanOrEqual(0);
        for (const label of ['Playground', 'Replay', 'Your backend', 'Customization']) {
          const link = page.getByRole('navigation', { name: 'Demo' }).getByRole('link', { name: label, exact: true });
          expect(await insideWindow(page, link), `${label} link on ${path}`).toBe(true);
        }
        await shoot(page, `layout-${name}-${path.slice(2)}`);
      }
    });

    it(`${name}: a streamed answer with a table artifact, the composer and the stop control all fit`, async () => {
      const page = await openPlayground(browser, 'boosted', { viewport });
      await pick(page, 'boosted', 'citations-artifacts');
      await settled(page);
      await page.locator('.demo-panel:not([hidden]) .tl-artifact[data-state="ready"][data-kind="table"]').waitFor({ timeout: 15_000 });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await insideWindow(page, page.locator('.demo-panel:not([hidden]) .tl-composer'))).toBe(true);
      expect(await insideWindow(page, page.locator('.demo-panel:not([hidden]) .tl-cancel-button'))).toBe(true);
      // A wide table scrolls inside its artifact rather than widening the page.
      const table = page.locator('.demo-panel:not([hidden]) .tl-artifact[data-kind="table"]').first();
      const tableBox = await table.boundingBox();
      expect(tableBox && tableBox.x + tableBox.width).toBeLessThanOrEqual(viewport.width);
      await shoot(page, `layout-${name}-boosted-answer`);
    });
  }
});
