import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DialectName, ThreadSnapshot } from '@threadline/headless';
import { ask, connectBrowser, lastAnswer, openPlayground, panel, pick, readJsonTree, replayFile, settled, shoot, tempDir } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Opens the inspector beside the playground's thread. */
async function openInspector(page: Page): Promise<Locator> {
  const toggle = page.getByRole('button', { name: 'Inspector', exact: true });
  expect(await toggle.getAttribute('data-testid')).toBe('inspector-toggle');
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  await toggle.click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.waitFor();
  expect(await inspector.getAttribute('data-testid')).toBe('inspector');
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  return inspector;
}

/** The number of frames the inspector's status line says it holds. */
async function frameCount(inspector: Locator): Promise<number> {
  const text = await inspector.getByTestId('inspector-count').innerText();
  const match = /^([\d,]+) frames \(keeps the last 5,000\)$/.exec(text);
  if (!match?.[1]) throw new Error(`Unexpected frame count "${text}"`);
  return Number(match[1].replaceAll(',', ''));
}

/** Waits until the inspector has heard of every frame (it redraws at most ten times a second) and returns their number. */
async function settledFrameCount(inspector: Locator): Promise<number> {
  let previous = -1;
  await expect
    .poll(
      async () => {
        const count = await frameCount(inspector);
        const same = count === previous;
        previous = count;
        return same && count > 0;
      },
      { interval: 300, timeout: 5_000 },
    )
    .toBe(true);
  return previous;
}

/** The thread snapshot the State tab shows, read off its JSON tree once the thread is complete there. */
async function shownSnapshot(inspector: Locator): Promise<ThreadSnapshot> {
  await inspector.getByRole('tab', { name: 'State' }).click();
  const state = inspector.getByTestId('inspector-state');
  await state.waitFor();
  expect(await state.getAttribute('aria-label')).toBe('Thread state');
  let snapshot: ThreadSnapshot | undefined;
  const read = async () => {
    snapshot = (await readJsonTree(state)) as ThreadSnapshot;
    return snapshot.thread.status;
  };
  await expect.poll(read, { timeout: 10_000 }).toBe('complete');
  return snapshot as ThreadSnapshot;
}

/** What a reader compares between two snapshots of a thread: each item's kind and id, and each message's role and text. */
function outline(snapshot: ThreadSnapshot) {
  return snapshot.items.map((item) => (item.kind === 'message' ? { kind: item.kind, id: item.id, role: item.role, text: item.text } : { kind: item.kind, id: item.id }));
}

