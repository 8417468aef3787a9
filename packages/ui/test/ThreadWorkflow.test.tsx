// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createThreadState, reduceThreadEvents, selectItems } from '@threadline/headless';
import type { Citation, ThreadEvent, WorkflowItem, WorkflowTask } from '@threadline/headless';
import { ThreadWorkflow } from '@threadline/ui';

afterEach(cleanup);

function workflowOf(events: ThreadEvent[]): WorkflowItem {
  const item = selectItems(reduceThreadEvents(createThreadState(), events))[0];
  if (item?.kind !== 'workflow') throw new Error('expected a workflow');
  return item;
}

function source(title: string, url: string): Citation {
  return { type: 'url', start: null, end: null, id: null, title, url, snippet: null, highlights: [], source: null, date: null, details: {} };
}

const planning: WorkflowTask = { kind: 'custom', title: 'Planning the comparison', content: 'Find **official** ratings.', status: 'complete', sources: [] };
const searching: WorkflowTask = {
  kind: 'web_search',
  title: 'Searching the web',
  content: null,
  status: 'loading',
  sources: [source('iPhone 17 specs', 'https://www.apple.com/iphone-17/specs/'), source('Sneaky', 'javascript:alert(1)')],
};

describe('ThreadWorkflow', () => {
  test('lists tasks with their state, markdown content and sanitized source links', () => {
    const item = workflowOf([{ type: 'workflow-update', itemId: 'w', variant: 'custom', tasks: [planning, searching], expanded: true }]);
    const { container } = render(<ThreadWorkflow item={item} />);
    const details = container.querySelector('details');
    expect(details?.open).toBe(true);
    expect(details?.getAttribute('data-state')).toBe('in_progress');
    expect(container.querySelector('.tl-workflow-title')?.textContent).toBe('Working…');
    const tasks = [...container.querySelectorAll('.tl-workflow-task')];
    expect(tasks.map((task) => [task.getAttribute('data-state'), task.getAttribute('data-kind')])).toEqual([
      ['complete', 'custom'],
      ['loading', 'web_search'],
    ]);
    expect(tasks[0]?.querySelector('strong')?.textContent).toBe('official');
    const link = within(tasks[1] as HTMLElement).getByRole('link', { name: 'iPhone 17 specs' });
    expect(link.getAttribute('href')).toBe('https://www.apple.com/iphone-17/specs/');
    expect(link.getAttribute('rel')).toBe('noreferrer noopener');
    expect(within(tasks[1] as HTMLElement).queryByRole('link', { name: 'Sneaky' })).toBeNull();
    expect(within(tasks[1] as HTMLElement).getByText('Sneaky').tagName).toBe('SPAN');
  });

  test('shows the summary and duration once complete, and starts closed when not expanded', () => {
    const item = workflowOf([
      { type: 'workflow-update', itemId: 'w', tasks: [planning], expanded: false },
      { type: 'workflow-update', itemId: 'w', summary: null, durationSeconds: 9, status: 'complete' },
    ]);
    const { container } = render(<ThreadWorkflow item={item} />);
    expect(container.querySelector('details')?.open).toBe(false);
    expect(container.querySelector('.tl-workflow-title')?.textContent).toBe('Workflow');
    expect(container.querySelector('.tl-workflow-detail')?.textContent).toBe('Took 9s');

    cleanup();
    const titled = workflowOf([{ type: 'workflow-update', itemId: 'w', tasks: [planning], summary: 'Compared battery life', durationSeconds: 125, status: 'complete' }]);
    render(<ThreadWorkflow item={titled} />);
    expect(screen.getByText('Compared battery life')).toBeTruthy();
    expect(screen.getByText('Took 2m 5s')).toBeTruthy();
  });

  test('keeps the reader’s open state while the workflow updates', () => {
    const first = workflowOf([{ type: 'workflow-update', itemId: 'w', tasks: [searching], expanded: false }]);
    const { rerender, container } = render(<ThreadWorkflow item={first} />);
    const details = container.querySelector('details') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    rerender(<ThreadWorkflow item={{ ...first, tasks: [{ ...searching, status: 'complete' }] }} />);
    expect(details.open).toBe(true);
  });

  test('renders a to-do list as a checklist with how many tasks are done', () => {
    const todos: WorkflowTask[] = [
      { kind: 'todo', title: 'File Linear bug for Safari login loop', content: null, status: 'complete', sources: [] },
      { kind: 'todo', title: 'File Linear bug for CSV export', content: null, status: 'loading', sources: [] },
      { kind: 'todo', title: 'Reply to pricing typo email', content: null, status: 'pending', sources: [] },
    ];
    const item = workflowOf([{ type: 'workflow-update', itemId: 'todo-1', variant: 'todo', tasks: todos, expanded: true }]);
    const { container } = render(<ThreadWorkflow item={item} />);
    expect(container.querySelector('details')?.getAttribute('data-variant')).toBe('todo');
    expect(container.querySelector('.tl-workflow-title')?.textContent).toBe('To-do list');
    expect(container.querySelector('.tl-workflow-detail')?.textContent).toBe('1 of 3 done');
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((box) => box.checked)).toEqual([true, false, false]);
    expect(boxes.every((box) => box.disabled)).toBe(true);
    expect(screen.getByRole('checkbox', { name: /File Linear bug for CSV export/ })).toBe(boxes[1]);
  });
});
