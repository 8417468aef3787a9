// @vitest-environment jsdom
import { createRef } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ThreadError } from '@threadline/headless';
import { CancelButton, Composer, ErrorBanner, Progress } from '@threadline/ui';

afterEach(cleanup);

function input(): HTMLTextAreaElement {
  return screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
}

function sendButton(): HTMLButtonElement {
  return screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement;
}

describe('Composer', () => {
  test('sends the trimmed text on Enter and clears once the send resolves', async () => {
    const onSend = vi.fn(async () => undefined);
    render(<Composer onSend={onSend} />);
    fireEvent.change(input(), { target: { value: '  How did NVDA do?  ' } });
    await act(async () => {
      fireEvent.keyDown(input(), { key: 'Enter' });
    });
    expect(onSend).toHaveBeenCalledWith('How did NVDA do?');
    expect(input().value).toBe('');
  });

  test('adds a line on Shift+Enter and does not send while an input method composes', () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} />);
    fireEvent.change(input(), { target: { value: 'first line' } });
    expect(fireEvent.keyDown(input(), { key: 'Enter', shiftKey: true })).toBe(true);
    expect(fireEvent.keyDown(input(), { key: 'Enter', isComposing: true })).toBe(true);
    expect(onSend).not.toHaveBeenCalled();
  });

  test('sends with the button and not when the text is blank', async () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} />);
    expect(sendButton().disabled).toBe(true);
    fireEvent.change(input(), { target: { value: 'Hello' } });
    await act(async () => {
      fireEvent.click(sendButton());
    });
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  test('is disabled while sending and keeps the text when the send fails', async () => {
    const onSend = vi.fn(async () => {
      throw new Error('offline');
    });
    const { rerender, container } = render(<Composer onSend={onSend} isSending />);
    fireEvent.change(input(), { target: { value: 'Hello' } });
    expect(container.querySelector('form')?.getAttribute('data-state')).toBe('sending');
    expect(sendButton().disabled).toBe(true);
    expect(input().readOnly).toBe(true);
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(onSend).not.toHaveBeenCalled();

    rerender(<Composer onSend={onSend} />);
    await act(async () => {
      fireEvent.keyDown(input(), { key: 'Enter' });
    });
    expect(onSend).toHaveBeenCalledTimes(1);
    expect(input().value).toBe('Hello');
  });

  test('lets the user type but not send while canSend is false', () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} canSend={false} />);
    fireEvent.change(input(), { target: { value: 'Next question' } });
    expect(input().value).toBe('Next question');
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(onSend).not.toHaveBeenCalled();
    expect(sendButton().disabled).toBe(true);
  });
});

describe('CancelButton', () => {
  test('is enabled only while the thread runs, and calls cancel', () => {
    const cancel = vi.fn(async () => undefined);
    const { rerender } = render(<CancelButton status="complete" cancel={cancel} />);
    const button = screen.getByRole('button', { name: 'Stop' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('data-state')).toBe('idle');

    rerender(<CancelButton status="running" cancel={cancel} />);
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('data-state')).toBe('running');
    fireEvent.click(button);
    expect(cancel).toHaveBeenCalledTimes(1);

    rerender(<CancelButton status="running" cancel={cancel} isCancelling />);
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('data-state')).toBe('cancelling');
  });

  test('is enabled for every active status, and hidden and disabled where the server does not allow cancelling', () => {
    const cancel = vi.fn();
    const { rerender } = render(<CancelButton status="queued" cancel={cancel} />);
    const button = screen.getByRole('button', { name: 'Stop' }) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    rerender(<CancelButton status="requires_action" cancel={cancel} />);
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('data-state')).toBe('running');

    expect(button.hidden).toBe(false);

    rerender(<CancelButton status="running" cancel={cancel} canCancel={false} />);
    expect(button.disabled).toBe(true);
    expect(button.hidden).toBe(true);
    expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull();
    expect(button.getAttribute('data-state')).toBe('running');
    rerender(<CancelButton status="running" cancel={cancel} disabled />);
    expect(button.disabled).toBe(true);
    expect(button.hidden).toBe(false);

    rerender(<CancelButton status="cancelling" cancel={cancel} />);
    expect(screen.getByRole('button', { name: 'Stopping…' }).getAttribute('data-state')).toBe('cancelling');
    expect(button.disabled).toBe(true);
  });

  test('reports a failed cancel to onCancelError', async () => {
    const failure = new Error('409');
    const onCancelError = vi.fn();
    render(<CancelButton status="running" cancel={() => Promise.reject(failure)} onCancelError={onCancelError} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    });
    expect(onCancelError).toHaveBeenCalledWith(failure);
  });

  test('renders its child with asChild, keeping the behaviour', () => {
    const cancel = vi.fn();
    render(
      <CancelButton status="running" cancel={cancel} asChild>
        <button type="button" className="mine">
          Abort
        </button>
      </CancelButton>,
    );
    const button = screen.getByRole('button', { name: 'Abort' });
    expect(button.className).toBe('tl-cancel-button mine');
    fireEvent.click(button);
    expect(cancel).toHaveBeenCalledTimes(1);
  });
});

