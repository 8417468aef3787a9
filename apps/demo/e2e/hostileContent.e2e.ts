import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, connectBrowser, lastAnswer, openPlayground, panel, settled, shoot, thread } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Every attribute in the thread that could run script or load anything but http(s), mailto or an inline raster image. */
function unsafeAttributes(page: Page): Promise<string[]> {
  return thread(page).evaluate((root) => {
    const urlAttributes = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'background', 'data', 'ping', 'xlink:href']);
    const found: string[] = [];
    for (const element of [root, ...root.querySelectorAll('*')]) {
      for (const { name, value } of element.attributes) {
        const where = `<${element.tagName.toLowerCase()} ${name}="${value}">`;
        if (name.startsWith('on')) found.push(where);
        else if (urlAttributes.has(name) && !(name === 'src' && element.tagName === 'IMG' && /^data:image\/(png|jpe?g|gif|webp|avif);base64,/i.test(value))) {
          const protocol = URL.canParse(value, document.baseURI) ? new URL(value, document.baseURI).protocol : 'unparsable';
          if (!['http:', 'https:', 'mailto:'].includes(protocol)) found.push(where);
        }
      }
    }
    return found;
  });
}

describe('hostile content in a streamed thread', () => {
  it('javascript: links, data: URLs and onerror images in markdown, citations, workflow sources and widgets never run', async () => {
    const dialogs: string[] = [];
    const popups: string[] = [];
    const page = await openPlayground(browser, 'chatkit');
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.context().on('page', (popup) => popups.push(popup.url()));

    await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('hostile-content');
    await panel(page).getByTestId('pinned-scenario').waitFor();
    await ask(page, 'Show me what the open web sends');
    await settled(page);

    // The payloads arrived, and show as text.
    const answer = lastAnswer(page);
    expect(await answer.innerText()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await answer.innerText()).toContain('a raw link');
    expect(await panel(page).locator('.tl-widget').innerText()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await panel(page).locator('.tl-workflow-source').count()).toBe(3);
    expect(await answer.locator('.tl-citation-chip').count()).toBeGreaterThan(0);
    expect(await thread(page).locator('script, iframe, object, embed').count()).toBe(0);
    expect(await unsafeAttributes(page)).toEqual([]);

    // A reader clicks everything that looks like a link, opens every citation, and clicks again inside.
    const chips = thread(page).locator('button.tl-citation-chip');
    for (let index = 0; index < (await chips.count()); index += 1) {
      await chips.nth(index).click();
      const links = thread(page).locator('.tl-citation-details:not([hidden]) a, .tl-citation-details:not([hidden]) .tl-citation-title');
      for (let link = 0; link < (await links.count()); link += 1) await links.nth(link).click({ modifiers: [] });
      await page.keyboard.press('Escape');
    }
    await thread(page).evaluate((root) => {
      for (const details of root.querySelectorAll('details')) details.open = true;
    });
    const clickable = thread(page).locator('a, .tl-markdown-link-removed, .tl-markdown-image, .tl-workflow-source, .tl-widget-image').filter({ visible: true });
    expect(await clickable.count()).toBeGreaterThan(10);
    for (let index = 0; index < (await clickable.count()); index += 1) await clickable.nth(index).click();
    // Long enough for an image's onerror or a navigation to have fired.
    await page.waitForTimeout(300);

    expect(dialogs).toEqual([]);
    expect(popups).toEqual([]);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(new URL(page.url()).search).toBe('?dialect=chatkit');
    expect(await unsafeAttributes(page)).toEqual([]);
    await shoot(page, 'hostile-content', { fullPage: true });
  });
});
