import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDialects } from '../src/components/demoDialects.ts';
import { connectBrowser, lastAnswer, openPlayground, panel, pick, settled, shoot } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('playground', () => {
  it("plays every suggested question in its dialect's end-to-end file", () => {
    for (const dialect of demoDialects) {
      const source = readFileSync(new URL(`./playground-${dialect.name}.e2e.ts`, import.meta.url), 'utf8');
      const untested = dialect.questions.filter(({ scenario }) => !source.includes(`'${dialect.name}', '${scenario}'`)).map(({ scenario }) => scenario);
      expect(untested, `playground-${dialect.name}.e2e.ts plays no suggestion for these scenarios`).toEqual([]);
    }
  });

  it("each dialect tab shows that dialect's suggested questions", async () => {
    const page = await openPlayground(browser, 'boosted');
    for (const dialect of demoDialects) {
      await page.getByRole('tab', { name: dialect.label }).click();
      await panel(page).locator(`.tl-thread[data-dialect="${dialect.name}"]`).waitFor();
      expect(page.url()).toContain(`dialect=${dialect.name}`);
      const suggestions = panel(page).getByRole('list', { name: 'Suggested questions' }).getByRole('button');
      expect(await suggestions.allInnerTexts()).toEqual(dialect.questions.map(({ question }) => question));
    }
  });

  it("switching tabs keeps each dialect's conversation, and New thread starts an empty one", async () => {
    const page = await openPlayground(browser, 'teammate');
    await pick(page, 'teammate', 'plain');
    await settled(page);

    await page.getByRole('tab', { name: 'ChatKit' }).click();
    await pick(page, 'chatkit', 'plain');
    await settled(page);
    expect(await lastAnswer(page).innerText()).toContain('The main difference is when you pay taxes.');

    await page.getByRole('tab', { name: 'Teammate' }).click();
    expect(await lastAnswer(page).innerText()).toContain('Here are the three tickets that came in overnight');
    await shoot(page, 'playground-tabs-keep-threads');

    await page.getByRole('button', { name: 'New thread' }).click();
    await panel(page).locator('.tl-thread-empty').getByRole('heading', { name: 'Give your teammate a task' }).waitFor();
    expect(await panel(page).locator('.tl-message').count()).toBe(0);
    await page.getByRole('tab', { name: 'ChatKit' }).click();
    expect(await lastAnswer(page).innerText()).toContain('The main difference is when you pay taxes.');
  });
});
