import { answerWord } from '../streams/answerWord';

/**
 * The answer of a lane's turn, one word per delta (with its leading whitespace): 100 to 599
 * words, the count and the starting word varying from turn to turn and lane to lane.
 */
export function soakAnswerWords(turn: number, seed: number): string[] {
  const count = 100 + ((turn * 7919 + seed * 104729) % 500);
  const first = (turn * 13 + seed * 7) % 1000;
  const words: string[] = [];
  for (let index = 0; index < count; index += 1) words.push(answerWord(first + index).replace(/^\s+/, index === 0 ? '' : ' '));
  return words;
}
