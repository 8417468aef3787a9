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
      'Chart',
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

  test('shows a visible placeholder for an unknown component type, then its children', () => {
    const item = widgetOf([
      {
        type: 'widget-update',
        itemId: 'w1',
        root: { type: 'Card', children: [{ type: 'Carousel', children: [{ type: 'Text', value: 'First slide' }] }, { type: 'Hologram' }] },
      },
    ]);
    const { container } = render(<ThreadWidget item={item} />);
    const placeholders = [...container.querySelectorAll('.tl-widget-unknown')];
    expect(placeholders.map((element) => [element.getAttribute('data-type'), element.textContent])).toEqual([
      ['Carousel', 'Unsupported widget “Carousel”'],
      ['Hologram', 'Unsupported widget “Hologram”'],
    ]);
    expect(placeholders[0]?.nextElementSibling?.textContent).toBe('First slide');
  });

  test('draws ChatKit’s containers, icons, charts and form fields, and submits a form’s values with its action', () => {
    const onAction = vi.fn();
    const item = widgetOf([
      {
        type: 'widget-update',
        itemId: 'w1',
        status: 'complete',
        root: {
          type: 'Basic',
          children: [
            { type: 'Row', children: [{ type: 'Icon', name: 'calendar' }, { type: 'Label', value: 'Book a call' }, { type: 'Icon', name: 'no-such-icon' }] },
            { type: 'Box', children: [{ type: 'Col', children: [{ type: 'Title', value: 'Slots' }] }] },
            { type: 'ListView', children: [{ type: 'ListViewItem', children: [{ type: 'Text', value: 'Monday' }] }] },
            {
              type: 'Chart',
              title: 'Revenue',
              data: [{ quarter: 'Q1', revenue: 10 }, { quarter: 'Q2', revenue: 14 }],
              series: [{ type: 'bar', dataKey: 'revenue', label: 'Revenue ($B)' }],
              xAxis: 'quarter',
            },
            {
              type: 'Form',
              onSubmitAction: { type: 'call.book', payload: { source: 'widget' } },
              children: [
                { type: 'Input', name: 'email', inputType: 'email', placeholder: 'Email', defaultValue: 'ada@example.com' },
                { type: 'Textarea', name: 'note', placeholder: 'Note' },
                { type: 'Select', name: 'day', placeholder: 'Day', options: [{ value: 'mon', label: 'Monday' }, { value: 'tue', label: 'Tuesday' }], defaultValue: 'tue' },
                { type: 'Checkbox', name: 'reminder', label: 'Remind me', defaultChecked: true },
                { type: 'RadioGroup', name: 'length', options: [{ value: '15', label: '15 min' }, { value: '30', label: '30 min' }], defaultValue: '30' },
                { type: 'DatePicker', name: 'date', defaultValue: '2025-03-04T00:00:00Z' },
                { type: 'Button', label: 'Book', submit: true },
              ],
            },
          ],
        },
      },
    ]);
    const { container } = render(<ThreadWidget item={item} onAction={onAction} />);
    expect(container.querySelector('.tl-widget-unknown')).toBeNull();
    expect([...container.querySelectorAll('.tl-widget-icon')].map((icon) => [icon.getAttribute('data-icon'), icon.getAttribute('aria-hidden')])).toEqual([
      ['calendar', 'true'],
      ['no-such-icon', 'true'],
    ]);
    const chart = screen.getByRole('table', { name: 'Revenue' });
    expect([...chart.querySelectorAll('tr')].map((row) => row.textContent)).toEqual(['quarterRevenue ($B)', 'Q110', 'Q214']);
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).type).toBe('email');
    expect((screen.getByRole('combobox', { name: 'Day' }) as HTMLSelectElement).value).toBe('tue');
    expect((screen.getByRole('checkbox', { name: 'Remind me' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: '30 min' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.change(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'After lunch' } });
    fireEvent.submit(container.querySelector('form') as HTMLFormElement);
    expect(onAction).toHaveBeenCalledWith(
      {
        type: 'call.book',
        handler: undefined,
        loadingBehavior: undefined,
        payload: { source: 'widget', email: 'ada@example.com', note: 'After lunch', day: 'tue', reminder: 'on', length: '30', date: '2025-03-04' },
      },
      'w1',
    );
  });
});
