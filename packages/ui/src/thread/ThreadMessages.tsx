import { forwardRef, memo, useEffect, useMemo } from 'react';
import type { ComponentType, HTMLAttributes } from 'react';
import type { MessageItem, ReasoningItem, ThreadItem, ToolCallItem, WidgetItem, WorkflowItem } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { warmMarkdownParser } from '../markdown/warmMarkdownParser';
import { ThreadMessage } from './ThreadMessage';
import { ThreadReasoning } from './ThreadReasoning';
import { ThreadToolCall } from './ThreadToolCall';
import { ThreadWidget } from './ThreadWidget';
import { ThreadWorkflow } from './ThreadWorkflow';
import { groupThreadItems } from './groupThreadItems';
import type { ThreadItemGroup } from './groupThreadItems';
import { useThreadContext } from './useThreadContext';

/** Renderers of thread items, keyed by item kind. */
export interface ThreadMessagesComponents {
  message: ComponentType<{ item: MessageItem }>;
  tool_call: ComponentType<{ item: ToolCallItem }>;
  reasoning: ComponentType<{ item: ReasoningItem }>;
  workflow: ComponentType<{ item: WorkflowItem }>;
  widget: ComponentType<{ item: WidgetItem }>;
}

/** Tool call renderers keyed by tool name (`web_search`, `code_interpreter`...). */
export type ThreadToolRenderers = Readonly<Record<string, ComponentType<{ item: ToolCallItem }>>>;

/** Props of {@link ThreadMessages}. */
export interface ThreadMessagesProps extends HTMLAttributes<HTMLDivElement> {
  /** Defaults to the items of the enclosing `Thread.Root`. */
  items?: readonly ThreadItem[];
  /**
   * Replaces default renderers by item kind: `message` → `ThreadMessage`, `tool_call` →
   * `ThreadToolCall`, `reasoning` → `ThreadReasoning`, `workflow` → `ThreadWorkflow`,
   * `widget` → `ThreadWidget`.
   */
  components?: Partial<ThreadMessagesComponents>;
  /**
   * Renders the calls of these tools, by name; other tools fall back to `components.tool_call`
   * (default `ThreadToolCall`). Keep the object stable (module-level), like the components.
   */
  toolRenderers?: ThreadToolRenderers;
}

const noItems: readonly ThreadItem[] = [];

interface ResolvedComponents extends ThreadMessagesComponents {
  toolRenderers: ThreadToolRenderers | undefined;
}

/** The default item renderers of {@link ThreadMessages}. */
export const defaultThreadMessagesComponents: ThreadMessagesComponents = {
  message: ThreadMessage,
  tool_call: ThreadToolCall,
  reasoning: ThreadReasoning,
  workflow: ThreadWorkflow,
  widget: ThreadWidget,
};

const ThreadItemView = memo(function ThreadItemView({ item, components }: { item: ThreadItem; components: ResolvedComponents }) {
  switch (item.kind) {
    case 'message': {
      const Message = components.message;
      return <Message item={item} />;
    }
    case 'tool_call': {
      const renderers = components.toolRenderers;
      const ToolCall = (renderers && Object.hasOwn(renderers, item.name) ? renderers[item.name] : undefined) ?? components.tool_call;
      return <ToolCall item={item} />;
    }
    case 'reasoning': {
      const Reasoning = components.reasoning;
      return <Reasoning item={item} />;
    }
    case 'workflow': {
      const Workflow = components.workflow;
      return <Workflow item={item} />;
    }
    case 'widget': {
      const Widget = components.widget;
      return <Widget item={item} />;
    }
    default: {
      item satisfies never;
      return null;
    }
  }
});

// Turns render in chunks, and a turn's items too, each behind a memo boundary that compares its
// items by reference: while one message streams, React walks a few dozen chunks rather than every
// settled item, however the items fall into turns (a Boosted thread's replayed messages are all
// the agent's: one turn of a thousand items).
const perChunk = 32;
const mostPerChunk = 2 * perChunk;

function sameItems(before: readonly ThreadItem[], after: readonly ThreadItem[]): boolean {
  return before.length === after.length && before.every((item, index) => item === after[index]);
}

