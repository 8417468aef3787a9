// @vitest-environment jsdom
import { createRef } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createThreadState, reduceThread, selectItem } from '@threadline/headless';
import type { MessageItem, ThreadEvent } from '@threadline/headless';
import { Message } from '@threadline/ui';

const originalClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');

function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: writeText ? { writeText } : undefined, configurable: true });
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  if (originalClipboard) Object.defineProperty(navigator, 'clipboard', originalClipboard);
  else Reflect.deleteProperty(navigator, 'clipboard');
});

const streamed: ThreadEvent[] = [
  { type: 'run-start' },
  { type: 'message-start', messageId: 'answer', role: 'assistant' },
  { type: 'text-delta', messageId: 'answer', delta: 'Revenue was **$51.2B**.' },
  { type: 'part-add', messageId: 'answer', part: { type: 'artifact', artifactId: 'table-1' } },
  { type: 'text-delta', messageId: 'answer', delta: ' Up 66%.' },
];

function message(events: ThreadEvent[]): MessageItem {
  const item = selectItem(events.reduce(reduceThread, createThreadState({ id: 't' })), 'answer');
  if (item?.kind !== 'message') throw new Error('no message');
  return item;
}

const complete = () => message([...streamed, { type: 'message-end', messageId: 'answer', status: 'complete' }]);

describe('Message.Copy', () => {
  test('copies the text parts joined, as markdown, and shows copied for two seconds', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    stubClipboard(writeText);
    render(
      <Message.Root message={complete()}>
        <Message.Copy />
      </Message.Root>,
    );
    const button = screen.getByRole('button', { name: 'Copy' });
    expect(button.getAttribute('data-state')).toBe('idle');

    await act(async () => {
      fireEvent.click(button);
    });
    expect(writeText).toHaveBeenCalledWith('Revenue was **$51.2B**. Up 66%.');
    expect(button.getAttribute('data-state')).toBe('copied');
    expect(button.textContent).toBe('Copied');

    act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(button.getAttribute('data-state')).toBe('idle');
  });

  test('is disabled while the message streams', () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    stubClipboard(writeText);
    render(<Message.Copy message={message(streamed)} />);
    const button = screen.getByRole('button', { name: 'Copy' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(writeText).not.toHaveBeenCalled();
  });

  test('renders its child with asChild, forwards its ref, and lets a user onClick opt out', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    stubClipboard(writeText);
    const ref = createRef<HTMLButtonElement>();
    render(
      <Message.Copy message={complete()} asChild ref={ref} onClick={(event) => event.preventDefault()}>
        <button className="mine">Copy answer</button>
      </Message.Copy>,
    );
    const button = screen.getByRole('button', { name: 'Copy answer' });
    expect(ref.current).toBe(button);
    expect(button.className).toBe('tl-message-copy mine');
    await act(async () => {
      fireEvent.click(button);
    });
    expect(writeText).not.toHaveBeenCalled();
  });

  test('does nothing where the clipboard is unavailable', async () => {
    stubClipboard(undefined);
    render(<Message.Copy message={complete()} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    });
    expect(screen.getByRole('button', { name: 'Copy' }).getAttribute('data-state')).toBe('idle');
  });
});
