import { describe, expect, it } from 'vitest';
import type { ThreadEvent, ThreadState } from '@threadline/headless';
import { createThreadState } from '@threadline/headless';
import { createFrameCapture } from '../src/inspector/createFrameCapture';

function manualSchedule() {
  const queued: Array<() => void> = [];
  return {
    schedule: (callback: () => void) => {
      queued.push(callback);
      return () => queued.splice(queued.indexOf(callback), 1);
    },
    run: () => queued.splice(0).forEach((callback) => callback()),
    get pending() {
      return queued.length;
    },
  };
}

const delta = (text: string): ThreadEvent => ({ type: 'text-delta', messageId: 'm1', delta: text });

describe('createFrameCapture', () => {
  it('keeps frames with their events, numbered from 1, and tells listeners once per scheduled frame', () => {
    const clock = manualSchedule();
    const capture = createFrameCapture({ schedule: clock.schedule, now: () => 1000 });
    let heard = 0;
    capture.subscribe(() => (heard += 1));
    capture.record({ data: 'a' }, [delta('a')]);
    capture.record({ data: 'b' }, []);
    capture.record({ event: 'done', data: '[DONE]' }, [{ type: 'run-end', status: 'complete' }]);
    expect(clock.pending).toBe(1);
    clock.run();
    expect(heard).toBe(1);
    const { frames, eventTypes } = capture.getSnapshot();
    expect(frames.map((frame) => [frame.index, frame.frame.data, frame.events.length, frame.receivedAt])).toEqual([
      [1, 'a', 1, 1000],
      [2, 'b', 0, 1000],
      [3, '[DONE]', 1, 1000],
    ]);
    expect(eventTypes).toEqual(['text-delta', 'run-end']);
  });

  it('returns the same snapshot until something changes, and a thread change keeps the frames list', () => {
    const clock = manualSchedule();
    const capture = createFrameCapture({ schedule: clock.schedule });
    capture.record({ data: 'a' }, []);
    const first = capture.getSnapshot();
    expect(capture.getSnapshot()).toBe(first);
    const thread: ThreadState = createThreadState({ id: 't' });
    capture.setThread(thread);
    const second = capture.getSnapshot();
    expect(second).not.toBe(first);
    expect(second.thread).toBe(thread);
    expect(second.frames).toBe(first.frames);
  });

  it('drops the oldest frames past the limit and counts them', () => {
    const capture = createFrameCapture({ limit: 3, schedule: manualSchedule().schedule });
    for (let index = 1; index <= 5; index += 1) capture.record({ data: String(index) }, []);
    const { frames, dropped } = capture.getSnapshot();
    expect(frames.map((frame) => frame.frame.data)).toEqual(['3', '4', '5']);
    expect(frames.map((frame) => frame.index)).toEqual([3, 4, 5]);
    expect(dropped).toBe(2);
  });

  it('skips and counts frames while paused, and keeps capturing once resumed', () => {
    const capture = createFrameCapture({ schedule: manualSchedule().schedule });
    capture.record({ data: '1' }, []);
    capture.setPaused(true);
    capture.record({ data: '2' }, []);
    capture.record({ data: '3' }, []);
    expect(capture.getSnapshot()).toMatchObject({ paused: true, skipped: 2 });
    capture.setPaused(false);
    capture.record({ data: '4' }, []);
    const { frames, skipped, paused } = capture.getSnapshot();
    expect(paused).toBe(false);
    expect(skipped).toBe(2);
    expect(frames.map((frame) => [frame.index, frame.frame.data])).toEqual([
      [1, '1'],
      [4, '4'],
    ]);
  });

  it('clear forgets frames, counts and event types but keeps the thread and the pause', () => {
    const capture = createFrameCapture({ limit: 1, schedule: manualSchedule().schedule });
    const thread = createThreadState({ id: 't' });
    capture.setThread(thread);
    capture.record({ data: '1' }, [delta('x')]);
    capture.record({ data: '2' }, []);
    capture.setPaused(true);
    capture.record({ data: '3' }, []);
    capture.clear();
    expect(capture.getSnapshot()).toMatchObject({ frames: [], dropped: 0, skipped: 0, eventTypes: [], paused: true, thread });
    capture.setPaused(false);
    capture.record({ data: 'again' }, []);
    expect(capture.getSnapshot().frames[0]?.index).toBe(1);
  });

  it('never changes a snapshot already handed out', () => {
    const capture = createFrameCapture({ schedule: manualSchedule().schedule });
    capture.record({ data: '1' }, []);
    const before = capture.getSnapshot().frames;
    capture.record({ data: '2' }, []);
    expect(before).toHaveLength(1);
    expect(capture.getSnapshot().frames).toHaveLength(2);
  });
});
