import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Where the screenshot scripts write: /screenshots at the repo root (git-ignored). */
export const outDir = fileURLToPath(new URL('../../../screenshots/', import.meta.url));

/** A full-page capture lets the page grow to the whole thread instead of scrolling inside the viewport. */
export const unstick =
  '.demo, .demo-panel, .demo-thread { height: auto !important; overflow: visible !important; } .demo-viewport { overflow: visible !important; flex: none !important; }';

/** Saves `screenshots/<name>.png`: the window, or with `fullPage` the whole grown page. */
export async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  const style = fullPage ? await page.addStyleTag({ content: unstick }) : null;
  await page.screenshot({ path: `${outDir}${name}.png`, fullPage, animations: 'disabled' });
  await style?.evaluate((element) => (element as Element).remove());
  console.log(`saved screenshots/${name}.png`);
}
