import type { FormEvent } from 'react';
import type { WidgetComponentProps } from './useWidgetContext';
import { useWidgetContext } from './useWidgetContext';
import { readWidgetAction } from './WidgetAction';
import { readText, readToken } from './widgetProps';

// Form fields are uncontrolled native controls: the server's `defaultValue` is where they start,
// and the values travel only when the form is submitted.

function fieldProps(node: WidgetComponentProps['node'], type: string) {
  const name = readText(node, 'name') ?? undefined;
  return {
    name,
    'data-widget-type': type,
    'aria-label': readText(node, 'ariaLabel') ?? readText(node, 'placeholder') ?? name,
    required: node.required === true || undefined,
    disabled: node.disabled === true || undefined,
  };
}

/**
 * `Form`: a `<form>` whose submit sends its `onSubmitAction` through the widget's handler, with
 * the fields' values added to the action's payload by field name. Without a handler it is disabled.
 */
export function WidgetForm({ node, itemId, children }: WidgetComponentProps) {
  const { onAction } = useWidgetContext();
  const action = readWidgetAction(node.onSubmitAction);
  const usable = action !== null && onAction !== null && (action.handler === undefined || action.handler === 'server');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!usable || !action || !onAction) return;
    const values = Object.fromEntries(new FormData(event.currentTarget).entries());
    const base = typeof action.payload === 'object' && action.payload !== null ? action.payload : {};
    onAction({ ...action, payload: { ...base, ...values } }, itemId);
  };
  return (
    <form className="tl-widget-form" data-widget-type="Form" data-state={usable ? 'idle' : 'disabled'} onSubmit={submit}>
      <fieldset className="tl-widget-form-fields" disabled={!usable}>
        {children}
      </fieldset>
    </form>
  );
}

/** `Input`: a text field (`inputType` as its type: text, email, number, password, tel, url). */
export function WidgetInput({ node }: WidgetComponentProps) {
  const inputType = readToken(node, 'inputType');
  const type = inputType && ['text', 'email', 'number', 'password', 'tel', 'url'].includes(inputType) ? inputType : 'text';
  return <input className="tl-widget-input" type={type} placeholder={readText(node, 'placeholder') ?? undefined} defaultValue={readText(node, 'defaultValue') ?? undefined} {...fieldProps(node, 'Input')} />;
}

/** `Textarea`: a multi-line text field. */
export function WidgetTextarea({ node }: WidgetComponentProps) {
  const rows = typeof node.rows === 'number' && node.rows > 0 && node.rows <= 20 ? node.rows : 3;
  return <textarea className="tl-widget-input" rows={rows} placeholder={readText(node, 'placeholder') ?? undefined} defaultValue={readText(node, 'defaultValue') ?? undefined} {...fieldProps(node, 'Textarea')} />;
}

/** `Select`: a drop-down of its `options` (`{ label, value }`), with the `placeholder` as an empty first choice. */
export function WidgetSelect({ node }: WidgetComponentProps) {
  const placeholder = readText(node, 'placeholder');
  return (
    <select className="tl-widget-select" defaultValue={readText(node, 'defaultValue') ?? ''} {...fieldProps(node, 'Select')}>
      {placeholder !== null || readText(node, 'defaultValue') === null ? <option value="">{placeholder ?? ''}</option> : null}
      {readOptions(node.options).map((option) => (
        <option key={option.value} value={option.value} disabled={option.disabled}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** `Checkbox`: a checkbox with its `label`. */
export function WidgetCheckbox({ node }: WidgetComponentProps) {
  return (
    <label className="tl-widget-checkbox" data-widget-type="Checkbox">
      <input
        type="checkbox"
        name={readText(node, 'name') ?? undefined}
        defaultChecked={node.defaultChecked === true}
        required={node.required === true || undefined}
        disabled={node.disabled === true || undefined}
      />
      <span>{readText(node, 'label')}</span>
    </label>
  );
}

/** `RadioGroup`: one radio button per option, sharing the group's `name`. */
export function WidgetRadioGroup({ node }: WidgetComponentProps) {
  const name = readText(node, 'name') ?? undefined;
  const selected = readText(node, 'defaultValue');
  return (
    <div className="tl-widget-radio-group" data-widget-type="RadioGroup" role="radiogroup" aria-label={readText(node, 'ariaLabel') ?? name}>
      {readOptions(node.options).map((option) => (
        <label key={option.value} className="tl-widget-radio">
          <input type="radio" name={name} value={option.value} defaultChecked={option.value === selected} disabled={option.disabled || node.disabled === true} />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}

/** `DatePicker`: a native date field. */
export function WidgetDatePicker({ node }: WidgetComponentProps) {
  const value = readText(node, 'defaultValue');
  return <input className="tl-widget-input" type="date" defaultValue={value?.slice(0, 10)} min={readText(node, 'min')?.slice(0, 10)} max={readText(node, 'max')?.slice(0, 10)} {...fieldProps(node, 'DatePicker')} />;
}

function readOptions(value: unknown): Array<{ label: string; value: string; disabled: boolean }> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((option) => {
    if (typeof option !== 'object' || option === null) return [];
    const record = option as Record<string, unknown>;
    if (typeof record.value !== 'string') return [];
    return [{ value: record.value, label: typeof record.label === 'string' ? record.label : record.value, disabled: record.disabled === true }];
  });
}
