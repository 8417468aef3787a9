import type { ReasoningVariant, ThreadEvent } from '../../events/ThreadEvent';
import type { TeammateIds } from './createTeammateIds';

interface Block {
  kind: 'text' | 'reasoning';
  itemId: string;
  variant: ReasoningVariant;
  open: boolean;
}

/** Routes a turn's text and reasoning frames to items; every method appends the events it makes. */
export interface TeammateBlocks {
  startText(events: ThreadEvent[], wireId: string | null): void;
  appendText(events: ThreadEvent[], delta: string, wireId: string | null): void;
  endText(events: ThreadEvent[], wireId: string | null): void;
  startReasoning(events: ThreadEvent[], variant: ReasoningVariant, wireId: string | null): void;
  appendReasoning(events: ThreadEvent[], variant: ReasoningVariant, delta: string, wireId: string | null): void;
  endReasoning(events: ThreadEvent[], variant: ReasoningVariant, wireId: string | null): void;
  /** Ends the block the wire named, whatever its kind; false when no such block is open. */
  endNamed(events: ThreadEvent[], wireId: string): boolean;
  /** Ends the block that id-less frames go to: something else (a tool call, a pause) comes next. */
  closeCurrent(events: ThreadEvent[]): void;
  /** The id a `message-start` frame gave the message whose text comes next. */
  nameNextMessage(messageId: string | null): void;
  /** The message that streamed last in this turn, or null. */
  lastMessageId(): string | null;
  /** Forgets the turn's blocks (the run ended, or a new turn began). */
  reset(): void;
}

/**
 * The wire's block ids are optional. A frame with an id goes to the block of that id; a frame
 * without one goes to the open block of its kind, or starts one. Text that comes after a tool
 * call or a reasoning block therefore starts a new message, and items read in wire order.
 */
export function createTeammateBlocks(ids: TeammateIds): TeammateBlocks {
  const byWireId = new Map<string, Block>();
  let current: Block | null = null;
  let nextMessageName: string | null = null;
  let lastMessage: string | null = null;

  function close(events: ThreadEvent[], block: Block): void {
    if (current === block) current = null;
    if (!block.open) return;
    block.open = false;
    if (block.kind === 'text') events.push({ type: 'message-end', messageId: block.itemId, status: 'complete' });
    else events.push({ type: 'reasoning-end', itemId: block.itemId });
  }

  function closeCurrent(events: ThreadEvent[]): void {
    if (current) close(events, current);
  }

  function start(events: ThreadEvent[], kind: Block['kind'], variant: ReasoningVariant, wireId: string | null): Block {
    const known = wireId === null ? undefined : byWireId.get(wireId);
    if (known?.kind === kind) {
      if (current !== known) closeCurrent(events);
      current = known;
      return known;
    }
    closeCurrent(events);
    let name = wireId;
    if (kind === 'text' && name === null) {
      name = nextMessageName;
      nextMessageName = null;
    }
    const itemId = name === null ? ids.generate(kind === 'text' ? 'message' : variant) : ids.fromWire(name);
    const block: Block = { kind, itemId, variant, open: true };
    if (name !== null) byWireId.set(name, block);
    current = block;
    if (kind === 'text') {
      lastMessage = itemId;
      events.push({ type: 'message-start', messageId: itemId, role: 'assistant' });
    } else {
      events.push({ type: 'reasoning-start', itemId, variant });
    }
    return block;
  }

  // The block a delta or an end goes to: the named one, else the open block of the same kind.
  function find(kind: Block['kind'], variant: ReasoningVariant, wireId: string | null): Block | null {
    if (wireId !== null) {
      const known = byWireId.get(wireId);
      return known?.kind === kind ? known : null;
    }
    const open = current?.open && current.kind === kind && (kind === 'text' || current.variant === variant);
    return open ? current : null;
  }

  return {
    startText(events, wireId) {
      start(events, 'text', 'reasoning', wireId);
    },
    appendText(events, delta, wireId) {
      if (delta === '') return;
      const block = find('text', 'reasoning', wireId) ?? start(events, 'text', 'reasoning', wireId);
      if (block.open) current = block;
      events.push({ type: 'text-delta', messageId: block.itemId, delta });
    },
    endText(events, wireId) {
      const block = find('text', 'reasoning', wireId);
      if (block) close(events, block);
    },
    startReasoning(events, variant, wireId) {
      start(events, 'reasoning', variant, wireId);
    },
    appendReasoning(events, variant, delta, wireId) {
      if (delta === '') return;
      const block = find('reasoning', variant, wireId) ?? start(events, 'reasoning', variant, wireId);
      if (block.open) current = block;
      events.push({ type: 'reasoning-delta', itemId: block.itemId, delta });
    },
    endReasoning(events, variant, wireId) {
      const block = find('reasoning', variant, wireId);
      if (block) close(events, block);
    },
    endNamed(events, wireId) {
      const block = byWireId.get(wireId);
      if (!block?.open) return false;
      close(events, block);
      return true;
    },
    closeCurrent,
    nameNextMessage(messageId) {
      nextMessageName = messageId;
    },
    lastMessageId: () => lastMessage,
    reset() {
      byWireId.clear();
      current = null;
      nextMessageName = null;
      lastMessage = null;
    },
  };
}
