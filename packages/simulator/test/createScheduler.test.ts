import { describe, expect, it } from 'vitest';
import { createScheduler } from '../src/createScheduler';

describe('createScheduler', () => {
  it('settles a zero-delay wait on a later turn of the event loop', async () => {
    const scheduler = createScheduler();
    let settled = false;
    const waiting = scheduler.wait(0).then((outcome) => {
      settled = true;
      return outcome;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    expect(await waiting).toBe('elapsed');
  });

  it('settles pending waits as closed when closed, and later waits at once', async () => {
    const scheduler = createScheduler();
    const waiting = scheduler.wait(60_000);
    scheduler.close();
    expect(await waiting).toBe('closed');
    expect(await scheduler.wait(60_000)).toBe('closed');
  });

  it('settles a wait as aborted when its signal aborts', async () => {
    const scheduler = createScheduler();
    const controller = new AbortController();
    const waiting = scheduler.wait(60_000, controller.signal);
    controller.abort();
    expect(await waiting).toBe('aborted');
    scheduler.close();
  });
});
