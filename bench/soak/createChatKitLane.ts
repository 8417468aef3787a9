import { createChatKitDecoder, createSseReader, sliceRandomly } from '@threadline/headless';
import type { Decoder, SseReader, ThreadEvent } from '@threadline/headless';
import type { WireFrame } from '../streams/WireFrame';
import { encodeSseFrames } from './encodeSseFrames';
import { soakAnswerWords } from './soakAnswerWords';
import type { KeptAnswer, SoakLane, SoakLaneOptions } from './SoakLane';
import { verifyKeptAnswers } from './verifyKeptAnswers';

const frame = (data: Record<string, unknown>): WireFrame => ({ data: JSON.stringify(data) });
const updated = (itemId: string, update: Record<string, unknown>) => frame({ type: 'thread.item.updated', item_id: itemId, update });

// One annotation per this many words of the answer.
const WORDS_PER_ANNOTATION = 100;

function turnFrames(threadId: string, turn: number, seed: number, removed: readonly string[]): { frames: WireFrame[]; answer: KeptAnswer } {
  const ids = { user: `${threadId}-t${turn}-user`, workflow: `${threadId}-t${turn}-workflow`, answer: `${threadId}-t${turn}-answer` };
  const item = (id: string, type: string, fields: Record<string, unknown>) => ({ id, thread_id: threadId, created_at: '2026-11-21T09:14:02.624963', type, ...fields });
  const task = { status_indicator: 'complete', type: 'custom', title: 'Planning the lookup', content: `Check source ${turn}.` };
  const words = soakAnswerWords(turn, seed);
  const frames = [
    frame({ type: 'thread.item.done', item: item(ids.user, 'user_message', { content: [{ type: 'input_text', text: `Question ${turn}` }], attachments: [], inference_options: {} }) }),
    frame({ type: 'stream_options', stream_options: { allow_cancel: true } }),
    frame({ type: 'progress_update', icon: 'search', text: `Reading source ${turn}` }),
    frame({ type: 'thread.item.added', item: item(ids.workflow, 'workflow', { workflow: { type: 'custom', tasks: [], expanded: true } }) }),
    updated(ids.workflow, { type: 'workflow.task.added', task_index: 0, task }),
    frame({ type: 'thread.item.done', item: item(ids.workflow, 'workflow', { workflow: { type: 'custom', tasks: [task], expanded: false } }) }),
    frame({ type: 'thread.item.added', item: item(ids.answer, 'assistant_message', { content: [] }) }),
    updated(ids.answer, { type: 'assistant_message.content_part.added', content_index: 0, content: { annotations: [], text: '', type: 'output_text' } }),
  ];
  const annotations: unknown[] = [];
  let text = '';
  words.forEach((word, index) => {
    frames.push(updated(ids.answer, { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: word }));
    text += word;
    if (index % WORDS_PER_ANNOTATION !== WORDS_PER_ANNOTATION - 1) return;
    const annotation = { type: 'annotation', source: { title: `Filing ${index}`, type: 'url', url: `https://example.com/filings/${turn}/${index}` }, index: text.length };
    frames.push(updated(ids.answer, { type: 'assistant_message.content_part.annotation_added', content_index: 0, annotation_index: annotations.length, annotation }));
    annotations.push(annotation);
  });
  frames.push(
    updated(ids.answer, { type: 'assistant_message.content_part.done', content_index: 0, content: { annotations: [], text, type: 'output_text' } }),
    frame({ type: 'thread.item.done', item: item(ids.answer, 'assistant_message', { content: [{ annotations, text, type: 'output_text' }] }) }),
    ...removed.map((itemId) => frame({ type: 'thread.item.removed', item_id: itemId })),
    frame({ type: 'thread.item.done', item: item(`${threadId}-t${turn}-end`, 'end_of_turn', {}) }),
  );
  return { frames, answer: { messageId: ids.answer, text, itemIds: [ids.user, ids.workflow, ids.answer] } };
}

/**
 * A ChatKit thread: each turn is one streaming request (a fresh reader and decoder), with the
 * user's message, a progress line, a workflow, then the answer a word per `text_delta` with an
 * annotation every 100 words, its item done, and the end of the turn. Before the end of the turn
 * the server removes the turn `keepTurns` back (`thread.item.removed` for its three items).
 */
export function createChatKitLane(options: SoakLaneOptions): SoakLane {
  const { store, threadId, keepTurns, seed, maxSlice } = options;
  const kept: KeptAnswer[] = [];
  let turn = -1;
  let slices: Uint8Array[] = [];
  let position = 0;
  let answer: KeptAnswer | null = null;
  let decoder: Decoder | null = null;
  let reader: SseReader | null = null;
  let counted = 0;

  const enqueue = (events: readonly ThreadEvent[]) => {
    counted += events.length;
    store.enqueue(threadId, events);
  };

  function startTurn(): void {
    turn += 1;
    const turnDecoder = createChatKitDecoder({ onWarning: options.onWarning });
    decoder = turnDecoder;
    reader = createSseReader({ onMessage: (message) => enqueue(turnDecoder.decode(message)) });
    // With this turn's answer, one more than `keepTurns` will have finished: the oldest goes.
    const removed = kept.length >= keepTurns ? kept.splice(0, kept.length - keepTurns + 1).flatMap((old) => old.itemIds) : [];
    const next = turnFrames(threadId, turn, seed, removed);
    answer = next.answer;
    slices = sliceRandomly(encodeSseFrames(next.frames), seed * 1_000_003 + turn, maxSlice);
    position = 0;
  }

  function endTurn(): void {
    reader?.end();
    if (decoder) enqueue(decoder.finish());
    reader = null;
    decoder = null;
    if (answer) kept.push(answer);
    answer = null;
  }

  store.ensureThread(threadId, 'chatkit');
  return {
    threadId,
    get idle() {
      return position >= slices.length;
    },
    push() {
      counted = 0;
      if (position >= slices.length) startTurn();
      const slice = slices[position];
      position += 1;
      if (slice) reader?.push(slice);
      if (position >= slices.length) endTurn();
      return counted;
    },
    verify: () => verifyKeptAnswers(store.getThread(threadId), kept, 3),
  };
}