describe('ErrorBanner', () => {
  const error: ThreadError = { message: 'The stream kept closing and could not be reopened.', code: null, kind: 'network', retryable: true };

  test('shows the error message as an alert with its kind', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ErrorBanner ref={ref} error={error} className="extra" />);
    const alert = screen.getByRole('alert');
    expect(alert).toBe(ref.current);
    expect(alert.textContent).toBe(error.message);
    expect(alert.getAttribute('data-kind')).toBe('network');
    expect(alert.className).toBe('tl-error-banner extra');
  });

  test('offers Retry for a retryable error when onRetry is given', () => {
    const onRetry = vi.fn(async () => undefined);
    const { rerender } = render(<ErrorBanner error={error} onRetry={onRetry} />);
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);

    rerender(<ErrorBanner error={error} onRetry={onRetry} isRetrying retryLabel="Try again" />);
    expect((screen.getByRole('button', { name: 'Try again' }) as HTMLButtonElement).disabled).toBe(true);

    rerender(<ErrorBanner error={{ ...error, retryable: false }} onRetry={onRetry} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('alert').getAttribute('data-retryable')).toBe('false');
  });

  test('drops role="alert" with announce={false}, for a thread whose Thread.Announcer says the error', () => {
    const { container } = render(<ErrorBanner error={error} announce={false} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(container.querySelector('.tl-error-banner')?.textContent).toBe(error.message);
  });

  test('never locks the composer: with an error shown, the text can be typed and sent', async () => {
    const onSend = vi.fn(async () => undefined);
    render(
      <>
        <ErrorBanner error={{ ...error, retryable: false }} />
        <Composer onSend={onSend} />
      </>,
    );
    expect(input().disabled).toBe(false);
    expect(input().readOnly).toBe(false);
    fireEvent.change(input(), { target: { value: 'Try once more' } });
    expect(sendButton().disabled).toBe(false);
    fireEvent.click(sendButton());
    await act(async () => undefined);
    expect(onSend).toHaveBeenCalledWith('Try once more');
    expect(input().value).toBe('');
  });

  test('renders nothing without an error', () => {
    const { container } = render(<ErrorBanner error={null} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('Progress', () => {
  test('shows the latest line with the full log in a details element, and is not a live region', () => {
    const entries = [{ text: 'Planning the analysis' }, { text: 'Fetching quarterly segment revenue for NVDA' }];
    const { rerender, container } = render(<Progress entries={entries} active />);
    const status = container.querySelector('.tl-progress') as HTMLElement;
    expect(screen.queryByRole('status')).toBeNull();
    expect(container.querySelector('[aria-live]')).toBeNull();
    expect(status.getAttribute('data-state')).toBe('active');
    expect(status.querySelector('.tl-progress-latest')?.textContent).toBe('Fetching quarterly segment revenue for NVDA');
    expect([...status.querySelectorAll('details li')].map((entry) => entry.textContent)).toEqual(entries.map((entry) => entry.text));

    rerender(<Progress entries={entries} active={false} />);
    expect(status.getAttribute('data-state')).toBe('idle');
  });

  test('stays mounted but empty before any progress', () => {
    const { container } = render(<Progress entries={[]} active={false} />);
    const status = container.querySelector('.tl-progress') as HTMLElement;
    expect(status.textContent).toBe('');
    expect(status.hasAttribute('data-empty')).toBe(true);
  });
});
