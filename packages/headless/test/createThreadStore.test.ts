import { afterEach, describe, expect, it, vi } from 'vitest';
import { createThreadStore, selectItem } from '@threadline/headless';
import type { ThreadEvent } from '@threadline/headless';

function manualFrames() {
  const pending: Array<(frameTime?: number) => void> = [];
  let frame = 0;
  return {
    scheduleFrame: (callback: (frameTime?: number) => void) => {
      pending.push(callback);
      return () => {
        const index = pending.indexOf(callback);
        if (index >= 0) pending.splice(index, 1);
      };
    },
    runFrame: () => {
      frame += 1;
      for (const callback of pending.splice(0)) callback(frame);
    },
    get scheduled() {
      return pending.length;
    },
  };
}

const delta = (messageId: string, text: string): ThreadEvent => ({ type: 'text-delta', messageId, delta: text });

/** Runs a few frames and counts the notifications they bring: 0 means nothing was left to flush. */
function notificationsInFrames(threads: ReturnType<typeof createThreadStore>, frames: ReturnType<typeof manualFrames>, count = 3): number {
  let notifications = 0;
  const unsubscribe = threads.store.subscribe(() => notifications++);
  for (let frame = 0; frame < count; frame += 1) frames.runFrame();
  unsubscribe();
  return notifications;
}

