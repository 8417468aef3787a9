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

/** A request the page sent, with every header it carried. */
interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** Records every request the page sends from now on. */
function recordRequests(page: Page): () => Promise<SentRequest[]> {
  const sent: Array<Promise<SentRequest>> = [];
  page.on('request', (request) => {
    sent.push(request.allHeaders().then((headers) => ({ method: request.method(), url: request.url(), headers })));
  });
  return () => Promise.all(sent);
}

/** A token no other part of the page could produce. */
function makeToken(): string {
  return `tl_e2e_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
}

/** The backend page's form. */
function form(page: Page): Locator {
  return page.getByRole('form', { name: 'Backend connection' });
}

/** The conversation beside the form. */
function stage(page: Page): Locator {
  return page.locator('.backend-stage');
}

/** Fills the form for the simulator this server mounts, in a dialect, with a token. */
async function fillSimulator(page: Page, dialect: string, token: string, { proxy = false, remember = false } = {}): Promise<void> {
  await form(page).getByRole('combobox', { name: 'Dialect' }).selectOption(dialect);
  await form(page).getByRole('button', { name: 'Fill in the simulator' }).click();
  await form(page).getByLabel('Token', { exact: true }).fill(token);
  expect(await form(page).getByLabel('Token', { exact: true }).getAttribute('type')).toBe('password');
  await form(page).getByRole('checkbox', { name: /^Use the dev proxy/ }).setChecked(proxy);
  await form(page).getByRole('checkbox', { name: /^Remember on this device/ }).setChecked(remember);
}

/** Sends a message from the stage's composer and waits for the answer to stream in and finish. */
async function askAndWatch(page: Page, text: string): Promise<Locator> {
  const input = stage(page).getByRole('textbox', { name: 'Message' });
  await input.fill(text);
  await input.press('Enter');
  const answer = stage(page).locator('.tl-message[data-role="assistant"]').last();
  // It streams: the answer shows while still arriving, then the thread completes.
  await stage(page).locator('.tl-message[data-role="assistant"][data-state="streaming"]').first().waitFor();
  await stage(page).locator('.tl-thread[data-state="complete"]').waitFor({ timeout: 30_000 });
  expect(await answer.getAttribute('data-state')).toBe('complete');
  return answer;
}

/** What the page keeps in localStorage, as one string. */
function storage(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify(localStorage));
}

/** The token appears in no request's URL and not in the page's. */
async function expectTokenOutOfUrls(page: Page, requests: SentRequest[], token: string): Promise<void> {
  expect(requests.filter((request) => request.url.includes(token)).map((request) => request.url)).toEqual([]);
  expect(page.url()).not.toContain(token);
}

describe('your backend', () => {
  it('ChatKit, direct: the form checks the URL, the answer streams with the token as a bearer header, and nothing is stored', async () => {
    const page = await openDemo(browser, { path: '#/backend' });
    const origin = new URL(page.url()).origin;
    const requests = recordRequests(page);
    await page.getByTestId('backend-disconnected').waitFor();

    // Connect with no base URL: the field says why, and nothing connects.
    await form(page).getByRole('button', { name: 'Connect', exact: true }).click();
    expect(await form(page).getByLabel('Base URL').getAttribute('aria-invalid')).toBe('true');
    expect(await form(page).locator('.backend-field-error').innerText()).toBe('Enter the base URL.');
    expect(await page.getByTestId('backend-disconnected').count()).toBe(1);

    const token = makeToken();
    await fillSimulator(page, 'chatkit', token);
    expect(await form(page).getByLabel('Base URL').inputValue()).toBe(`${origin}/chatkit`);
    expect(await form(page).getByLabel('Assistant ID').count()).toBe(0);
    expect(await form(page).getByLabel('Thread ID').count()).toBe(0);
    await shoot(page, 'backend-chatkit-form');
    await form(page).getByRole('button', { name: 'Connect', exact: true }).click();

    const summary = page.getByTestId('backend-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('ChatKit');
    expect(await summary.innerText()).toContain(`${origin}/chatkit`);
    expect(await summary.innerText()).toContain('token set');
    expect(await summary.innerText()).not.toContain('via dev proxy');
    expect(await page.locator('body').innerText()).not.toContain(token);

    const answer = await askAndWatch(page, 'hello: Roth or traditional IRA?');
    expect(await answer.innerText()).toContain('The main difference is when you pay taxes.');
    await shoot(page, 'backend-chatkit-direct');

    const sent = await requests();
    const api = sent.filter((request) => request.url.startsWith(`${origin}/chatkit`));
    expect(api.length).toBeGreaterThan(0);
    expect(api.every((request) => request.method === 'POST' && request.headers.authorization === `Bearer ${token}`)).toBe(true);
    expect(sent.filter((request) => new URL(request.url).pathname.startsWith('/__proxy'))).toEqual([]);
    await expectTokenOutOfUrls(page, sent, token);
    // Without "remember", nothing about the connection reaches localStorage.
    expect(await storage(page)).not.toContain(token);
    expect(await storage(page)).not.toContain('threadline-demo:backend');

    await form(page).getByRole('button', { name: 'Disconnect' }).click();
    await page.getByTestId('backend-disconnected').waitFor();
  });

  it('ChatKit through the dev proxy, remembered: requests go to /__proxy with the bearer token, and the token is stored until unticked', async () => {
    const page = await openDemo(browser, { path: '#/backend' });
    const origin = new URL(page.url()).origin;
    const requests = recordRequests(page);
    const token = makeToken();
    await fillSimulator(page, 'chatkit', token, { proxy: true, remember: true });
    await form(page).getByRole('button', { name: 'Connect', exact: true }).click();

    const summary = page.getByTestId('backend-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('via dev proxy');
    const answer = await askAndWatch(page, 'hello: Roth or traditional IRA?');
    expect(await answer.innerText()).toContain('The main difference is when you pay taxes.');
    await shoot(page, 'backend-chatkit-proxy');

    const sent = await requests();
    const proxied = sent.filter((request) => new URL(request.url).pathname.startsWith('/__proxy'));
    expect(proxied.length).toBeGreaterThan(0);
    for (const request of proxied) {
      expect(request.url).toBe(`${origin}/__proxy`);
      expect(request.headers.authorization).toBe(`Bearer ${token}`);
      expect(request.headers['x-threadline-target']).toBe(`${origin}/chatkit`);
    }
    // The browser never called the simulator itself.
    expect(sent.filter((request) => new URL(request.url).pathname.startsWith('/chatkit'))).toEqual([]);
    await expectTokenOutOfUrls(page, sent, token);

    // "Remember" keeps the settings, token included, in localStorage, and a reload finds them.
    expect(await storage(page)).toContain(token);
    await page.reload();
    await form(page).waitFor();
    expect(await form(page).getByLabel('Token', { exact: true }).inputValue()).toBe(token);
    expect(await form(page).getByRole('checkbox', { name: /^Remember on this device/ }).isChecked()).toBe(true);
    expect(await form(page).getByRole('checkbox', { name: /^Use the dev proxy/ }).isChecked()).toBe(true);
    expect(page.url()).not.toContain(token);
    // Unticking it removes them at once.
    await form(page).getByRole('checkbox', { name: /^Remember on this device/ }).uncheck();
    expect(await storage(page)).not.toContain(token);
  });

  it('Boosted through the dev proxy: Create thread, then ask on it', async () => {
    const page = await openDemo(browser, { path: '#/backend' });
    const origin = new URL(page.url()).origin;
    const requests = recordRequests(page);
    const token = makeToken();
    await fillSimulator(page, 'boosted', token, { proxy: true });
    expect(await form(page).getByLabel('Base URL').inputValue()).toBe(`${origin}/boosted`);
    expect(await form(page).getByLabel('Thread ID').inputValue()).toBe('');
    await form(page).getByRole('button', { name: 'Connect', exact: true }).click();

    const create = page.getByTestId('backend-create-thread');
    await create.waitFor();
    await shoot(page, 'backend-boosted-create');
    await create.getByRole('button', { name: 'Create thread' }).click();
    const threadTag = page.getByTestId('backend-thread-id');
    await threadTag.waitFor();
    const threadId = (await threadTag.innerText()).replace(/^thread /, '');
    expect(threadId).toMatch(/^[\da-f-]{36}$/);
    expect(await form(page).getByLabel('Thread ID').inputValue()).toBe(threadId);
    expect(await create.count()).toBe(0);

    const answer = await askAndWatch(page, "plain: summarize Apple's quarter");
    expect(await answer.locator('strong').first().innerText()).toBe('Apple (AAPL)');
    expect(await answer.innerText()).toContain('margins to stay near current levels.');
    expect(await stage(page).locator('.tl-message[data-role="user"]').innerText()).toBe("plain: summarize Apple's quarter");
    await shoot(page, 'backend-boosted-proxy');

    const proxied = (await requests()).filter((request) => new URL(request.url).pathname.startsWith('/__proxy'));
    // Creating the thread, its stream and the message all went through the proxy, with the token.
    expect(proxied.some((request) => request.method === 'POST' && request.url === `${origin}/__proxy/v2/threads`)).toBe(true);
    expect(proxied.some((request) => request.url.includes(threadId))).toBe(true);
    for (const request of proxied) {
      expect(request.headers.authorization).toBe(`Bearer ${token}`);
      expect(request.headers['x-threadline-target']).toBe(`${origin}/boosted`);
    }
    await expectTokenOutOfUrls(page, await requests(), token);
    expect(await storage(page)).not.toContain(token);
  });

  it('Assistants, direct: the assistant id is required, and the simulator fills it in', async () => {
    const page = await openDemo(browser, { path: '#/backend' });
    const origin = new URL(page.url()).origin;
    const requests = recordRequests(page);
    await form(page).getByRole('combobox', { name: 'Dialect' }).selectOption('assistants');
    await form(page).getByLabel('Base URL').fill(`${origin}/assistants/v1`);
    await form(page).getByRole('button', { name: 'Connect', exact: true }).click();
    expect(await form(page).getByLabel('Assistant ID').getAttribute('aria-invalid')).toBe('true');
    expect(await form(page).locator('.backend-field-error').innerText()).toBe('Enter the assistant id (asst_…).');

    const token = makeToken();
    await fillSimulator(page, 'assistants', token);
    expect(await form(page).getByLabel('Assistant ID').inputValue()).toBe('asst_demo');
    await form(page).getByRole('button', { name: 'Connect', exact: true }).click();
    const answer = await askAndWatch(page, 'hello: explain dollar-cost averaging');
    expect(await answer.locator('p').first().innerText()).toBe("Sure! Here are three quick tips for a better night's sleep:");
    await shoot(page, 'backend-assistants-direct');

    const api = (await requests()).filter((request) => request.url.startsWith(`${origin}/assistants/v1/`));
    expect(api.length).toBeGreaterThan(0);
    expect(api.every((request) => request.headers.authorization === `Bearer ${token}`)).toBe(true);
    await expectTokenOutOfUrls(page, await requests(), token);
  });
});
