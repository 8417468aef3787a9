// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createThreadState, reduceThread, selectItem } from '@threadline/headless';
import type { MessageItem, TextPart, ThreadEvent } from '@threadline/headless';
import { Message } from '@threadline/ui';

afterEach(cleanup);

function message(events: ThreadEvent[]): MessageItem {
  const state = events.reduce(reduceThread, createThreadState({ id: 't' }));
  const item = selectItem(state, 'answer');
  if (item?.kind !== 'message') throw new Error('no message');
  return item;
}

const mixed: ThreadEvent[] = [
  { type: 'run-start' },
  { type: 'message-start', messageId: 'answer', role: 'assistant' },
  { type: 'text-delta', messageId: 'answer', delta: 'Before the table.' },
  { type: 'part-add', messageId: 'answer', part: { type: 'artifact', artifactId: 'table-1' } },
  { type: 'text-delta', messageId: 'answer', delta: 'Between.' },
  { type: 'part-add', messageId: 'answer', part: { type: 'image', fileId: 'file-7' } },
  { type: 'text-delta', messageId: 'answer', delta: 'After the image' },
];

function PlainText({ part, streaming }: { part: TextPart; streaming: boolean }) {
  return <p data-streaming={streaming}>{part.text}</p>;
}

function ArtifactStub({ part }: { part: { artifactId: string } }) {
  return <div data-testid="artifact">{part.artifactId}</div>;
}

describe('Message.Content', () => {
  test('renders parts in order through the components map keyed by part type', () => {
    const { container } = render(
      <Message.Root message={message(mixed)}>
        <Message.Content components={{ text: PlainText, artifact: ArtifactStub }} />
      </Message.Root>,
    );
    const children = [...(container.querySelector('.tl-message-content')?.children ?? [])];
    expect(children.map((child) => child.textContent)).toEqual(['Before the table.', 'table-1', 'Between.', 'Image file-7', 'After the image']);
    expect(screen.getByRole('img', { name: 'Image file-7' })).toBeTruthy();
    expect(children.map((child) => child.getAttribute('data-streaming'))).toEqual(['false', null, 'false', null, 'true']);
  });

  test('shows the streaming caret only on the last text part while the message is in progress', () => {
    const { container, rerender } = render(<Message.Content message={message(mixed)} components={{ artifact: ArtifactStub }} />);
    expect(container.querySelectorAll('.tl-caret')).toHaveLength(1);
    expect(container.querySelector('.tl-caret')?.parentElement?.textContent).toBe('After the image');

    const done = message([...mixed, { type: 'message-end', messageId: 'answer', status: 'complete' }]);
    rerender(<Message.Content message={done} components={{ artifact: ArtifactStub }} />);
    expect(container.querySelector('.tl-caret')).toBeNull();
  });

  test('marks a cancelled message on Message.Root', () => {
    const cancelled = message([...mixed, { type: 'run-end', status: 'cancelled' }]);
    const { container } = render(
      <Message.Root message={cancelled}>
        <Message.Content components={{ artifact: ArtifactStub }} />
      </Message.Root>,
    );
    expect(container.firstElementChild?.getAttribute('data-state')).toBe('cancelled');
    expect(container.firstElementChild?.getAttribute('data-role')).toBe('assistant');
  });
});

describe('Message.Root state', () => {
  test('is aria-busy while the message streams, and not once it completes', () => {
    const { container, rerender } = render(<Message.Root message={message(mixed)} />);
    const root = container.firstElementChild;
    expect(root?.getAttribute('data-state')).toBe('streaming');
    expect(root?.getAttribute('aria-busy')).toBe('true');

    rerender(<Message.Root message={message([...mixed, { type: 'message-end', messageId: 'answer', status: 'complete' }])} />);
    expect(root?.getAttribute('data-state')).toBe('complete');
    expect(root?.hasAttribute('aria-busy')).toBe(false);
  });

  test('shows error for a message still streaming when its run failed, incomplete when it expired', () => {
    const { container, rerender } = render(<Message.Root message={message([...mixed, { type: 'run-end', status: 'failed' }])} />);
    expect(container.firstElementChild?.getAttribute('data-state')).toBe('error');
    expect(container.firstElementChild?.hasAttribute('aria-busy')).toBe(false);

    rerender(<Message.Root message={message([...mixed, { type: 'run-end', status: 'expired' }])} />);
    expect(container.firstElementChild?.getAttribute('data-state')).toBe('incomplete');
  });
});

describe('the default image part', () => {
  const withImages: ThreadEvent[] = [
    { type: 'run-start' },
    { type: 'message-start', messageId: 'answer', role: 'assistant' },
    { type: 'part-add', messageId: 'answer', part: { type: 'image', fileId: 'file-1', url: 'https://files.example.com/chart.png' } },
    { type: 'part-add', messageId: 'answer', part: { type: 'image', fileId: 'file-2', url: 'javascript:alert(1)' } },
    { type: 'part-add', messageId: 'answer', part: { type: 'image', fileId: 'file-3' } },
  ];

  test('draws an http(s) image with no referrer, and a placeholder for an unsafe URL or a bare file id', () => {
    const { container } = render(
      <Message.Root message={message(withImages)}>
        <Message.Content />
      </Message.Root>,
    );
    const images = container.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]?.getAttribute('src')).toBe('https://files.example.com/chart.png');
    expect(images[0]?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect([...container.querySelectorAll('.tl-image-placeholder')].map((placeholder) => placeholder.textContent)).toEqual([
      'Image file-2',
      'Image file-3',
    ]);
    expect(container.innerHTML).not.toContain('javascript:');
  });
});
