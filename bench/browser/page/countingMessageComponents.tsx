import { memo } from 'react';
import type { MessageItem, ThreadItem } from '@threadline/headless';
import { ThreadMessage } from '@threadline/ui';
import type { ThreadMessagesComponents } from '@threadline/ui';
import type { BenchProbe } from './createBenchProbe';

let settled: ReadonlySet<string> = new Set();
let settledRenders = 0;
let newMessageRenders = 0;
let counting: BenchProbe | undefined;

/**
 * The default `ThreadMessage` behind the same memo boundary (a shallow compare of `{ item }`),
 * counting how often a message that was settled before `start()` renders during the window.
 */
const CountingMessage = memo(function CountingMessage({ item }: { item: MessageItem }) {
  if (counting?.measuring) {
    if (settled.has(item.id)) settledRenders += 1;
    else newMessageRenders += 1;
  }
  return <ThreadMessage item={item} />;
});

/** `Thread.Messages` components with the counting message renderer (module-level, so stable). */
export const countingMessageComponents: Partial<ThreadMessagesComponents> = { message: CountingMessage };

/** Takes the thread's messages at `start()` as the settled ones and reports their renders through the probe. */
export function startCountingSettledRenders(items: readonly ThreadItem[], probe: BenchProbe): void {
  settled = new Set(items.filter((item) => item.kind === 'message').map((item) => item.id));
  settledRenders = 0;
  newMessageRenders = 0;
  counting = probe;
  probe.setExtra(() => ({ settledRenders, settledMessages: settled.size, newMessageRenders }));
}
