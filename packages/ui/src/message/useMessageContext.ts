import { createContext, useContext } from 'react';
import type { MessageItem } from '@threadline/headless';

/** @internal Provided by `Message.Root`. */
export const MessageContext = createContext<MessageItem | null>(null);

/** The message of the nearest `Message.Root`, or null outside one. */
export function useMessageContext(): MessageItem | null {
  return useContext(MessageContext);
}
