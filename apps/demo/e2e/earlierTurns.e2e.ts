import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, connectBrowser, openPlayground, panel, pick, settled } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

const contentVisibility = (group: Locator) => group.evaluate((element) => getComputedStyle(element).contentVisibility);

describe('earlier turns', () => {
  it('skip rendering out of sight, and an open citation panel in one is shown whole', async () => {
    const page = await openPlayground(browser, 'boosted');
    await pick(page, 'boosted', 'citations-artifacts');
    await settled(page);
    await ask(page, 'And the year before?');
    await panel(page).locator('.tl-message[data-role="assistant"]').nth(1).waitFor();
    await settled(page);

    const groups = panel(page).locator('.tl-thread-group');
    const earlier = groups.filter({ has: page.locator('.tl-citation-chip[data-type="variable"]') }).first();
    const last = groups.last();
    expect(await contentVisibility(earlier)).toBe('auto');
    expect(await contentVisibility(last)).toBe('visible');

    await earlier.locator('.tl-citation-chip[data-type="variable"]').scrollIntoViewIfNeeded();
    await earlier.locator('.tl-citation-chip[data-type="variable"]').click();
    const details = earlier.locator('.tl-citation[data-type="variable"] .tl-citation-details');
    await details.waitFor();
    // The containment would clip the panel to its turn: the turn lifts it while the panel is open.
    expect(await contentVisibility(earlier)).toBe('visible');
    const box = (await details.boundingBox())!;
    const shown = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('.tl-citation-details') !== null,
      { x: box.x + box.width / 2, y: box.y + box.height - 4 },
    );
    expect(shown).toBe(true);

    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'hidden' });
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await expect.poll(() => contentVisibility(earlier)).toBe('auto');
  });
});
