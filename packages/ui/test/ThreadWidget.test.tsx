// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createThreadState, reduceThreadEvents, selectItems } from '@threadline/headless';
import type { ThreadEvent, WidgetItem, WidgetNode } from '@threadline/headless';
import { Thread, ThreadWidget } from '@threadline/ui';
import type { WidgetComponentProps } from '@threadline/ui';

afterEach(cleanup);

function widgetOf(events: ThreadEvent[]): WidgetItem {
  const item = selectItems(reduceThreadEvents(createThreadState(), events))[0];
  if (item?.kind !== 'widget') throw new Error('expected a widget');
  return item;
}

const save = { type: 'comparison.save', payload: { comparison_id: 'cmp_91f2' }, handler: 'server' };

const card: WidgetNode = {
  type: 'Card',
  size: 'md',
  children: [
    { type: 'Title', value: 'Battery life' },
    { id: 'summary', type: 'Text', value: 'Both last a day', streaming: true, color: 'secondary' },
    { type: 'Divider' },
    { type: 'Row', gap: 2, children: [{ type: 'Badge', label: 'iPhone 17', color: 'info' }, { type: 'Spacer' }, { type: 'Text', value: '30 h' }] },
    { type: 'Markdown', value: 'Read **more** <img src=x onerror=alert(1)>' },
    { type: 'Image', src: 'https://example.com/chart.png', alt: 'Chart' },
    { type: 'Image', src: 'javascript:alert(1)', alt: 'Bad' },
    { type: 'Caption', value: 'Sources: apple.com' },
    { type: 'Button', label: 'Save', onClickAction: save },
    { type: 'Button', label: 'Open locally', onClickAction: { type: 'open', handler: 'client' } },
    { type: 'Chart', series: [] },
    // ChatKit's Transition holds one child, not a list.
    { type: 'Transition', children: { type: 'Text', value: 'Inside a transition' } as unknown as WidgetNode[] },
  ],
  confirm: { label: 'Save comparison', action: save },
};

describe('ThreadWidget', () => {
  test('draws layout as divs with data-widget-type and text as text, never the server’s markup', () => {
    const item = widgetOf([{ type: 'widget-update', itemId: 'w1', root: card }]);
    const { container } = render(<ThreadWidget item={item} />);
    const root = container.querySelector('.tl-widget');
    expect(root?.getAttribute('data-state')).toBe('in_progress');
    expect([...container.querySelectorAll('[data-widget-type]')].map((element) => element.getAttribute('data-widget-type'))).toEqual([
      'Card',
      'Title',
      'Text',
      'Divider',
      'Row',
      'Badge',
      'Spacer',
      'Text',
      'Markdown',
      'Image',
      'Caption',
      'Button',
      'Button',
      'Text',
    ]);
    expect(container.querySelector('[data-widget-type="Card"]')?.getAttribute('data-size')).toBe('md');
    expect(screen.getByText('Both last a day').getAttribute('data-state')).toBe('streaming');
    expect(screen.getByText('Both last a day').getAttribute('data-color')).toBe('secondary');
    expect(container.querySelector('[data-widget-type="Row"]')?.getAttribute('style')).toContain('--tl-widget-gap: 2');
    expect(container.querySelector('.tl-widget-markdown strong')?.textContent).toBe('more');
    expect(container.querySelector('[onerror]')).toBeNull();
    expect([...container.querySelectorAll('img')].map((image) => image.getAttribute('src'))).toEqual(['https://example.com/chart.png']);
    expect(screen.getByText('Inside a transition')).toBeTruthy();
  });

  test('sends server actions through onAction with the item id and disables the rest', async () => {
    let settle: () => void = () => undefined;
    const onAction = vi.fn(() => new Promise<void>((resolve) => (settle = resolve)));
    const item = widgetOf([{ type: 'widget-update', itemId: 'w1', root: card, status: 'complete' }]);
    render(<ThreadWidget item={item} onAction={onAction} />);
    const saveButton = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    expect((screen.getByRole('button', { name: 'Open locally' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(saveButton);
    expect(onAction).toHaveBeenCalledWith({ type: 'comparison.save', payload: { comparison_id: 'cmp_91f2' }, handler: 'server', loadingBehavior: undefined }, 'w1');
    expect(saveButton.getAttribute('data-state')).toBe('loading');
    expect(saveButton.disabled).toBe(true);
    await act(async () => settle());
    expect(saveButton.getAttribute('data-state')).toBe('idle');

    fireEvent.click(screen.getByRole('button', { name: 'Save comparison' }));
    expect(onAction).toHaveBeenCalledTimes(2);
  });

  test('takes the handler from Thread.Root, and disables every action without one', () => {
    const onWidgetAction = vi.fn();
    const items = selectItems(reduceThreadEvents(createThreadState(), [{ type: 'widget-update', itemId: 'w1', root: card }]));
    const { rerender } = render(
      <Thread.Root threadId="t" items={items} onWidgetAction={onWidgetAction}>
        <Thread.Messages />
      </Thread.Root>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save comparison' }));
    expect(onWidgetAction).toHaveBeenCalledWith(expect.objectContaining({ type: 'comparison.save' }), 'w1');

    rerender(
      <Thread.Root threadId="t" items={items}>
        <Thread.Messages />
      </Thread.Root>,
    );
    expect(screen.getAllByRole('button').every((button) => (button as HTMLButtonElement).disabled)).toBe(true);
  });

  test('follows streamed text updates and takes component overrides by type', () => {
    const start: ThreadEvent = { type: 'widget-update', itemId: 'w1', root: { type: 'Card', children: [{ type: 'Text', id: 's', value: 'Both' }, { type: 'Chart', data: [1, 2] }] } };
    const Chart = ({ node }: WidgetComponentProps) => <output>chart of {(node.data as number[]).length}</output>;
    const { rerender } = render(<ThreadWidget item={widgetOf([start])} components={{ Chart }} />);
    expect(screen.getByText('chart of 2')).toBeTruthy();
    const next: ThreadEvent = { type: 'widget-update', itemId: 'w1', root: { type: 'Card', children: [{ type: 'Text', id: 's', value: 'Both phones' }] }, status: 'complete' };
    rerender(<ThreadWidget item={widgetOf([start, next])} components={{ Chart }} />);
    expect(screen.getByText('Both phones')).toBeTruthy();
  });
});
