import { createBoostedDecoder, createSseReader, sliceRandomly, splitArtifactMarkers } from '@threadline/headless';
import type { ThreadEvent } from '@threadline/headless';
import type { WireFrame } from '../streams/WireFrame';
import { encodeSseFrames } from './encodeSseFrames';
import { soakAnswerWords } from './soakAnswerWords';
import type { KeptAnswer, SoakLane, SoakLaneOptions } from './SoakLane';
import { verifyKeptAnswers } from './verifyKeptAnswers';

// Key framing (data-only JSON keyed by the event name), the simulator's default.
const frame = (event: string, data: unknown): WireFrame => ({ data: JSON.stringify({ [event]: data }) });

const citations = [
  { citation_type: 'web', citation_id: 'c1', title: 'Data center revenue', url: 'https://example.com/dc', domain: 'example.com', snippet: 'Revenue rose sharply' },
  { citation_type: 'news_article', title: 'Shipments up', publisher: 'Wire', published_at: '2025-11-02', url: 'https://news.example.com/a' },
];

function turnFrames(turn: number, seed: number): { frames: WireFrame[]; raw: string } {
  const words = soakAnswerWords(turn, seed);
  const frames = [frame('message_work_in_progress', { log: 'Planning the analysis' }), frame('message_work_in_progress', { log: `Reading source ${turn}` })];
  let raw = '';
  words.forEach((word, index) => {
    if (index === Math.floor(words.length / 2)) {
      const opening = '\n\n``';
      const rest = `\`json\n{"artifact_id": "chart-${turn}"}\n\`\`\`\n\n`;
      frames.push(frame('message_chunk', { message: opening, final_chunk: false }), frame('message_chunk', { message: rest, final_chunk: false }));
      raw += opening + rest;
    }
    const withCitation = index === Math.floor(words.length / 3) ? { citations: [citations[0]] } : {};
    frames.push(frame('message_chunk', { message: word, final_chunk: false, ...withCitation }));
    raw += word;
  });
  frames.push(frame('message_chunk', { message: '.', final_chunk: true }));
  raw += '.';
  frames.push(frame('message', { message: raw, message_metadata: { citations } }), frame('task_status', { status: 'Complete' }));
  return { frames, raw };
}

/**
 * A Boosted thread on one persistent stream: one reader and one decoder follow every run, as on
 * `GET /v2/threads/stream/{id}`. Each turn shows the user's message locally (the stream does not
 * echo it), then streams two progress lines and a word per chunk, with a citation and an artifact
 * marker split across two chunks, the final `message` and `Complete`. After each turn the app
 * removes the turn `keepTurns` back (its question and answer) with `item-remove`.
 */
export function createBoostedLane(options: SoakLaneOptions): SoakLane {
  const { store, threadId, keepTurns, seed, maxSlice } = options;
  const decoder = createBoostedDecoder({ idPrefix: `${threadId}-`, onWarning: options.onWarning });
  let counted = 0;
  const reader = createSseReader({
    onMessage(message) {
      const events = decoder.decode(message);
      counted += events.length;
      store.enqueue(threadId, events);
    },
  });
  const kept: KeptAnswer[] = [];
  let turn = -1;
  let slices: Uint8Array[] = [];
  let position = 0;
  let answer: KeptAnswer | null = null;

  const userMessageId = (index: number) => `${threadId}-user-${index}`;

  function startTurn(): void {
    turn += 1;
    const question = `Question ${turn}`;
    const local: ThreadEvent[] = [
      { type: 'message-start', messageId: userMessageId(turn), role: 'user' },
      { type: 'text-delta', messageId: userMessageId(turn), delta: question },
      { type: 'message-end', messageId: userMessageId(turn), status: 'complete' },
    ];
    store.dispatch(threadId, local);
    counted += local.length;
    const { frames, raw } = turnFrames(turn, seed);
    const text = splitArtifactMarkers(raw)
      .map((segment) => (segment.type === 'text' ? segment.text : ''))
      .join('');
    // The decoder numbers its messages from 1, one per run here.
    const messageId = `${threadId}-msg-${turn + 1}`;
    answer = { messageId, text, itemIds: [userMessageId(turn), messageId] };
    slices = sliceRandomly(encodeSseFrames(frames), seed * 1_000_003 + turn, maxSlice);
    position = 0;
  }

  function endTurn(): void {
    if (answer) kept.push(answer);
    answer = null;
    const removed = kept.splice(0, Math.max(0, kept.length - keepTurns)).flatMap((old) => old.itemIds.map((itemId): ThreadEvent => ({ type: 'item-remove', itemId })));
    if (removed.length > 0) store.dispatch(threadId, removed);
    counted += removed.length;
  }

  store.ensureThread(threadId, 'boosted');
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
      if (slice) reader.push(slice);
      if (position >= slices.length) endTurn();
      return counted;
    },
    verify: () => verifyKeptAnswers(store.getThread(threadId), kept, 2),
  };
}
