import type { DialectName } from '@threadline/headless';
import { assistantsFrames } from './assistantsFrames';
import { boostedFrames } from './boostedFrames';
import { chatkitFrames } from './chatkitFrames';
import { teammateFrames } from './teammateFrames';
import type { WireFrame } from './WireFrame';

/** For each dialect, a realistic stream of exactly `count` frames: mostly one answer, a word per frame. */
export const dialectFrames: Record<DialectName, (count: number) => WireFrame[]> = {
  boosted: boostedFrames,
  assistants: assistantsFrames,
  teammate: teammateFrames,
  chatkit: chatkitFrames,
};
