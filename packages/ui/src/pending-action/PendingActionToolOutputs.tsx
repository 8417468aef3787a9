import { forwardRef, useId, useState } from 'react';
import type { FormEvent, FormHTMLAttributes } from 'react';
import type { PendingAction } from '@threadline/headless';
import { formatJson } from '../internal/formatJson';
import { joinClassNames } from '../internal/joinClassNames';
import { useThreadContext } from '../thread/useThreadContext';
import { usePendingActionContext } from './usePendingActionContext';

/** Props of {@link PendingActionToolOutputs}. */
export interface PendingActionToolOutputsProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  /** What each output field starts with (default `{}`). */
  defaultOutput?: string | ((toolCallId: string, action: PendingAction) => string);
  /** Text of the submit button (default "Submit output", or "Submit outputs" for several calls). */
  submitLabel?: string;
}

function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The form for a `submit_tool_outputs` or `client_tool_call` action: per waiting tool call, its
 * name and input (from the enclosing `Thread.Root`'s items, or the action's own tool) and a
 * field for its output. Submitting sends `{type: 'tool-outputs', outputs: [{toolCallId, output}]}`;
 * a client tool's output is sent as parsed JSON when it is valid JSON, else as text.
 */
export const PendingActionToolOutputs = forwardRef<HTMLFormElement, PendingActionToolOutputsProps>(function PendingActionToolOutputs(
  { defaultOutput = '{}', submitLabel, className, ...props },
  ref,
) {
  const { action, submit, state } = usePendingActionContext('PendingAction.ToolOutputs');
  const items = useThreadContext()?.items;
  const id = useId();
  const initial = (toolCallId: string) => (typeof defaultOutput === 'function' ? defaultOutput(toolCallId, action) : defaultOutput);
  const [outputs, setOutputs] = useState<Record<string, string>>(() =>
    Object.fromEntries(action.toolCallIds.map((toolCallId) => [toolCallId, initial(toolCallId)])),
  );
  const busy = state === 'submitting';
  const client = action.kind === 'client_tool_call';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const sent = action.toolCallIds.map((toolCallId) => {
      const text = outputs[toolCallId] ?? '';
      return { toolCallId, output: client ? parseJsonOrText(text) : text };
    });
    void submit({ type: 'tool-outputs', outputs: sent });
  };

  return (
    <form ref={ref} className={joinClassNames('tl-pending-tool-outputs', className)} data-state={state} {...props} onSubmit={onSubmit}>
      <p className="tl-pending-action-title">{client ? 'The agent asks the app to run a tool' : 'The run waits for tool outputs'}</p>
      {action.toolCallIds.map((toolCallId, index) => {
        const call = items?.find((item) => item.id === toolCallId && item.kind === 'tool_call');
        const name = (call?.kind === 'tool_call' ? call.name : null) ?? action.toolName ?? 'Tool';
        const input = formatJson(call?.kind === 'tool_call' && call.arguments ? call.arguments : client ? action.toolInput : null);
        const fieldId = `${id}-output-${index}`;
        return (
          <div key={toolCallId} className="tl-pending-tool-output" data-tool-call-id={toolCallId}>
            <p className="tl-pending-tool-output-name">
              <code>{name}</code> <span className="tl-pending-tool-output-id">{toolCallId}</span>
            </p>
            {input ? <pre className="tl-pending-tool-output-input" aria-label={`Input of ${name}`}>{input}</pre> : null}
            <label className="tl-pending-action-field-label" htmlFor={fieldId}>
              Output of {name}
            </label>
            <textarea
              id={fieldId}
              className="tl-pending-tool-output-field"
              rows={3}
              spellCheck={false}
              value={outputs[toolCallId] ?? ''}
              disabled={busy}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setOutputs((current) => ({ ...current, [toolCallId]: value }));
              }}
            />
          </div>
        );
      })}
      <div className="tl-pending-action-buttons">
        <button type="submit" className="tl-pending-action-submit" data-variant="primary" disabled={busy}>
          {submitLabel ?? (action.toolCallIds.length > 1 ? 'Submit outputs' : 'Submit output')}
        </button>
      </div>
    </form>
  );
});
