import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, openDemo, shoot } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** One of the gallery's three cards. */
function variant(page: Page, name: 'default' | 'dark' | 'teletype'): Locator {
  return page.getByTestId(`gallery-variant-${name}`);
}

/** The stage's state once it stops loading. */
async function stageSettles(page: Page, state: string): Promise<void> {
  await page.getByTestId('gallery-stage').and(page.locator(`[data-state="${state}"]`)).waitFor({ timeout: 30_000 });
}

/** The answer as a card shows it, without its source numbers. */
async function answerText(card: Locator, selector: string): Promise<string> {
  const text = await card.locator(selector).last().innerText();
  return text
    .replace(/\s*(source\s*)?\[\d\]/g, '')
    .replace(/(\D)\d(?=[,.]|\s|$)/g, '$1')
    .trim();
}

/** The relative luminance (0 black, 1 white) of the first opaque background from an element up. */
function backgroundLuminance(element: Locator): Promise<number> {
  return element.evaluate((start) => {
    for (let node: Element | null = start; node; node = node.parentElement) {
      const match = /rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)/.exec(getComputedStyle(node).backgroundColor);
      if (match && (match[4] === undefined || Number(match[4]) > 0.5)) {
        const [red, green, blue] = [match[1], match[2], match[3]].map((channel) => {
          const value = Number(channel) / 255;
          return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
        }) as [number, number, number];
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
      }
    }
    return 1;
  });
}

const answer =
  'Apple rates the iPhone 17 at up to 30 hours of video playback, while Google rates the Pixel 10 at 29 hours. ' +
  'In independent endurance testing the gap is within a few percent, so either will get most people through a full day.';