describe('createThreadStore', () => {
  it('coalesces a thousand network events into one notification per frame', () => {
    const frames = manualFrames();
    const threads = createThreadStore({ scheduleFrame: frames.scheduleFrame, eagerFirstAndLastWords: false, throttleMs: 0 });
    threads.enqueue('t1', [delta('m', 'x')]);
    frames.runFrame();
    let notifications = 0;
    threads.store.subscribe(() => notifications++);
    for (let index = 0; index < 1000; index++) threads.enqueue('t1', [delta('m', 'x')]);
    expect(notifications).toBe(0);
    expect(frames.scheduled).toBe(1);
    frames.runFrame();
    expect(notifications).toBe(1);
    expect(selectItem(threads.getThread('t1')!, 'm')).toMatchObject({ parts: [{ type: 'text', text: 'x'.repeat(1001) }] });
  });

  it('never touches another thread', () => {
    const frames = manualFrames();
    const threads = createThreadStore({ scheduleFrame: frames.scheduleFrame, eagerFirstAndLastWords: false });
    threads.dispatch('a', delta('m', 'A'));
    threads.dispatch('b', delta('m', 'B'));
    const b = threads.getThread('b');
    threads.enqueue('a', [delta('m', 'A2')]);
    // The dispatches' notifications are painted by the next frame, so the queue waits one more.
    frames.runFrame();
    expect(selectItem(threads.getThread('a')!, 'm')).toMatchObject({ parts: [{ type: 'text', text: 'A' }] });
    frames.runFrame();
    expect(threads.getThread('b')).toBe(b);
    expect(selectItem(threads.getThread('a')!, 'm')).toMatchObject({ parts: [{ type: 'text', text: 'AA2' }] });
  });

  it('applies queued network events before a local dispatch, keeping their order', () => {
    const frames = manualFrames();
    const threads = createThreadStore({ scheduleFrame: frames.scheduleFrame, eagerFirstAndLastWords: false });
    threads.enqueue('t', [delta('m', 'first ')]);
    threads.dispatch('t', delta('m', 'second'));
    expect(selectItem(threads.getThread('t')!, 'm')).toMatchObject({ parts: [{ type: 'text', text: 'first second' }] });
    expect(notificationsInFrames(threads, frames)).toBe(0);
  });

  it('flushes at once on demand, cancelling the scheduled frame', () => {
    const frames = manualFrames();
    const threads = createThreadStore({ scheduleFrame: frames.scheduleFrame, eagerFirstAndLastWords: false });
    threads.enqueue('t', [{ type: 'progress-add', text: 'working' }]);
    threads.flush();
    expect(threads.getThread('t')?.progress).toEqual([{ text: 'working' }]);
    expect(notificationsInFrames(threads, frames)).toBe(0);
  });

  it('keeps connection state apart from run status', () => {
    const threads = createThreadStore();
    threads.ensureThread('t', 'boosted');
    threads.setConnection('t', 'open');
    threads.flush();
    expect(threads.store.getState().connections.t).toBe('open');
    expect(threads.getThread('t')).toMatchObject({ status: 'idle', dialect: 'boosted', id: 't' });
  });

  it('shows a live connection state in the same notification as the frame\'s events', () => {
    const frames = manualFrames();
    const threads = createThreadStore({ scheduleFrame: frames.scheduleFrame, eagerFirstAndLastWords: false });
    const notifications: Array<[string | undefined, number]> = [];
    threads.store.subscribe((state) => notifications.push([state.connections.t, state.threads.t?.items.length ?? 0]));
    threads.setConnection('t', 'connecting');
    threads.setConnection('t', 'open');
    threads.enqueue('t', [delta('m', 'Hi')]);
    // The state it replaces had no frame of its own yet: it shows now, so none is lost.
    expect(notifications).toEqual([['connecting', 0]]);
    // The next frame paints that one; the frame after shows the rest.
    frames.runFrame();
    expect(notifications).toHaveLength(1);
    frames.runFrame();
    expect(notifications).toEqual([['connecting', 0], ['open', 1]]);
  });

  it('shows an ended connection at once, after the events queued before it', () => {
    const frames = manualFrames();
    const threads = createThreadStore({ scheduleFrame: frames.scheduleFrame, eagerFirstAndLastWords: false });
    threads.setConnection('t', 'open');
    threads.enqueue('t', [{ type: 'run-end', status: 'complete' }]);
    threads.setConnection('t', 'closed');
    expect(threads.store.getState().connections.t).toBe('closed');
    expect(threads.getThread('t')?.status).toBe('complete');
  });

  it('shows a request under way with the frame, until the last overlapping one of its kind ends', () => {
    const frames = manualFrames();
    const threads = createThreadStore({ scheduleFrame: frames.scheduleFrame, eagerFirstAndLastWords: false });
    const seen: Array<[boolean | undefined, number]> = [];
    threads.store.subscribe((state) => seen.push([state.activity.t?.sending, state.threads.t?.items.length ?? 0]));
    const endSend = threads.beginActivity('t', 'sending');
    const endRetry = threads.beginActivity('t', 'sending');
    expect(seen).toEqual([]);
    frames.runFrame();
    expect(seen).toEqual([[true, 0]]);
    endSend();
    endSend();
    frames.runFrame();
    expect(threads.store.getState().activity.t).toEqual({ sending: true, cancelling: false, responding: false });
    endRetry();
    threads.enqueue('t', [delta('m', 'Hi')]);
    expect(seen).toHaveLength(1);
    frames.runFrame();
    expect(seen).toEqual([[true, 0], [false, 1]]);
  });

  it('lets a request that starts and ends within one frame show nothing', () => {
    const frames = manualFrames();
    const threads = createThreadStore({ scheduleFrame: frames.scheduleFrame, eagerFirstAndLastWords: false });
    let notifications = 0;
    threads.store.subscribe(() => notifications++);
    threads.beginActivity('t', 'cancelling')();
    frames.runFrame();
    expect(notifications).toBe(0);
    expect(threads.store.getState().activity.t).toBeUndefined();
  });

  describe('throttle', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('applies the first events at the next frame, then waits throttleMs between flushes', () => {
      vi.useFakeTimers();
      const frames = manualFrames();
      const threads = createThreadStore({ scheduleFrame: frames.scheduleFrame, eagerFirstAndLastWords: false, throttleMs: 50 });
      let notifications = 0;
      threads.store.subscribe(() => (notifications += 1));
      threads.enqueue('t', [{ type: 'message-start', messageId: 'm', role: 'assistant' }, delta('m', 'first')]);
      frames.runFrame();
      expect(notifications).toBe(1);

      for (let word = 0; word < 30; word += 1) {
        threads.enqueue('t', [delta('m', ' more')]);
        vi.advanceTimersByTime(1);
        frames.runFrame();
      }
      // 30 ms after the first flush: everything since waits.
      expect(notifications).toBe(1);
      vi.advanceTimersByTime(20);
      expect(frames.scheduled).toBe(1);
      frames.runFrame();
      expect(notifications).toBe(2);
      expect(selectItem(threads.getThread('t')!, 'm')).toMatchObject({ parts: [{ type: 'text', text: `first${' more'.repeat(30)}` }] });

      // The end of the answer does not wait out the throttle: the last words show at the next frame.
      threads.enqueue('t', [delta('m', ' last'), { type: 'message-end', messageId: 'm', status: 'complete' }]);
      frames.runFrame();
      expect(notifications).toBe(3);
      expect(selectItem(threads.getThread('t')!, 'm')).toMatchObject({ status: 'complete' });
    });

    it("shows a message's first text at the next frame even right after a flush", () => {
      vi.useFakeTimers();
      const frames = manualFrames();
      const threads = createThreadStore({ scheduleFrame: frames.scheduleFrame, eagerFirstAndLastWords: false, throttleMs: 50 });
      threads.enqueue('t', [{ type: 'progress-add', text: 'Writing the report' }]);
      frames.runFrame();
      vi.advanceTimersByTime(10);
      threads.enqueue('t', [{ type: 'message-start', messageId: 'm', role: 'assistant' }]);
      frames.runFrame();
      expect(threads.getThread('t')?.items).toHaveLength(0);
      threads.enqueue('t', [delta('m', '#')]);
      frames.runFrame();
      expect(selectItem(threads.getThread('t')!, 'm')).toMatchObject({ parts: [{ type: 'text', text: '#' }] });

      // Its next words wait out the throttle again; another message's first words do not.
      threads.enqueue('t', [delta('m', ' Global')]);
      frames.runFrame();
      expect(selectItem(threads.getThread('t')!, 'm')).toMatchObject({ parts: [{ type: 'text', text: '#' }] });
      threads.enqueue('t', [{ type: 'message-start', messageId: 'n', role: 'assistant' }, delta('n', 'Next')]);
      frames.runFrame();
      expect(selectItem(threads.getThread('t')!, 'm')).toMatchObject({ parts: [{ type: 'text', text: '# Global' }] });
      expect(selectItem(threads.getThread('t')!, 'n')).toMatchObject({ parts: [{ type: 'text', text: 'Next' }] });
    });

    it('shows a burst\'s first line a frame before the rest, and all of it on demand', () => {
      const frames = manualFrames();
      const threads = createThreadStore({ scheduleFrame: frames.scheduleFrame, eagerFirstAndLastWords: false, throttleMs: 50 });
      const words = Array.from({ length: 250 }, (_, index) => `word${index} `);
      const burst: ThreadEvent[] = [{ type: 'message-start', messageId: 'm', role: 'assistant' }, ...words.map((word) => delta('m', word))];
      threads.enqueue('t', burst);
      frames.runFrame();
      // About a line (80 characters): the deltas up to the one that reaches it.
      expect(selectItem(threads.getThread('t')!, 'm')).toMatchObject({ parts: [{ type: 'text', text: words.slice(0, 13).join('') }] });
      expect(frames.scheduled).toBe(1);
      frames.runFrame();
      expect(selectItem(threads.getThread('t')!, 'm')).toMatchObject({ parts: [{ type: 'text', text: words.join('') }] });

      threads.enqueue('t', [{ type: 'message-start', messageId: 'n', role: 'assistant' }, delta('n', 'Next '), delta('n', 'words')]);
      threads.flush();
      expect(selectItem(threads.getThread('t')!, 'n')).toMatchObject({ parts: [{ type: 'text', text: 'Next words' }] });
      expect(notificationsInFrames(threads, frames)).toBe(0);
    });

    it('keeps a burst\'s rest ahead of what a subscriber queues while its first line applies', () => {
      const frames = manualFrames();
      const threads = createThreadStore({ scheduleFrame: frames.scheduleFrame, eagerFirstAndLastWords: false, throttleMs: 50 });
      const words = Array.from({ length: 40 }, (_, index) => `word${index} `);
      let queued = false;
      threads.store.subscribe(() => {
        if (queued) return;
        queued = true;
        threads.enqueue('t', [delta('m', 'after')]);
      });
      threads.enqueue('t', words.map((word) => delta('m', word)));
      frames.runFrame();
      frames.runFrame();
      expect(selectItem(threads.getThread('t')!, 'm')).toMatchObject({ parts: [{ type: 'text', text: `${words.join('')}after` }] });
      expect(frames.scheduled).toBe(0);
    });

    it("shows a message's first words at the end of the task they arrive in, the next frame paints only them, and the rest comes a frame later", async () => {
      const frames = manualFrames();
      const threads = createThreadStore({ scheduleFrame: frames.scheduleFrame, throttleMs: 50 });
      const words = Array.from({ length: 250 }, (_, index) => `word${index} `);
      const shown: string[] = [];
      threads.store.subscribe((state) => {
        const item = state.threads.t && selectItem(state.threads.t, 'm');
        shown.push(item?.kind === 'message' && item.parts[0]?.type === 'text' ? item.parts[0].text : '');
      });
      // One task's worth of network chunks.
      threads.enqueue('t', [{ type: 'message-start', messageId: 'm', role: 'assistant' }, ...words.slice(0, 100).map((word) => delta('m', word))]);
      threads.enqueue('t', words.slice(100).map((word) => delta('m', word)));
      expect(shown).toEqual([]);
      await Promise.resolve();
      expect(shown).toEqual([words.slice(0, 13).join('')]);
      frames.runFrame();
      expect(shown).toHaveLength(1);
      frames.runFrame();
      expect(shown).toEqual([words.slice(0, 13).join(''), words.join('')]);
    });

    it("applies an answer's end with the words before it at the end of the task, without waiting out the throttle or the frame", async () => {
      const frames = manualFrames();
      const threads = createThreadStore({ scheduleFrame: frames.scheduleFrame, throttleMs: 50 });
      threads.enqueue('t', [{ type: 'message-start', messageId: 'm', role: 'assistant' }, delta('m', 'Hello')]);
      await Promise.resolve();
      frames.runFrame();
      frames.runFrame();
      threads.enqueue('t', [delta('m', ' world')]);
      threads.enqueue('t', [{ type: 'message-end', messageId: 'm', status: 'complete' }]);
      await Promise.resolve();
      expect(selectItem(threads.getThread('t')!, 'm')).toMatchObject({ status: 'complete', parts: [{ type: 'text', text: 'Hello world' }] });
    });

    it('keeps first words for a frame callback when the store notified since the last frame began, and off the frame that paints a task\'s notification', async () => {
      const frames = manualFrames();
      const threads = createThreadStore({ scheduleFrame: frames.scheduleFrame, throttleMs: 50 });
      let notifications = 0;
      threads.store.subscribe(() => notifications++);
      threads.dispatch('t', [{ type: 'message-start', messageId: 'question', role: 'user' }]);
      threads.enqueue('t', [{ type: 'message-start', messageId: 'm', role: 'assistant' }, delta('m', 'Hi')]);
      await Promise.resolve();
      expect(notifications).toBe(1);
      // The next frame paints the dispatch alone; the first words come with the one after.
      frames.runFrame();
      expect(notifications).toBe(1);
      frames.runFrame();
      expect(notifications).toBe(2);
      expect(selectItem(threads.getThread('t')!, 'm')).toMatchObject({ parts: [{ type: 'text', text: 'Hi' }] });

      // A frame with no notification in it: a next message's whole first line need not wait...
      frames.runFrame();
      const line = Array.from({ length: 20 }, (_, index) => `word${index} `);
      threads.enqueue('t', [{ type: 'message-start', messageId: 'n', role: 'assistant' }, ...line.map((word) => delta('n', word))]);
      await Promise.resolve();
      expect(notifications).toBe(3);
      expect(selectItem(threads.getThread('t')!, 'n')).toMatchObject({ parts: [{ type: 'text', text: line.slice(0, 13).join('') }] });

      // ...but a first word alone (a paced stream's) waits for the line the next frame gathers.
      frames.runFrame();
      frames.runFrame();
      threads.enqueue('t', [{ type: 'message-start', messageId: 'o', role: 'assistant' }, delta('o', '#')]);
      await Promise.resolve();
      expect(notifications).toBe(4);
      threads.enqueue('t', [delta('o', ' Global')]);
      frames.runFrame();
      expect(notifications).toBe(5);
      expect(selectItem(threads.getThread('t')!, 'o')).toMatchObject({ parts: [{ type: 'text', text: '# Global' }] });
    });

    it('flushes at every frame with throttleMs 0, and a local dispatch never waits', () => {
      vi.useFakeTimers();
      const frames = manualFrames();
      const threads = createThreadStore({ scheduleFrame: frames.scheduleFrame, eagerFirstAndLastWords: false, throttleMs: 0 });
      threads.enqueue('t', [{ type: 'progress-add', text: 'one' }]);
      frames.runFrame();
      threads.enqueue('t', [{ type: 'progress-add', text: 'two' }]);
      expect(frames.scheduled).toBe(1);
      frames.runFrame();
      expect(threads.getThread('t')?.progress).toHaveLength(2);

      const throttled = createThreadStore({ scheduleFrame: frames.scheduleFrame, eagerFirstAndLastWords: false, throttleMs: 1000 });
      throttled.enqueue('t', [{ type: 'progress-add', text: 'network' }]);
      frames.runFrame();
      throttled.enqueue('t', [{ type: 'progress-add', text: 'queued' }]);
      throttled.dispatch('t', { type: 'progress-add', text: 'local' });
      expect(throttled.getThread('t')?.progress.map((entry) => entry.text)).toEqual(['network', 'queued', 'local']);
    });
  });
});

