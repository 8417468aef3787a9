import { forwardRef, useState } from 'react';
import type { FormEvent, FormHTMLAttributes, KeyboardEvent } from 'react';
import { composeHandlers } from '../internal/composeHandlers';
import { joinClassNames } from '../internal/joinClassNames';

/** Props of {@link Composer}. */
export interface ComposerProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  /** Sends the text (`useThreadStream(...).send`). The input clears when it resolves and keeps the text if it rejects. */
  onSend: (text: string) => unknown;
  /** True while a message is being posted (`isSending`): the send button is disabled and the input read-only. */
  isSending?: boolean;
  /** Disables the input and the button (no thread yet). */
  disabled?: boolean;
  /** False to keep typing allowed but sending off (an answer is still running). Default true. */
  canSend?: boolean;
  /** The text, when controlled (with `onValueChange`). */
  value?: string;
  onValueChange?: (value: string) => void;
  placeholder?: string;
  /** Accessible name of the input (default "Message"). */
  inputLabel?: string;
  /** Text of the send button (default "Send"). */
  sendLabel?: string;
}

/**
 * A message form: a textarea and a send button. Enter sends, Shift+Enter adds a line (and
 * Enter while an input method is composing does neither). `data-state="idle|sending"`.
 */
export const Composer = forwardRef<HTMLFormElement, ComposerProps>(function Composer(
  {
    onSend,
    isSending = false,
    disabled = false,
    canSend = true,
    value: valueProp,
    onValueChange,
    placeholder = 'Ask a question…',
    inputLabel = 'Message',
    sendLabel = 'Send',
    className,
    onKeyDown,
    ...props
  },
  ref,
) {
  const [ownValue, setOwnValue] = useState('');
  const value = valueProp ?? ownValue;
  const setValue = (next: string) => {
    if (valueProp === undefined) setOwnValue(next);
    onValueChange?.(next);
  };
  const sendable = !disabled && !isSending && canSend && value.trim() !== '';

  const submit = () => {
    if (!sendable) return;
    const text = value.trim();
    Promise.resolve()
      .then(() => onSend(text))
      .then(
        () => setValue(''),
        // The text stays so it can be sent again; the failure shows on the thread.
        () => undefined,
      );
  };

  const sendOnEnter = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    if (!(event.target instanceof HTMLTextAreaElement)) return;
    event.preventDefault();
    submit();
  };

  return (
    <form
      ref={ref}
      className={joinClassNames('tl-composer', className)}
      data-state={isSending ? 'sending' : 'idle'}
      {...props}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={composeHandlers(onKeyDown, sendOnEnter)}
    >
      <textarea
        className="tl-composer-input"
        aria-label={inputLabel}
        placeholder={placeholder}
        rows={2}
        value={value}
        disabled={disabled}
        readOnly={isSending}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" className="tl-composer-send" disabled={!sendable}>
        {sendLabel}
      </button>
    </form>
  );
});
