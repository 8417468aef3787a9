// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { MarkdownText } from '@threadline/ui';

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

const fenced = ['Try this:', '', '```ts', 'const answer = 42;', 'console.log(answer);', '```'].join('\n');

describe('code blocks in MarkdownText', () => {
  test('shows the fence language and keeps pre > code', () => {
    const { container } = render(<MarkdownText text={fenced} />);
    const block = container.querySelector('.tl-code-block');
    expect(block?.getAttribute('data-language')).toBe('ts');
    expect(block?.querySelector('.tl-code-block-language')?.textContent).toBe('ts');
    expect(block?.querySelector('pre > code.language-ts')?.textContent).toBe('const answer = 42;\nconsole.log(answer);\n');
  });

  test('copies the code with navigator.clipboard and shows copied for two seconds', async () => {
    const copied: string[] = [];
    const writeText = vi.fn(async (text: string) => {
      copied.push(text);
    });
    stubClipboard(writeText);
    render(<MarkdownText text={fenced} />);
    const button = screen.getByRole('button', { name: 'Copy' });
    expect(button.getAttribute('data-state')).toBe('idle');

    await act(async () => {
      fireEvent.click(button);
    });
    expect(copied).toEqual(['const answer = 42;\nconsole.log(answer);']);
    expect(button.getAttribute('data-state')).toBe('copied');
    expect(button.textContent).toBe('Copied');

    act(() => {
      vi.advanceTimersByTime(1999);
    });
    expect(button.getAttribute('data-state')).toBe('copied');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(button.getAttribute('data-state')).toBe('idle');
  });

  test('does nothing, and does not throw, where the clipboard is unavailable or refuses', async () => {
    stubClipboard(undefined);
    const { rerender } = render(<MarkdownText text={fenced} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    });
    expect(screen.getByRole('button', { name: 'Copy' }).getAttribute('data-state')).toBe('idle');

    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    rerender(<MarkdownText text={`${fenced}\n`} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    });
    expect(screen.getByRole('button', { name: 'Copy' }).getAttribute('data-state')).toBe('idle');
  });

  test('labels no language for a bare fence and keeps the streaming caret inside the code', () => {
    const { container } = render(<MarkdownText text={'```\nplain text'} streaming />);
    const block = container.querySelector('.tl-code-block');
    expect(block?.hasAttribute('data-language')).toBe(false);
    expect(block?.querySelector('.tl-code-block-language')).toBeNull();
    expect(block?.querySelector('pre code .tl-caret')).not.toBeNull();
  });
});
