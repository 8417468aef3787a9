// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createThreadState, reduceThreadEvents, selectItems } from '@threadline/headless';
import type { ActionResponse, PendingAction as PendingActionType, ThreadEvent } from '@threadline/headless';
import { PendingAction, PendingActionPanel, Thread } from '@threadline/ui';

afterEach(cleanup);

function pendingOf(events: ThreadEvent[]): PendingActionType {
  const action = reduceThreadEvents(createThreadState(), events).pendingAction;
  if (!action) throw new Error('expected a pending action');
  return action;
}

function waitingOn(action: PendingActionType): ThreadEvent[] {
  return [{ type: 'run-start' }, { type: 'action-require', action }];
}

const base = { toolCallIds: [], requestId: 'req-1', questions: [], toolName: null, toolInput: null };

const tone: PendingActionType = {
  ...base,
  kind: 'question',
  questions: [
    {
      question: 'Which tone should the customer reply use?',
      header: 'Reply tone',
      options: [
        { label: 'Friendly', description: 'Warm and informal' },
        { label: 'Formal', description: null },
      ],
      multiple: false,
    },
    { question: 'Which channels?', header: null, options: [{ label: 'Email', description: null }, { label: 'Chat', description: null }], multiple: true },
  ],
};

describe('PendingActionPanel: questions', () => {
  test('answers each question by its text, with radio, checkbox and free-text choices', async () => {
    const onRespond = vi.fn(async (_response: ActionResponse) => undefined);
    const { container } = render(<PendingActionPanel action={pendingOf(waitingOn(tone))} onRespond={onRespond} />);
    const region = screen.getByRole('region', { name: 'Action required' });
    expect(region.getAttribute('data-kind')).toBe('question');
    expect(region.getAttribute('data-state')).toBe('idle');
    const submit = screen.getByRole('button', { name: 'Send answers' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);

    const friendly = screen.getByRole('radio', { name: 'Friendly' });
    expect(friendly.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.click(friendly);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Email' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Other answer to: Which channels?' }), { target: { value: 'SMS' } });
    expect(submit.disabled).toBe(false);
    expect(container.querySelectorAll('fieldset legend')[0]?.textContent).toBe('Reply toneWhich tone should the customer reply use?');

    await act(async () => {
      fireEvent.click(submit);
    });
    expect(onRespond).toHaveBeenCalledWith({
      type: 'answer',
      answers: { 'Which tone should the customer reply use?': 'Friendly', 'Which channels?': 'Email, SMS' },
    });
  });

  test('sends free text instead of a single choice, and shows submitting while the answer is in flight', async () => {
    let settle: () => void = () => undefined;
    const onRespond = vi.fn(() => new Promise<void>((resolve) => (settle = resolve)));
    const single: PendingActionType = { ...tone, questions: [tone.questions[0] as PendingActionType['questions'][number]] };
    render(<PendingActionPanel action={single} onRespond={onRespond} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Formal' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Other answer/ }), { target: { value: 'Playful' } });
    expect((screen.getByRole('radio', { name: 'Formal' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Send answer' }));
    expect(onRespond).toHaveBeenCalledWith({ type: 'answer', answers: { 'Which tone should the customer reply use?': 'Playful' } });
    expect(screen.getByRole('region').getAttribute('data-state')).toBe('submitting');
    expect((screen.getByRole('button', { name: 'Send answer' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => settle());
    expect(screen.getByRole('region').getAttribute('data-state')).toBe('idle');
  });

  test('shows why a response failed', async () => {
    const onRespond = vi.fn(async () => {
      throw new Error('The run is no longer waiting.');
    });
    render(<PendingActionPanel action={{ ...tone, questions: [{ question: 'Name?', header: null, options: [], multiple: false }] }} onRespond={onRespond} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Name?' }), { target: { value: 'Dana' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send answer' }));
    });
    expect(screen.getByRole('alert').textContent).toBe('The run is no longer waiting.');
  });
});

describe('PendingActionPanel: plan approval', () => {
  const plan: PendingActionType = {
    ...base,
    kind: 'plan_approval',
    questions: [{ question: '1. Search the **inbox**\n2. File issues', header: 'Plan Approval', options: [], multiple: false }],
  };

  test('approves the plan, or sends feedback to revise it', () => {
    const onRespond = vi.fn();
    const { container } = render(<PendingActionPanel action={pendingOf(waitingOn(plan))} onRespond={onRespond} />);
    expect(container.querySelector('.tl-pending-plan-text strong')?.textContent).toBe('inbox');
    const revise = screen.getByRole('button', { name: 'Request changes' }) as HTMLButtonElement;
    expect(revise.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Approve plan' }));
    expect(onRespond).toHaveBeenLastCalledWith({ type: 'plan', approve: true });
  });

  test('sends the feedback text', async () => {
    const onRespond = vi.fn();
    render(<PendingActionPanel action={plan} onRespond={onRespond} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Feedback' }), { target: { value: ' Only high-priority bugs ' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Request changes' }));
    });
    expect(onRespond).toHaveBeenCalledWith({ type: 'plan', approve: false, feedback: 'Only high-priority bugs' });
  });
});

