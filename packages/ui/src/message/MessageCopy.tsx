import { forwardRef } from 'react';
import type { ButtonHTMLAttributes } from 'react';
import { messageText } from '@threadline/headless';
import type { MessageItem } from '@threadline/headless';
import { composeHandlers } from '../internal/composeHandlers';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';
import { useCopyToClipboard } from '../markdown/useCopyToClipboard';
import { useMessageContext } from './useMessageContext';

/** Props of {@link MessageCopy}. */
export interface MessageCopyProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Defaults to the message of the enclosing `Message.Root`. */
  message?: MessageItem;
  /** Render the only child instead of a `button`, with these props merged in. */
  asChild?: boolean;
  /** How long `data-state` stays `copied`, in milliseconds (default 2000). */
  resetAfter?: number;
}

/**
 * A button that copies the message's text (its text parts joined, as `messageText` does, in
 * markdown) to the clipboard. Shows `data-state="idle|copied"` and is disabled while the message
 * streams. Its label is "Copy", then "Copied"; pass children to replace it. Where the clipboard is
 * unavailable it does nothing.
 */
export const MessageCopy = forwardRef<HTMLButtonElement, MessageCopyProps>(function MessageCopy(
  { message: messageProp, asChild, resetAfter, disabled, className, children, onClick, ...props },
  ref,
) {
  const contextMessage = useMessageContext();
  const message = messageProp ?? contextMessage;
  const { state, copy } = useCopyToClipboard(resetAfter);
  if (!message) throw new Error('Message.Copy: pass `message` or render it inside <Message.Root>.');
  const Component = asChild ? Slot : 'button';
  return (
    <Component
      ref={ref}
      type="button"
      className={joinClassNames('tl-message-copy', className)}
      data-state={state}
      disabled={disabled || message.status === 'in_progress'}
      {...props}
      onClick={composeHandlers(onClick, () => void copy(messageText(message)))}
    >
      {children ?? (state === 'copied' ? 'Copied' : 'Copy')}
    </Component>
  );
});
