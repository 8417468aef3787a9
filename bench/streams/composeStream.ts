import { answerWord } from './answerWord';
import type { WireFrame } from './WireFrame';

/** Frames slipped in between two words of the answer, and the text they add to it, if any. */
export interface Sprinkle {
  frames: WireFrame[];
  text?: string;
}

/** How one dialect streams one long answer. */
export interface StreamPlan {
  /** Everything before the answer: the run's start, a tool call, a workflow... */
  head: WireFrame[];
  /** The frame that carries word `index` of the answer. */
  delta(word: string, index: number): WireFrame;
  /** What comes every {@link SPRINKLE_EVERY} frames (a citation, a progress line, a marker); `textLength` is the answer's length so far. */
  sprinkle(position: number, textLength: number): Sprinkle;
  /** Frames that close the stream, given the whole answer. */
  tail(answer: string): WireFrame[];
  /** How many frames `tail` returns, whatever the answer. */
  tailLength: number;
}

/** One frame in this many is something other than a word of the answer. */
export const SPRINKLE_EVERY = 500;

/**
 * Exactly `count` frames: the plan's head, then one word per frame, with a sprinkle every
 * {@link SPRINKLE_EVERY} frames, then the tail. The answer's share of the stream (and so
 * its length) grows with `count`; the number of items does not.
 */
export function composeStream(count: number, plan: StreamPlan): WireFrame[] {
  const frames = [...plan.head];
  const end = count - plan.tailLength;
  let answer = '';
  let words = 0;
  let sprinkles = 0;
  while (frames.length < end) {
    if (frames.length % SPRINKLE_EVERY === 0 && words > 0) {
      const sprinkle = plan.sprinkle(sprinkles, answer.length);
      sprinkles += 1;
      if (frames.length + sprinkle.frames.length <= end) {
        frames.push(...sprinkle.frames);
        answer += sprinkle.text ?? '';
        continue;
      }
    }
    const word = answerWord(words);
    frames.push(plan.delta(word, words));
    answer += word;
    words += 1;
  }
  frames.push(...plan.tail(answer));
  if (frames.length !== count) throw new Error(`The plan made ${frames.length} frames, not ${count}.`);
  return frames;
}