describe('customization gallery', () => {
  it('one thread drawn three ways: the same answer in the default, dark and teletype cards, each beside its code', async () => {
    const page = await openDemo(browser, { path: '#/gallery' });
    const stage = page.getByTestId('gallery-stage');
    await stage.and(page.locator('[data-state="idle"]')).waitFor();
    expect(await page.getByTestId('gallery-state').innerText()).toBe('Nothing played yet. The three views below are empty.');

    await page.getByRole('button', { name: 'Play the thread' }).click();
    await stageSettles(page, 'complete');
    expect(await page.getByTestId('gallery-state').innerText()).toMatch(/^Done: \d+ items, streamed once and drawn three ways\.$/);
    expect(await page.getByTestId('gallery-play').innerText()).toBe('Play again');

    // The same answer in all three, from the one thread in the store.
    expect(await answerText(variant(page, 'default'), '.tl-message[data-role="assistant"] .tl-markdown')).toBe(answer);
    expect(await answerText(variant(page, 'dark'), '.tl-message[data-role="assistant"] .tl-markdown')).toBe(answer);
    expect(await answerText(variant(page, 'teletype'), '.tty-answer-text')).toBe(answer);
    for (const name of ['default', 'dark'] as const) {
      const card = variant(page, name);
      expect(await card.locator('.tl-message[data-role="user"]').innerText()).toContain('Compare iPhone 17 and Pixel 10 battery life');
      expect(await card.locator('.tl-widget').innerText()).toContain('Battery life: iPhone 17 vs Pixel 10');
      expect(await card.locator('.tl-message[data-role="assistant"]').getByRole('list', { name: 'Sources' }).locator('.tl-citation-chip-secondary').allInnerTexts()).toEqual([
        'apple.com',
        'store.google.com',
        'gsmarena.com',
      ]);
    }

    // The dark card: the dark theme's attribute, and a dark background behind its thread.
    const dark = variant(page, 'dark');
    expect(await dark.locator('[data-tl-theme="dark"]').count()).toBe(1);
    expect(await dark.locator('[data-tl-theme="dark"] .tl-thread').count()).toBe(1);
    expect(await backgroundLuminance(dark.locator('.tl-thread'))).toBeLessThan(0.1);
    expect(await backgroundLuminance(variant(page, 'default').locator('.tl-thread'))).toBeGreaterThan(0.8);
    // (Its viewport is a role-less div, so the label names no landmark; it is still the label.)
    expect(await dark.getByLabel('Thread in the dark theme', { exact: true }).count()).toBe(1);

    // The teletype: its own region, and the sources as numbered footnotes.
    const teletype = variant(page, 'teletype').getByRole('region', { name: 'Thread as a teletype log' });
    expect(await teletype.count()).toBe(1);
    expect(await variant(page, 'teletype').locator('.tl-thread').count()).toBe(0);
    const footnotes = teletype.getByRole('list', { name: 'Sources' });
    expect(await footnotes.getByRole('listitem').count()).toBe(3);
    expect(await footnotes.getByRole('link').allInnerTexts()).toEqual(['iPhone 17 - Technical Specifications', 'Pixel 10 tech specs', 'Battery life test results']);
    expect(await teletype.getAttribute('data-state')).toBe('complete');
    expect((await teletype.locator('.tty-status').innerText()).toLowerCase()).toMatch(/complete$/);
    await shoot(page, 'gallery-played', { fullPage: true });

    // "Code": each card shows its own source.
    const teletypeCard = variant(page, 'teletype');
    await teletypeCard.getByRole('tab', { name: 'Code' }).click();
    const code = page.getByTestId('gallery-code-teletype');
    await code.locator('.gallery-source').first().waitFor();
    expect(await teletypeCard.getByRole('tab', { name: 'Code' }).getAttribute('aria-selected')).toBe('true');
    expect(await teletypeCard.locator('.gallery-preview').isHidden()).toBe(true);
    expect(await code.locator('.gallery-source summary code').allInnerTexts()).toEqual([
      'teletype/TeletypeThread.tsx',
      'teletype/TeletypeItem.tsx',
      'teletype/teletype.css',
      'teletype/placeFootnotes.ts',
      'teletype/widgetLines.ts',
    ]);
    const mainSource = code.locator('.gallery-source').first();
    expect(await mainSource.getAttribute('open')).not.toBeNull();
    expect(await mainSource.innerText()).toContain('useThreadStream');
    expect(await mainSource.innerText()).toContain('export function TeletypeThread');

    await variant(page, 'dark').getByRole('tab', { name: 'Code' }).click();
    const darkCode = page.getByTestId('gallery-code-dark');
    await darkCode.locator('.gallery-source').first().waitFor();
    expect(await darkCode.locator('.gallery-source').first().innerText()).toContain('data-tl-theme="dark"');
    await shoot(page, 'gallery-code');

    // Back to the preview: the thread is still there.
    await teletypeCard.getByRole('tab', { name: 'Preview' }).click();
    expect(await answerText(teletypeCard, '.tty-answer-text')).toBe(answer);
  });

  it('a failing run: the stage shows the error, and Try again plays it through', async () => {
    const page = await openDemo(browser, { path: '#/gallery' });
    await page.getByRole('button', { name: 'Play a failing run' }).click();
    await stageSettles(page, 'error');

    const error = page.getByTestId('gallery-error');
    expect(await error.innerText()).toContain('Could not finish the thread. Something went wrong while answering.');
    expect(await page.getByTestId('gallery-state').innerText()).toBe('The run failed.');
    expect(await variant(page, 'default').locator('.tl-error-banner-message').innerText()).toBe('Something went wrong while answering.');
    expect(await variant(page, 'teletype').locator('.tty-error').innerText()).toContain('Something went wrong while answering.');
    await shoot(page, 'gallery-failing');

    await error.getByRole('button', { name: 'Try again' }).click();
    await stageSettles(page, 'complete');
    expect(await error.count()).toBe(0);
    expect(await variant(page, 'default').locator('.tl-error-banner').count()).toBe(0);
    expect(await variant(page, 'default').locator('.tl-message[data-role="assistant"]').last().innerText()).toContain('The main difference is when you pay taxes.');
    // The teletype prints the text as it came, markdown and all: it renders no markdown.
    expect(await variant(page, 'teletype').locator('.tty-answer-text').last().innerText()).toContain('The main difference is **when you pay taxes**.');
    await shoot(page, 'gallery-failing-retried');
  });
});
