import { messageText, selectItem } from '@threadline/headless';
import type { ThreadState } from '@threadline/headless';
import type { KeptAnswer } from './SoakLane';

/**
 * Why a soak thread differs from what its lane wrote, or null: every kept answer is there with
 * exactly its text, the thread holds `itemsPerTurn` items per kept turn and nothing older, and
 * its last run completed without an error.
 */
export function verifyKeptAnswers(state: ThreadState | undefined, kept: readonly KeptAnswer[], itemsPerTurn: number): string | null {
  if (!state) return 'the thread is missing from the store';
  if (state.error) return `the thread has an error: ${state.error.message}`;
  if (state.status !== 'complete') return `the thread is ${state.status}, not complete`;
  if (state.items.length !== kept.length * itemsPerTurn) return `${state.items.length} items, expected ${kept.length * itemsPerTurn}`;
  for (const answer of kept) {
    const item = selectItem(state, answer.messageId);
    if (item?.kind !== 'message') return `answer ${answer.messageId} is missing`;
    const text = messageText(item);
    if (text !== answer.text) return `answer ${answer.messageId} has ${text.length} characters, expected ${answer.text.length}`;
  }
  return null;
}
