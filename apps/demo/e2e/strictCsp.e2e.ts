import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser, lastAnswer, openDemo, panel, pick, settled, shoot, thread } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

// No 'unsafe-eval' and no 'unsafe-inline' for scripts: the demo and every package it bundles
// must run from its own files alone. Styles may be inline (React writes `style` attributes).
const policy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

interface Watched {
  violations: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
    __inlineScriptRan?: boolean;
  }
}

/** Serves the demo's HTML with the strict policy as a response header, and records every violation the page reports. */
async function underStrictPolicy(page: Page): Promise<void> {
  const origin = new URL(inject('demoUrl')).origin;
  await page.route(
    (url) => url.origin === origin && (url.pathname === '/' || url.pathname.endsWith('.html')),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    },
  );
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
}

async function watched(page: Page): Promise<Watched> {
  return { violations: await page.evaluate(() => window.__cspViolations ?? []) };
}

describe('the demo under a strict Content-Security-Policy', () => {
  it('the policy is in force: an inline script is refused and reported', async () => {
    const page = await openDemo(browser, { path: '?dialect=chatkit', beforeLoad: underStrictPolicy, allowConsoleErrors: /Content Security Policy/ });
    await thread(page).waitFor();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineScriptRan = true';
      document.head.append(script);
    });
    await expect.poll(async () => (await watched(page)).violations).toEqual([expect.stringMatching(/^script-src-elem inline$/)]);
    expect(await page.evaluate(() => window.__inlineScriptRan)).toBeUndefined();
  });

  it('streams a ChatKit workflow, widget and cited answer with no violation', async () => {
    const page = await openDemo(browser, { path: '?dialect=chatkit', beforeLoad: underStrictPolicy });
    await thread(page).waitFor();
    await pick(page, 'chatkit', 'workflow');
    await settled(page);

    expect(await panel(page).locator('.tl-widget').innerText()).toContain('Battery life: iPhone 17 vs Pixel 10');
    expect(await lastAnswer(page).innerText()).toContain('Apple rates the iPhone 17 at up to 30 hours of video playback');
    expect((await watched(page)).violations).toEqual([]);
    await shoot(page, 'strict-csp-chatkit');
  });

  it('streams Boosted artifacts (a lazily loaded chart, an inline image, markdown, JSON) with no violation', async () => {
    const page = await openDemo(browser, { path: '?dialect=boosted', beforeLoad: underStrictPolicy });
    await thread(page).waitFor();
    await pick(page, 'boosted', 'artifact-gallery');
    await settled(page);
    const artifact = (kind: string) => lastAnswer(page).locator(`.tl-artifact[data-state="ready"][data-kind="${kind}"]`);
    for (const kind of ['text', 'image', 'json']) await artifact(kind).waitFor();
    await artifact('chart').locator('.recharts-bar-rectangle').first().waitFor();
    const image = artifact('image').getByRole('img');
    await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

    expect((await watched(page)).violations).toEqual([]);
    await shoot(page, 'strict-csp-boosted-artifacts');
  });

  it('streams Boosted over gRPC (protobuf and Connect, loaded with import()) with no violation', async () => {
    const page = await openDemo(browser, { path: '?dialect=boosted&transport=grpc', beforeLoad: underStrictPolicy });
    await thread(page).waitFor();
    await pick(page, 'boosted', 'plain');
    await settled(page);

    expect(await lastAnswer(page).innerText()).toContain('margins to stay near current levels.');
    expect((await watched(page)).violations).toEqual([]);
  });
});