describe('PendingActionPanel: approval', () => {
  const approval: PendingActionType = {
    ...base,
    kind: 'approval',
    toolName: 'Bash',
    toolInput: { command: 'npm run export', description: 'Run the export' },
  };

  test('shows the tool and its input, and allows or denies with remember', async () => {
    const onRespond = vi.fn();
    const { container } = render(<PendingActionPanel action={pendingOf(waitingOn(approval))} onRespond={onRespond} />);
    expect(container.querySelector('.tl-pending-approval-tool')?.textContent).toBe('Bash');
    expect(container.querySelector('.tl-pending-approval-input')?.textContent).toBe('{\n  "command": "npm run export",\n  "description": "Run the export"\n}');
    fireEvent.click(screen.getByRole('button', { name: 'Deny' }));
    expect(onRespond).toHaveBeenLastCalledWith({ type: 'approval', decision: 'deny', remember: false });
    await act(async () => undefined);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Remember this decision for this tool' }));
    fireEvent.click(screen.getByRole('button', { name: 'Allow' }));
    expect(onRespond).toHaveBeenLastCalledWith({ type: 'approval', decision: 'allow', remember: true });
  });
});

describe('PendingActionPanel: tool outputs', () => {
  const calls: ThreadEvent[] = [
    { type: 'run-start' },
    { type: 'tool-call-start', toolCallId: 'call_a', name: 'get_stock_quote' },
    { type: 'tool-call-end', toolCallId: 'call_a', arguments: '{"symbol":"AAPL"}' },
    { type: 'tool-call-start', toolCallId: 'call_m', name: 'get_stock_quote' },
    { type: 'tool-call-end', toolCallId: 'call_m', arguments: '{"symbol":"MSFT"}' },
    { type: 'action-require', action: { ...base, kind: 'submit_tool_outputs', requestId: null, toolCallIds: ['call_a', 'call_m'] } },
  ];

  test('labels each waiting call from the thread and submits the outputs as text', async () => {
    const state = reduceThreadEvents(createThreadState(), calls);
    const onRespond = vi.fn();
    render(
      <Thread.Root threadId="t" items={selectItems(state)}>
        <PendingActionPanel action={state.pendingAction as PendingActionType} onRespond={onRespond} />
      </Thread.Root>,
    );
    const fields = screen.getAllByRole('textbox', { name: 'Output of get_stock_quote' }) as HTMLTextAreaElement[];
    expect(fields.map((field) => field.value)).toEqual(['{}', '{}']);
    expect(screen.getAllByLabelText('Input of get_stock_quote').map((input) => input.textContent)).toEqual([
      '{\n  "symbol": "AAPL"\n}',
      '{\n  "symbol": "MSFT"\n}',
    ]);
    fireEvent.change(fields[0] as HTMLTextAreaElement, { target: { value: '{"price":227.48}' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Submit outputs' }));
    });
    expect(onRespond).toHaveBeenCalledWith({
      type: 'tool-outputs',
      outputs: [
        { toolCallId: 'call_a', output: '{"price":227.48}' },
        { toolCallId: 'call_m', output: '{}' },
      ],
    });
  });

  test('sends a client tool output as JSON when it parses, and as text otherwise', async () => {
    const action: PendingActionType = { ...base, kind: 'client_tool_call', toolCallIds: ['ctc_1'], toolName: 'get_selected_nodes', toolInput: { project: 'roadmap-q3' } };
    const onRespond = vi.fn();
    render(<PendingActionPanel action={pendingOf(waitingOn(action))} onRespond={onRespond} defaultToolOutput={() => '{"nodes":["n1"]}'} />);
    expect(screen.getByLabelText('Input of get_selected_nodes').textContent).toBe('{\n  "project": "roadmap-q3"\n}');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Submit output' }));
    });
    expect(onRespond).toHaveBeenLastCalledWith({ type: 'tool-outputs', outputs: [{ toolCallId: 'ctc_1', output: { nodes: ['n1'] } }] });

    fireEvent.change(screen.getByRole('textbox', { name: 'Output of get_selected_nodes' }), { target: { value: 'two nodes' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Submit output' }));
    });
    expect(onRespond).toHaveBeenLastCalledWith({ type: 'tool-outputs', outputs: [{ toolCallId: 'ctc_1', output: 'two nodes' }] });
  });
});

describe('PendingAction parts', () => {
  test('compose under PendingAction.Root, which renders its child with asChild', () => {
    const onRespond = vi.fn();
    const approval: PendingActionType = { ...base, kind: 'approval', toolName: 'Bash', toolInput: 'ls' };
    render(
      <PendingAction.Root action={approval} onRespond={onRespond} isResponding asChild>
        <section className="mine">
          <PendingAction.Approval allowLabel="Run it" />
        </section>
      </PendingAction.Root>,
    );
    const region = screen.getByRole('region');
    expect(region.tagName).toBe('SECTION');
    expect(region.className).toBe('tl-pending-action mine');
    expect(region.getAttribute('data-state')).toBe('submitting');
    expect((screen.getByRole('button', { name: 'Run it' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('throw a helpful error outside PendingAction.Root', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<PendingAction.Plan />)).toThrow('PendingAction.Plan must be rendered inside <PendingAction.Root>.');
    vi.restoreAllMocks();
  });
});
