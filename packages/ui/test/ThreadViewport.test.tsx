// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createThreadState, reduceThreadEvents, selectItems } from '@threadline/headless';
import type { ThreadEvent, ThreadItem } from '@threadline/headless';
import { Thread } from '@threadline/ui';

afterEach(cleanup);

// jsdom lays nothing out: the viewport's box is faked, and scrollTop clamps as a browser's does.
const box = { scrollHeight: 1000, clientHeight: 400, scrollTop: 0 };

function fakeLayout(element: HTMLDivElement | null) {
  if (!element) return;
  Object.defineProperty(element, 'scrollHeight', { configurable: true, get: () => box.scrollHeight });
  Object.defineProperty(element, 'clientHeight', { configurable: true, get: () => box.clientHeight });
  Object.defineProperty(element, 'scrollTop', {
    configurable: true,
    get: () => box.scrollTop,
    set: (value: number) => {
      box.scrollTop = Math.max(0, Math.min(value, box.scrollHeight - box.clientHeight));
    },
  });
}

function Conversation({ text }: { text: string }) {
  return (
    <Thread.Viewport ref={fakeLayout} data-testid="viewport">
      <p>{text}</p>
      <Thread.JumpToLatest />
    </Thread.Viewport>
  );
}

function setUp() {
  box.scrollHeight = 1000;
  box.clientHeight = 400;
  box.scrollTop = 0;
  const view = render(<Conversation text="Revenue" />);
  const viewport = screen.getByTestId('viewport');
  const grow = async (text: string, height: number) => {
    box.scrollHeight = height;
    await act(async () => view.rerender(<Conversation text={text} />));
  };
  return { viewport, grow };
}

// Hidden elements have no accessible name, so the button is found by its class.
function jumpButton(): HTMLButtonElement {
  const button = document.querySelector<HTMLButtonElement>('.tl-thread-jump');
  if (!button) throw new Error('no Jump to latest button');
  return button;
}

describe('Thread.Viewport', () => {
  test('starts at the bottom and follows content as it grows', async () => {
    const { viewport, grow } = setUp();
    expect(box.scrollTop).toBe(600);
    expect(viewport.getAttribute('data-following')).toBe('true');
    expect(jumpButton().hidden).toBe(true);
    expect(jumpButton().getAttribute('data-state')).toBe('hidden');

    await grow('Revenue grew', 1400);
    expect(box.scrollTop).toBe(1000);
    await grow('Revenue grew 66%', 1900);
    expect(box.scrollTop).toBe(1500);
  });

  test('stops following once the reader scrolls up past the threshold, and shows Jump to latest', async () => {
    const { viewport, grow } = setUp();
    box.scrollTop = 300;
    fireEvent.scroll(viewport);
    expect(viewport.getAttribute('data-following')).toBe('false');
    expect(screen.getByRole('button', { name: 'Jump to latest' })).toBe(jumpButton());
    expect(jumpButton().getAttribute('data-state')).toBe('visible');

    await grow('Revenue grew', 1400);
    expect(box.scrollTop).toBe(300);
  });

  test('keeps following when the scroll position moves up inside the threshold without a gesture', async () => {
    const { viewport, grow } = setUp();
    box.scrollHeight = 980;
    box.scrollTop = 580;
    fireEvent.scroll(viewport);
    expect(viewport.getAttribute('data-following')).toBe('true');
    await grow('Revenue grew', 1200);
    expect(box.scrollTop).toBe(800);
  });

  test('stops following on a wheel, touch or key gesture upwards, even a small one', () => {
    const { viewport } = setUp();
    fireEvent.wheel(viewport, { deltaY: -8 });
    expect(viewport.getAttribute('data-following')).toBe('false');

    fireEvent.click(jumpButton());
    fireEvent.touchStart(viewport, { touches: [{ clientY: 100 }] });
    fireEvent.touchMove(viewport, { touches: [{ clientY: 140 }] });
    expect(viewport.getAttribute('data-following')).toBe('false');

    fireEvent.click(jumpButton());
    fireEvent.keyDown(viewport, { key: 'PageUp' });
    expect(viewport.getAttribute('data-following')).toBe('false');
  });

  test('ignores upward gestures while there is nothing to scroll', () => {
    const { viewport } = setUp();
    box.scrollHeight = 300;
    fireEvent.wheel(viewport, { deltaY: -40 });
    expect(viewport.getAttribute('data-following')).toBe('true');
  });

  test('Jump to latest scrolls to the bottom and follows again', async () => {
    const { viewport, grow } = setUp();
    box.scrollTop = 100;
    fireEvent.scroll(viewport);
    await grow('Revenue grew', 1400);
    expect(box.scrollTop).toBe(100);

    fireEvent.click(jumpButton());
    expect(viewport.getAttribute('data-following')).toBe('true');
    // The scroll waits for the next frame, whose layout gives the height.
    expect(box.scrollTop).toBe(100);
    await waitFor(() => expect(box.scrollTop).toBe(1000));
    expect(jumpButton().hidden).toBe(true);

    await grow('Revenue grew 66%', 1700);
    expect(box.scrollTop).toBe(1300);
  });

  test('follows again once the reader scrolls back down to the bottom', async () => {
    const { viewport, grow } = setUp();
    box.scrollTop = 200;
    fireEvent.scroll(viewport);
    expect(viewport.getAttribute('data-following')).toBe('false');

    box.scrollTop = 580;
    fireEvent.scroll(viewport);
    expect(viewport.getAttribute('data-following')).toBe('true');
    await grow('Revenue grew', 1400);
    expect(box.scrollTop).toBe(1000);
  });

  test('follows again when the reader sends a message', async () => {
    const ask = (id: string): ThreadEvent[] => [
      { type: 'message-start', messageId: id, role: 'user' },
      { type: 'text-delta', messageId: id, delta: 'And margins?' },
    ];
    const first = selectItems(reduceThreadEvents(createThreadState(), ask('user-1')));
    const second = selectItems(reduceThreadEvents(createThreadState(), [...ask('user-1'), ...ask('user-2')]));
    const view = (items: readonly ThreadItem[]) => (
      <Thread.Root threadId="t" items={items}>
        <Thread.Viewport ref={fakeLayout} data-testid="viewport">
          <Thread.Messages />
        </Thread.Viewport>
      </Thread.Root>
    );
    box.scrollHeight = 1000;
    box.scrollTop = 0;
    const { rerender } = render(view(first));
    const viewport = screen.getByTestId('viewport');
    box.scrollTop = 100;
    fireEvent.scroll(viewport);
    expect(viewport.getAttribute('data-following')).toBe('false');

    box.scrollHeight = 1200;
    await act(async () => rerender(view(second)));
    expect(viewport.getAttribute('data-following')).toBe('true');
    expect(box.scrollTop).toBe(800);
  });

  test('renders its child with asChild', () => {
    render(
      <Thread.Viewport asChild>
        <section data-testid="section">
          <Thread.JumpToLatest>Newest</Thread.JumpToLatest>
        </section>
      </Thread.Viewport>,
    );
    const section = screen.getByTestId('section');
    expect(section.className).toBe('tl-thread-viewport');
    expect(section.getAttribute('data-following')).toBe('true');
    expect(jumpButton().textContent).toBe('Newest');
  });
});
