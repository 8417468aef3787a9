import { memo } from 'react';
import type { MessageItem } from '@threadline/headless';
import { MessageCitations } from '../message/MessageCitations';
import { MessageContent } from '../message/MessageContent';
import { MessageRoot } from '../message/MessageRoot';

/** Props of {@link ThreadMessage}. */
export interface ThreadMessageProps {
  item: MessageItem;
}

/**
 * The default message of `Thread.Messages`: `Message.Root` with its content and sources.
 * Memoized on the item: items keep their identity until they change.
 */
export const ThreadMessage = memo(function ThreadMessage({ item }: ThreadMessageProps) {
  return (
    <MessageRoot message={item}>
      <MessageContent />
      <MessageCitations />
    </MessageRoot>
  );
});
