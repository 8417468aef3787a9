import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import type { MessageItem } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';
import { useProvidedSource } from '../internal/useValueSource';
import { toMessageState } from './toMessageState';
import { MessageContext } from './useMessageContext';

/** Props of {@link MessageRoot}. */
export interface MessageRootProps extends HTMLAttributes<HTMLDivElement> {
  message: MessageItem;
  /** Render the only child instead of a `div`, with these props merged in. */
  asChild?: boolean;
}

/**
 * A message container: shares the message with `Message.Content`, `Message.Citations` and
 * `Message.Copy`, and shows `data-role="user|assistant"`,
 * `data-state="streaming|complete|incomplete|cancelled|error"` and, while streaming,
 * `aria-busy="true"`.
 */
export const MessageRoot = forwardRef<HTMLDivElement, MessageRootProps>(function MessageRoot(
  { message, asChild, className, ...props },
  ref,
) {
  const Component = asChild ? Slot : 'div';
  const state = toMessageState(message.status);
  const source = useProvidedSource(message);
  return (
    <MessageContext.Provider value={source}>
      <Component
        ref={ref}
        className={joinClassNames('tl-message', className)}
        data-role={message.role}
        data-state={state}
        aria-busy={state === 'streaming' ? true : undefined}
        {...props}
      />
    </MessageContext.Provider>
  );
});