function sameGroups(before: readonly ThreadItemGroup[], after: readonly ThreadItemGroup[]): boolean {
  if (before.length !== after.length) return false;
  return before.every((group, index) => {
    const other = after[index];
    return other !== undefined && other.key === group.key && sameItems(group.items, other.items);
  });
}

interface ThreadItemsChunkProps {
  items: readonly ThreadItem[];
  components: ResolvedComponents;
}

const ThreadItemsChunk = memo(
  function ThreadItemsChunk({ items, components }: ThreadItemsChunkProps) {
    return items.map((item) => <ThreadItemView key={item.id} item={item} components={components} />);
  },
  (before, after) => before.components === after.components && sameItems(before.items, after.items),
);

interface ThreadGroupViewProps {
  group: ThreadItemGroup;
  components: ResolvedComponents;
}

const ThreadGroupView = memo(
  function ThreadGroupView({ group, components }: ThreadGroupViewProps) {
    return (
      <div className="tl-thread-group" data-role={group.role}>
        {chunkByKey(group.items, (item) => item.id).map((items) => (
          <ThreadItemsChunk key={items[0]!.id} items={items} components={components} />
        ))}
      </div>
    );
  },
  (before, after) => before.components === after.components && sameItems(before.group.items, after.group.items),
);

interface ThreadGroupsChunkProps {
  groups: readonly ThreadItemGroup[];
  components: ResolvedComponents;
}

const ThreadGroupsChunk = memo(
  function ThreadGroupsChunk({ groups, components }: ThreadGroupsChunkProps) {
    return groups.map((group) => <ThreadGroupView key={group.key} group={group} components={components} />);
  },
  (before, after) => before.components === after.components && sameGroups(before.groups, after.groups),
);

/**
 * Values in chunks of about `perChunk`. A chunk starts at a value whose key hashes to a multiple
 * of `perChunk` (or after `mostPerChunk` values), so the cuts follow the values, not their
 * positions: a value added or removed mid-thread changes its own chunk only, and the others keep
 * their parent, so React keeps them mounted (and their state) instead of moving them.
 */
function chunkByKey<T>(values: readonly T[], keyOf: (value: T) => string): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  for (const value of values) {
    if (chunk.length > 0 && (chunk.length >= mostPerChunk || hashOf(keyOf(value)) % perChunk === 0)) {
      chunks.push(chunk);
      chunk = [];
    }
    chunk.push(value);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

// FNV-1a: spreads similar ids (`msg_1`, `msg_2`) evenly.
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/**
 * The thread's items in order, each through the renderer for its kind (a tool call through its
 * tool's renderer first), wrapped in groups by role: `<div class="tl-thread-group"
 * data-role="user|assistant">` around consecutive items of one side. Every item renders behind a
 * memo boundary keyed on the item object, and settled groups are skipped in chunks, so while one
 * message streams the settled ones do not re-render and a frame's work does not grow with the
 * thread (keep the renderers themselves stable: module-level components).
 */
export const ThreadMessages = forwardRef<HTMLDivElement, ThreadMessagesProps>(function ThreadMessages(
  { items: itemsProp, components, toolRenderers, className, ...props },
  ref,
) {
  const context = useThreadContext();
  useEffect(warmMarkdownParser, []);
  const items = itemsProp ?? context?.items ?? noItems;
  const defaults = defaultThreadMessagesComponents;
  const message = components?.message ?? defaults.message;
  const tool_call = components?.tool_call ?? defaults.tool_call;
  const reasoning = components?.reasoning ?? defaults.reasoning;
  const workflow = components?.workflow ?? defaults.workflow;
  const widget = components?.widget ?? defaults.widget;
  const resolved = useMemo<ResolvedComponents>(
    () => ({ message, tool_call, reasoning, workflow, widget, toolRenderers }),
    [message, tool_call, reasoning, workflow, widget, toolRenderers],
  );
  const groups = useMemo(() => groupThreadItems(items), [items]);
  return (
    <div ref={ref} className={joinClassNames('tl-thread-messages', className)} {...props}>
      {chunkByKey(groups, (group) => group.key).map((chunk) => (
        <ThreadGroupsChunk key={chunk[0]!.key} groups={chunk} components={resolved} />
      ))}
    </div>
  );
});
