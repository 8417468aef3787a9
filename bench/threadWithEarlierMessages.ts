import { createThreadState, reduceThreadEvents } from '@threadline/headless';
import type { ThreadEvent, ThreadState } from '@threadline/headless';

/**
 * A thread of `count` complete messages, then an assistant message still streaming (id
 * `streaming`). The messages are user and assistant in turn, or with `roles: 'assistant'` all the
 * agent's, as a Boosted thread's stream replays them (it carries no user messages): one turn.
 */
export function threadWithEarlierMessages(count: number, { roles = 'alternating' }: { roles?: 'alternating' | 'assistant' } = {}): ThreadState {
  const events: ThreadEvent[] = [{ type: 'run-start' }];
  for (let index = 0; index < count; index += 1) {
    const messageId = `message-${index}`;
    events.push(
      { type: 'message-start', messageId, role: roles === 'alternating' && index % 2 === 0 ? 'user' : 'assistant' },
      { type: 'text-delta', messageId, delta: `Earlier message ${index}: revenue grew **66%** year over year.` },
      { type: 'message-end', messageId, status: 'complete' },
    );
  }
  events.push({ type: 'message-start', messageId: 'streaming', role: 'assistant' }, { type: 'text-delta', messageId: 'streaming', delta: 'The answer' });
  return reduceThreadEvents(createThreadState({ id: 'bench' }), events);
}
