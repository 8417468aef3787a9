import type { Page } from 'playwright-core';

/** Options of {@link askAndSeeStream}. */
export interface AskOptions {
  question: string;
  /** Text the finished answer contains. */
  expected: string;
}

/**
 * Types a question into the composer and sends it as a person does (Enter), then waits for an
 * assistant message to be seen streaming and for one to finish with the expected text.
 */
export async function askAndSeeStream(page: Page, { question, expected }: AskOptions): Promise<void> {
  const input = page.getByRole('textbox', { name: 'Message' });
  await input.fill(question);
  await input.press('Enter');
  await page.locator('.tl-message[data-role="assistant"][data-state="streaming"]').first().waitFor({ timeout: 30_000 });
  await page.locator('.tl-message[data-role="assistant"][data-state="complete"]').filter({ hasText: expected }).waitFor({ timeout: 60_000 });
  await page.locator('.tl-thread[data-state="complete"]').waitFor({ timeout: 30_000 });
}