/** Exports the capture with the inspector's button and saves the download in a temp directory. */
async function exportTranscript(page: Page, inspector: Locator, dialect: DialectName): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), inspector.getByRole('button', { name: 'Export .sse' }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^threadline-${dialect}-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d-\\d{3}Z\\.sse$`));
  const file = join(tempDir(), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

describe('playground inspector', () => {
  it('ChatKit: frames with their events, the event stream, the state and a filter; the export replays to the same thread', async () => {
    const page = await openPlayground(browser, 'chatkit');
    const inspector = await openInspector(page);
    expect(await inspector.getAttribute('data-dialect')).toBe('chatkit');
    expect(await inspector.getByTestId('inspector-count').innerText()).toBe('0 frames (keeps the last 5,000)');
    expect(await inspector.getByTestId('inspector-export').isDisabled()).toBe(true);

    await pick(page, 'chatkit', 'workflow');
    await inspector.getByTestId('inspector-frame').first().waitFor();
    await settled(page);
    const total = await settledFrameCount(inspector);

    // Frames: one row each (the list shows the newest 200), each with its events or "No canonical events".
    const frames = inspector.getByTestId('inspector-frame');
    expect(await frames.count()).toBe(Math.min(total, 200));
    const rows = await frames.evaluateAll((elements) =>
      elements.map((row) => ({
        eventName: row.getAttribute('data-event-name'),
        events: [...row.querySelectorAll('[data-testid="inspector-frame-event"]')].map((event) => event.getAttribute('data-type')),
        none: row.querySelectorAll('[data-testid="inspector-frame-no-events"]').length,
      })),
    );
    // ChatKit frames are `data:` lines only, so none has an event name.
    expect(rows.every((row) => row.eventName === '')).toBe(true);
    expect(rows.every((row) => (row.events.length > 0) !== (row.none === 1))).toBe(true);
    const frameEventTypes = rows.flatMap((row) => row.events);
    expect(frameEventTypes).toContain('text-delta');
    expect(frameEventTypes).toContain('message-end');
    expect(frameEventTypes).toContain('workflow-update');
    expect(frameEventTypes).toContain('widget-update');
    expect(frameEventTypes).toContain('client-effect');
    await shoot(page, 'inspector-chatkit-frames');

    // Events: the flat canonical stream, the same events as the frames.
    await inspector.getByRole('tab', { name: 'Events' }).click();
    expect(await inspector.getByTestId('inspector-tab-events').getAttribute('aria-selected')).toBe('true');
    const events = inspector.getByTestId('inspector-event');
    await events.first().waitFor();
    const eventTypes = await events.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-type')));
    expect(eventTypes).toEqual(frameEventTypes.slice(-200));
    expect(eventTypes).toContain('text-delta');
    expect(eventTypes).toContain('message-end');
    await shoot(page, 'inspector-chatkit-events');

    // The filter: one event type narrows both lists to it; "(none)" keeps the frames without events.
    const filter = inspector.getByTestId('inspector-filter');
    expect(await filter.locator('option').evaluateAll((options) => options.slice(0, 2).map((option) => [(option as HTMLOptionElement).value, option.textContent]))).toEqual([
      ['', 'All'],
      ['(none)', 'Frames with no events'],
    ]);
    const offered = await filter.locator('option').evaluateAll((options) => options.slice(2).map((option) => (option as HTMLOptionElement).value));
    expect([...offered].sort()).toEqual([...new Set(frameEventTypes)].sort());
    await filter.selectOption('message-end');
    expect(await events.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-type')))).toEqual(frameEventTypes.filter((type) => type === 'message-end'));
    await inspector.getByRole('tab', { name: 'Frames' }).click();
    const endFrames = await frames.evaluateAll((elements) =>
      elements.map((row) => [...row.querySelectorAll('[data-testid="inspector-frame-event"][data-highlight="true"]')].map((event) => event.getAttribute('data-type'))),
    );
    expect(endFrames.length).toBe(rows.filter((row) => row.events.includes('message-end')).length);
    expect(endFrames.length).toBeLessThan(rows.length);
    expect(endFrames.every((highlighted) => highlighted.length > 0 && highlighted.every((type) => type === 'message-end'))).toBe(true);
    await shoot(page, 'inspector-chatkit-filter-message-end');
    await filter.selectOption('(none)');
    expect(await frames.count()).toBe(rows.filter((row) => row.none === 1).length);
    expect(await inspector.getByTestId('inspector-frame-event').count()).toBe(0);
    await filter.selectOption('');
    expect(await frames.count()).toBe(rows.length);

    // State: the live thread's snapshot as a JSON tree, and the thread on screen agrees with it.
    const live = await shownSnapshot(inspector);
    expect(live.dialect).toBe('chatkit');
    expect(live.items.map((item) => item.kind)).toEqual(['message', 'workflow', 'widget', 'message']);
    const shownAnswers = await panel(page).locator('.tl-message[data-role="assistant"] .tl-markdown').allInnerTexts();
    const liveAnswers = live.items.flatMap((item) => (item.kind === 'message' && item.role === 'assistant' ? [item.text] : []));
    expect(liveAnswers).toHaveLength(1);
    expect(liveAnswers[0]).toContain('Apple rates the iPhone 17 at up to 30 hours of video playback');
    expect(shownAnswers.map((text) => text.replace(/\d(?=[,.\s]|$)/g, ''))).toEqual(liveAnswers.map((text) => text.replace(/\d(?=[,.\s]|$)/g, '')));
    await shoot(page, 'inspector-chatkit-state');

    // Export, then replay the file with the project's CLI: the same items, ids and texts.
    const file = await exportTranscript(page, inspector, 'chatkit');
    const replayed = await replayFile(file);
    expect(replayed.dialect).toBe('chatkit');
    expect(replayed.thread).toEqual(live.thread);
    expect(outline(replayed)).toEqual(outline(live));
    expect(replayed).toEqual(live);
  });

  it('ChatKit: Pause stops the count while the next answer streams, and Resume counts again', async () => {
    const page = await openPlayground(browser, 'chatkit');
    const inspector = await openInspector(page);
    await pick(page, 'chatkit', 'plain');
    await settled(page);
    const before = await settledFrameCount(inspector);

    const pause = inspector.getByTestId('inspector-pause');
    expect(await pause.getAttribute('aria-pressed')).toBe('false');
    await pause.click();
    // The inspector redraws at most ten times a second, so the button follows a moment later.
    await expect.poll(() => pause.getAttribute('aria-pressed')).toBe('true');
    expect(await pause.innerText()).toBe('Resume');
    await expect.poll(() => inspector.getByTestId('inspector-skipped').innerText()).toBe(' · paused, 0 skipped');

    await ask(page, 'hello again: and for a 25-year-old?');
    await settled(page);
    await expect.poll(() => inspector.getByTestId('inspector-skipped').innerText(), { timeout: 5_000 }).toMatch(/^ · paused, [1-9][\d,]* skipped$/);
    expect(await frameCount(inspector)).toBe(before);
    expect(await inspector.getByTestId('inspector-frame').count()).toBe(before);
    await shoot(page, 'inspector-chatkit-paused');

    await pause.click();
    await expect.poll(() => pause.getAttribute('aria-pressed')).toBe('false');
    expect(await pause.innerText()).toBe('Pause');
    const skipped = Number((/(\d+)/.exec(await inspector.getByTestId('inspector-skipped').innerText()) ?? [])[1]);
    expect(await inspector.getByTestId('inspector-skipped').innerText()).toBe(` · ${skipped} skipped while paused`);
    expect(await inspector.getByTestId('inspector-status').innerText()).toContain('the export lacks');

    await ask(page, 'hello once more: and for a retiree?');
    await settled(page);
    expect(await settledFrameCount(inspector)).toBeGreaterThan(before);
    expect(await lastAnswer(page).innerText()).toContain('The main difference is when you pay taxes.');
  });

  it('Boosted: the export replays to the same assistant messages (the user message was added on the page, not streamed)', async () => {
    const page = await openPlayground(browser, 'boosted');
    const inspector = await openInspector(page);
    await pick(page, 'boosted', 'progress');
    await settled(page);
    await settledFrameCount(inspector);

    const live = await shownSnapshot(inspector);
    const file = await exportTranscript(page, inspector, 'boosted');
    const replayed = await replayFile(file);
    const assistant = (snapshot: ThreadSnapshot) => outline(snapshot).filter((item) => item.kind === 'message' && item.role === 'assistant');

    expect(live.items.map((item) => (item.kind === 'message' ? item.role : item.kind))).toEqual(['user', 'assistant']);
    expect(replayed.items.map((item) => (item.kind === 'message' ? item.role : item.kind))).toEqual(['assistant']);
    expect(assistant(replayed)).toEqual(assistant(live));
    expect(assistant(live)[0]?.text).toContain('NVIDIA** led the group with a total return near 60%');
    expect(replayed.progress).toEqual(live.progress);
    // Nor does a Boosted stream name its thread (the page opened it by id): the rest is the same.
    expect(live.thread.id).toMatch(/^[\da-f-]{36}$/);
    expect(replayed).toEqual({ ...live, thread: { ...live.thread, id: null }, items: live.items.filter((item) => item.kind !== 'message' || item.role !== 'user') });
    await shoot(page, 'inspector-boosted-state');
  });

  it('the Scenario menu pins a scenario: the new thread says so, and any message plays it', async () => {
    const page = await openPlayground(browser, 'chatkit');
    const scenario = page.getByRole('combobox', { name: 'Scenario', exact: true });
    expect(await scenario.getAttribute('data-testid')).toBe('scenario-select');
    expect(await scenario.inputValue()).toBe('');
    await scenario.selectOption('workflow');

    const pinned = panel(page).getByTestId('pinned-scenario');
    await pinned.waitFor();
    expect(await scenario.inputValue()).toBe('workflow');
    expect(await panel(page).locator('.tl-message').count()).toBe(0);
    expect(await pinned.innerText()).toBe('Scenario pinned: every message plays Workflow and widget, with citations (workflow).');
    await shoot(page, 'scenario-pinned');

    await ask(page, 'hello: Roth or traditional IRA?');
    await settled(page);
    expect(await panel(page).locator('.tl-workflow').count()).toBe(1);
    expect(await panel(page).locator('.tl-widget').innerText()).toContain('Battery life: iPhone 17 vs Pixel 10');
    expect(await lastAnswer(page).innerText()).toContain('Apple rates the iPhone 17 at up to 30 hours of video playback');
    expect(await lastAnswer(page).innerText()).not.toContain('The main difference is when you pay taxes.');
    await shoot(page, 'scenario-pinned-played', { fullPage: true });
  });
});
