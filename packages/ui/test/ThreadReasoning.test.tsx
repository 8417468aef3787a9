// @vitest-environment jsdom
import { createRef } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createThreadState, reduceThreadEvents, selectItems } from '@threadline/headless';
import type { ReasoningItem, ThreadEvent } from '@threadline/headless';
import { ThreadReasoning } from '@threadline/ui';

afterEach(cleanup);

function reasoningOf(events: ThreadEvent[]): ReasoningItem {
  const item = selectItems(reduceThreadEvents(createThreadState(), events))[0];
  if (item?.kind !== 'reasoning') throw new Error('expected a reasoning item');
  return item;
}

describe('ThreadReasoning', () => {
  test('streams its text with a caret and a variant label, then settles as complete', () => {
    const started: ThreadEvent[] = [
      { type: 'run-start' },
      { type: 'reasoning-start', itemId: 'r1', variant: 'thinking' },
      { type: 'reasoning-delta', itemId: 'r1', delta: 'Check the **inbox** first.' },
    ];
    const ref = createRef<HTMLDetailsElement>();
    const { rerender, container } = render(<ThreadReasoning ref={ref} item={reasoningOf(started)} className="mine" />);
    const details = container.querySelector('details');
    expect(details).toBe(ref.current);
    expect(details?.className).toBe('tl-reasoning mine');
    expect(details?.getAttribute('data-state')).toBe('in_progress');
    expect(details?.getAttribute('data-variant')).toBe('thinking');
    expect(details?.open).toBe(false);
    expect(screen.getByText('Thinking…').tagName).toBe('SUMMARY');
    expect(details?.querySelector('strong')?.textContent).toBe('inbox');
    expect(details?.querySelector('.tl-caret')).not.toBeNull();

    rerender(<ThreadReasoning item={reasoningOf([...started, { type: 'reasoning-end', itemId: 'r1' }])} />);
    expect(details?.getAttribute('data-state')).toBe('complete');
    expect(details?.querySelector('summary')?.textContent).toBe('Thinking');
    expect(details?.querySelector('.tl-caret')).toBeNull();
  });

  test('labels each variant and takes label overrides', () => {
    const plan = reasoningOf([
      { type: 'reasoning-start', itemId: 'p', variant: 'plan' },
      { type: 'reasoning-delta', itemId: 'p', delta: '1. Search' },
      { type: 'reasoning-end', itemId: 'p' },
    ]);
    const { rerender, container } = render(<ThreadReasoning item={plan} />);
    expect(container.querySelector('summary')?.textContent).toBe('Plan');
    rerender(<ThreadReasoning item={plan} labels={{ plan: 'Proposed plan' }} open />);
    expect(container.querySelector('summary')?.textContent).toBe('Proposed plan');
    expect(container.querySelector('details')?.open).toBe(true);
  });
});
