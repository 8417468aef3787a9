// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createThreadState, reduceThreadEvents, selectItems } from '@threadline/headless';
import type { PendingAction, ThreadEvent, ToolCallItem } from '@threadline/headless';
import { Thread, ThreadToolCall } from '@threadline/ui';

afterEach(cleanup);

function toolCallOf(events: ThreadEvent[]): ToolCallItem {
  const item = selectItems(reduceThreadEvents(createThreadState(), events))[0];
  if (item?.kind !== 'tool_call') throw new Error('expected a tool call');
  return item;
}

const quote: ThreadEvent[] = [
  { type: 'run-start' },
  { type: 'tool-call-start', toolCallId: 'call_1', name: 'get_stock_quote' },
  { type: 'tool-call-delta', toolCallId: 'call_1', argumentsDelta: '{"symbol":' },
];

describe('ThreadToolCall', () => {
  test('shows streaming arguments as they are, then pretty-prints them once they are JSON', () => {
    const { rerender, container } = render(<ThreadToolCall item={toolCallOf(quote)} />);
    const details = container.querySelector('details');
    expect(details?.getAttribute('data-state')).toBe('in_progress');
    expect(container.querySelector('.tl-tool-call-name')?.textContent).toBe('get_stock_quote');
    expect(container.querySelector('.tl-tool-call-status')?.textContent).toBe('Running');
    expect(container.querySelector('.tl-tool-call-arguments')?.textContent).toBe('{"symbol":');

    rerender(<ThreadToolCall item={toolCallOf([...quote, { type: 'tool-call-delta', toolCallId: 'call_1', argumentsDelta: '"AAPL"}' }])} />);
    expect(container.querySelector('.tl-tool-call-arguments')?.textContent).toBe('{\n  "symbol": "AAPL"\n}');
    expect(container.querySelector('.tl-tool-call-result')).toBeNull();
  });

  test('shows requires_action while the run waits on it, then the streamed result', () => {
    const action: PendingAction = { kind: 'submit_tool_outputs', toolCallIds: ['call_1'], requestId: null, questions: [], toolName: null, toolInput: null };
    const waiting = [...quote, { type: 'tool-call-end', toolCallId: 'call_1', arguments: '{"symbol":"AAPL"}' }, { type: 'action-require', action }] as ThreadEvent[];
    const { rerender, container } = render(<ThreadToolCall item={toolCallOf(waiting)} />);
    expect(container.querySelector('details')?.getAttribute('data-state')).toBe('requires_action');
    expect(container.querySelector('.tl-tool-call-status')?.textContent).toBe('Waiting for you');

    const done: ThreadEvent[] = [
      ...waiting,
      { type: 'tool-result-delta', toolCallId: 'call_1', delta: '{"price":' },
      { type: 'tool-result-delta', toolCallId: 'call_1', delta: '227.48}' },
      { type: 'tool-result-end', toolCallId: 'call_1' },
    ];
    rerender(<ThreadToolCall item={toolCallOf(done)} statusLabels={{ complete: 'Finished' }} />);
    expect(container.querySelector('details')?.getAttribute('data-state')).toBe('complete');
    expect(container.querySelector('.tl-tool-call-status')?.textContent).toBe('Finished');
    expect(container.querySelector('.tl-tool-call-result')?.textContent).toBe('{\n  "price": 227.48\n}');
  });

  test('draws image outputs only from http(s) or inline raster URLs, else shows the file id', () => {
    const item = toolCallOf([
      { type: 'tool-call-start', toolCallId: 'ci', name: 'code_interpreter' },
      { type: 'tool-output-add', toolCallId: 'ci', part: { type: 'image', fileId: 'file-plot' } },
      { type: 'tool-output-add', toolCallId: 'ci', part: { type: 'image', fileId: 'file-js', url: 'javascript:alert(1)' } },
      { type: 'tool-output-add', toolCallId: 'ci', part: { type: 'image', fileId: 'file-svg', url: 'data:image/svg+xml;base64,PHN2Zz4=' } },
      { type: 'tool-output-add', toolCallId: 'ci', part: { type: 'image', fileId: 'file-png', url: 'data:image/png;base64,iVBORw0KGgo=' } },
      { type: 'tool-output-add', toolCallId: 'ci', part: { type: 'image', fileId: 'file-web', url: 'https://files.example.com/plot.png' } },
    ]);
    const { container } = render(<ThreadToolCall item={item} />);
    expect([...container.querySelectorAll('.tl-image-placeholder')].map((element) => element.getAttribute('data-file-id'))).toEqual([
      'file-plot',
      'file-js',
      'file-svg',
    ]);
    expect([...container.querySelectorAll('img')].map((image) => [image.getAttribute('alt'), image.getAttribute('src')])).toEqual([
      ['Image file-png', 'data:image/png;base64,iVBORw0KGgo='],
      ['Image file-web', 'https://files.example.com/plot.png'],
    ]);
  });

  test('renders a call through the renderer registered for its tool name, others through the fallback', () => {
    const items = selectItems(
      reduceThreadEvents(createThreadState(), [
        { type: 'run-start' },
        { type: 'tool-call-start', toolCallId: 'call_1', name: 'get_stock_quote' },
        { type: 'tool-call-delta', toolCallId: 'call_1', argumentsDelta: '{"symbol":"NVDA"}' },
        { type: 'tool-call-end', toolCallId: 'call_1' },
        { type: 'tool-call-start', toolCallId: 'call_2', name: 'web_search' },
        { type: 'tool-call-start', toolCallId: 'call_3', name: 'toString' },
      ]),
    );
    const toolRenderers = {
      get_stock_quote: ({ item }: { item: ToolCallItem }) => <p className="quote-card">Quote {JSON.parse(item.arguments).symbol} ({item.status})</p>,
    };
    const { container, rerender } = render(<Thread.Messages items={items} toolRenderers={toolRenderers} />);
    expect(container.querySelector('.quote-card')?.textContent).toBe('Quote NVDA (in_progress)');
    expect([...container.querySelectorAll('.tl-tool-call-name')].map((name) => name.textContent)).toEqual(['web_search', 'toString']);

    const fallback = ({ item }: { item: ToolCallItem }) => <p className="fallback">{item.name}</p>;
    rerender(<Thread.Messages items={items} toolRenderers={toolRenderers} components={{ tool_call: fallback }} />);
    expect([...container.querySelectorAll('.fallback')].map((element) => element.textContent)).toEqual(['web_search', 'toString']);
    expect(container.querySelector('.quote-card')).not.toBeNull();
  });
});
