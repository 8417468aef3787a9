import { createContext, useContext } from 'react';
import type { MessageItem } from '@threadline/headless';
import type { ValueSource } from '../internal/createValueSource';
import { useSourceValue } from '../internal/useValueSource';

/**
 * @internal Provided by `Message.Root`: the message through a source, so that the context value
 * stays put while the message streams (see `createValueSource`).
 */
export const MessageContext = createContext<ValueSource<MessageItem> | null>(null);

/** The message of the nearest `Message.Root`, or null outside one. */
export function useMessageContext(): MessageItem | null {
  return useSourceValue<MessageItem | null>(useContext(MessageContext), null);
}
