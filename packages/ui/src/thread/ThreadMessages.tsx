import { forwardRef, memo, useMemo } from 'react';
import type { ComponentType, HTMLAttributes } from 'react';
import type { MessageItem, ThreadItem, ToolCallItem } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { ThreadMessage } from './ThreadMessage';
import { ThreadToolCall } from './ThreadToolCall';
import { useThreadContext } from './useThreadContext';

/** Renderers of thread items, keyed by item kind. */
export interface ThreadMessagesComponents {
  message: ComponentType<{ item: MessageItem }>;
  tool_call: ComponentType<{ item: ToolCallItem }>;
}

/** Props of {@link ThreadMessages}. */
export interface ThreadMessagesProps extends HTMLAttributes<HTMLDivElement> {
  /** Defaults to the items of the enclosing `Thread.Root`. */
  items?: readonly ThreadItem[];
  /** Replaces the default renderers (`ThreadMessage`, `ThreadToolCall`). */
  components?: Partial<ThreadMessagesComponents>;
}

const ThreadItemView = memo(function ThreadItemView({ item, components }: { item: ThreadItem; components: ThreadMessagesComponents }) {
  if (item.kind === 'message') {
    const Message = components.message;
    return <Message item={item} />;
  }
  if (item.kind === 'tool_call') {
    const ToolCall = components.tool_call;
    return <ToolCall item={item} />;
  }
  return null;
});

/**
 * The thread's items in order, each through the renderer for its kind. Every item renders
 * behind a memo boundary keyed on the item object, so while one message streams the settled
 * ones do not re-render (keep the renderers themselves stable: module-level components).
 */
export const ThreadMessages = forwardRef<HTMLDivElement, ThreadMessagesProps>(function ThreadMessages(
  { items: itemsProp, components, className, ...props },
  ref,
) {
  const context = useThreadContext();
  const items = itemsProp ?? context?.items ?? [];
  const message = components?.message ?? ThreadMessage;
  const toolCall = components?.tool_call ?? ThreadToolCall;
  const resolved = useMemo(() => ({ message, tool_call: toolCall }), [message, toolCall]);
  return (
    <div ref={ref} className={joinClassNames('tl-thread-messages', className)} {...props}>
      {items.map((item) => (
        <ThreadItemView key={item.id} item={item} components={resolved} />
      ))}
    </div>
  );
});