describe('size limits', () => {
  it("stops a message's text at its limit and a thread's at its own, with one error each, keeping what came before", () => {
    const frames = manualFrames();
    const threads = createThreadStore({ scheduleFrame: frames.scheduleFrame, eagerFirstAndLastWords: false, throttleMs: 0, limits: { maxMessageChars: 10, maxThreadChars: 16 } });
    threads.enqueue('t', [{ type: 'message-start', messageId: 'a', role: 'assistant' }, delta('a', '12345'), delta('a', '67890'), delta('a', 'X'), delta('a', 'Y')]);
    threads.flush();
    expect(selectItem(threads.getThread('t')!, 'a')).toMatchObject({ parts: [{ type: 'text', text: '1234567890' }] });
    expect(threads.getThread('t')?.error).toMatchObject({ kind: 'protocol', message: 'The answer passed 10 characters; the rest of it was not shown.' });

    threads.enqueue('t', [delta('b', 'abcde'), delta('b', 'fg'), delta('b', 'h')]);
    threads.flush();
    expect(selectItem(threads.getThread('t')!, 'b')).toMatchObject({ parts: [{ type: 'text', text: 'abcde' }] });
    expect(threads.getThread('t')?.error?.message).toBe('The thread passed 16 characters; the rest of it was not shown.');

    // No text after a gap, even once a removal gives characters back; another thread has its own count.
    threads.enqueue('t', [{ type: 'item-remove', itemId: 'a' }, delta('b', 'fg')]);
    threads.enqueue('u', [delta('c', '0123456789'), { type: 'item-remove', itemId: 'c' }, delta('d', '0123456789')]);
    threads.flush();
    expect(selectItem(threads.getThread('t')!, 'b')).toMatchObject({ parts: [{ type: 'text', text: 'abcde' }] });
    expect(selectItem(threads.getThread('u')!, 'd')).toMatchObject({ parts: [{ type: 'text', text: '0123456789' }] });
    expect(threads.getThread('u')?.error).toBeNull();
  });
});
