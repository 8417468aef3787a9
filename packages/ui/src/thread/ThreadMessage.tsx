import { memo } from 'react';
import type { MessageItem } from '@threadline/headless';
import { MessageCitations } from '../message/MessageCitations';
import { MessageContent } from '../message/MessageContent';
import { MessageCopy } from '../message/MessageCopy';
import { MessageRoot } from '../message/MessageRoot';

/** Props of {@link ThreadMessage}. */
export interface ThreadMessageProps {
  item: MessageItem;
}

/**
 * The default message of `Thread.Messages`: `Message.Root` with its content and sources, and a
 * copy button under an assistant's answer once it has stopped streaming. Memoized on the item:
 * items keep their identity until they change.
 */
export const ThreadMessage = memo(function ThreadMessage({ item }: ThreadMessageProps) {
  const copyable = item.role === 'assistant' && item.status !== 'in_progress' && item.parts.some((part) => part.type === 'text');
  return (
    <MessageRoot message={item}>
      <MessageContent />
      <MessageCitations />
      {copyable ? <MessageCopy /> : null}
    </MessageRoot>
  );
});
