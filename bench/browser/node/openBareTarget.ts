import type { Browser, CDPSession } from 'playwright-core';

/** One DevTools session on a page. */
export interface BareSession {
  /** Sends a DevTools protocol command to the page. */
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<T>;
  /** The value of `expression` in the page, awaited if it is a promise; rejects if it throws. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Resolves once `expression` is truthy in the page, checking every `pollMs`. */
  waitFor(expression: string, timeoutMs: number, pollMs?: number): Promise<void>;
  /** Calls `listener` with the params of each `method` event from the page. */
  on(method: string, listener: (params: Record<string, unknown>) => void): void;
}

/** A page the bench drives over its own DevTools sessions, in a browser context of its own. */
export interface BareTarget extends BareSession {
  /** Another session on the same page, with its own domain state (a second clock for `Performance`). */
  attach(): Promise<BareSession>;
  /** Closes the page and its browser context. */
  close(): Promise<void>;
}

interface TargetMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
}

interface EvaluateResult {
  result: { value?: unknown };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

/**
 * Opens `url` at `width`×`height` in a new browser context that Playwright does not manage.
 *
 * A Playwright page carries Playwright's own DevTools sessions, with the Network domain enabled in
 * the page and in each of its workers (for `page.route` and request events). That instrumentation
 * is not the product's cost, and it is not even across contenders: a dedicated worker reading a
 * stream under it sends the page's main thread about 10,000 more tasks per answer (traced), and a
 * page reading the stream itself spends about a third more. No user has it, so the bench leaves it
 * out: Playwright still launches and speaks to Chromium, but this page's only session is the
 * bench's, attached through the browser session (the one-session form of `Target.attachToTarget`,
 * since Playwright's `CDPSession` does not route the flat form's child sessions).
 */
export async function openBareTarget(browser: Browser, url: string, { width, height }: { width: number; height: number }): Promise<BareTarget> {
  const root: CDPSession = await browser.newBrowserCDPSession();
  const { browserContextId } = await root.send('Target.createBrowserContext', {});
  const close = async () => {
    await root.send('Target.disposeBrowserContext', { browserContextId }).catch(() => undefined);
    await root.detach().catch(() => undefined);
  };
  try {
    const { targetId } = await root.send('Target.createTarget', { url: 'about:blank', browserContextId });
    const session = await attachSession(root, targetId);
    await session.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false, screenWidth: width, screenHeight: height });
    await session.send('Page.enable');
    const loaded = new Promise<void>((resolve) => session.on('Page.loadEventFired', () => resolve()));
    const { errorText } = await session.send<{ errorText?: string }>('Page.navigate', { url });
    if (errorText) throw new Error(`${url}: ${errorText}`);
    await loaded;
    return { ...session, attach: () => attachSession(root, targetId), close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function attachSession(root: CDPSession, targetId: string): Promise<BareSession> {
  const { sessionId } = await root.send('Target.attachToTarget', { targetId, flatten: false });
  let lastId = 0;
  const pending = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void; method: string }>();
  const listeners = new Map<string, Array<(params: Record<string, unknown>) => void>>();
  root.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as TargetMessage;
    if (message.id === undefined) {
      for (const listener of listeners.get(message.method ?? '') ?? []) listener(message.params ?? {});
      return;
    }
    const call = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) call?.reject(new Error(`${call.method}: ${message.error.message}`));
    else call?.resolve(message.result ?? {});
  });
  // A page that crashes or closes answers nothing more: fail what waits instead of hanging.
  let detached: string | undefined;
  root.on('Target.detachedFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    detached = "the page's DevTools session ended (the page crashed or closed)";
    for (const call of pending.values()) call.reject(new Error(`${call.method}: ${detached}`));
    pending.clear();
  });

  const send = async <T>(method: string, params: Record<string, unknown> = {}): Promise<T> => {
    if (detached) throw new Error(`${method}: ${detached}`);
    lastId += 1;
    const id = lastId;
    const result = new Promise<Record<string, unknown>>((resolve, reject) => pending.set(id, { resolve, reject, method }));
    await root.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    return (await result) as T;
  };
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await send<EvaluateResult>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  };
  const waitFor = async (expression: string, timeoutMs: number, pollMs = 50): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!(await evaluate<boolean>(`Boolean(${expression})`))) {
      if (Date.now() > deadline) throw new Error(`${expression} was still false after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  };
  return { send, evaluate, waitFor, on: (method, listener) => listeners.set(method, [...(listeners.get(method) ?? []), listener]) };
}
