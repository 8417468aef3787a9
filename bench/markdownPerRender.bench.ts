import { bench, describe } from 'vitest';
import type { MessageItem } from '@threadline/headless';
import { groupMarkdownBlocks } from '../packages/ui/src/markdown/groupMarkdownBlocks';
import { healLastBlock } from '../packages/ui/src/markdown/healLastBlock';
import { healStreamingMarkdown } from '../packages/ui/src/markdown/healStreamingMarkdown';
import { splitMarkdownBlocks } from '../packages/ui/src/markdown/splitMarkdownBlocks';
import type { MarkdownBlocks } from '../packages/ui/src/markdown/splitMarkdownBlocks';
import { extendCitationMarkers } from '../packages/ui/src/message/extendCitationMarkers';
import type { ExtendedCitationMarkers } from '../packages/ui/src/message/extendCitationMarkers';
import { injectCitationMarkers } from '../packages/ui/src/message/injectCitationMarkers';
import { placeCitations } from '../packages/ui/src/message/placeCitations';
import { longCitedMarkdown, longMarkdown } from './longMarkdown';

// The work a streaming message does outside React on each frame, before any block renders:
// citation placement and marker injection, the block split, healing. A 20,000-token answer
// (~97k characters) streamed at 1,000 deltas a second commits ~1,200 frames of ~81 characters.
// "whole text" is that work as it was done before, over the whole text each frame.

const frameLength = 81;
const frames = 100;
const plain = longMarkdown(110_000);
const cited = longCitedMarkdown(110_000);

interface Incremental {
  cited?: ExtendedCitationMarkers;
  split?: MarkdownBlocks;
  groups?: ReadonlyArray<readonly string[]>;
}

function incrementalFrame(state: Incremental, message: MessageItem): void {
  const part = message.parts[0];
  if (part?.type !== 'text') return;
  const placements = placeCitations(message)[0] ?? [];
  state.cited = extendCitationMarkers(part.text, placements, { streaming: true }, state.cited);
  state.split = splitMarkdownBlocks(state.cited.text, state.split);
  state.groups = groupMarkdownBlocks(healLastBlock(state.split.blocks), state.groups);
}

function wholeTextFrame(state: Incremental, message: MessageItem): void {
  const part = message.parts[0];
  if (part?.type !== 'text') return;
  const placements = placeCitations(message)[0] ?? [];
  const text = injectCitationMarkers(part.text, placements, { streaming: true });
  state.split = splitMarkdownBlocks(healStreamingMarkdown(text), state.split);
}

function message(text: string, withCitations: boolean): MessageItem {
  const citations = withCitations ? cited.citationsAt(text.length) : [];
  return { kind: 'message', id: 'streaming', role: 'assistant', status: 'in_progress', parts: [{ type: 'text', text }], citations };
}

/**
 * `frames` frames of a stream around `around` characters, each from the state the previous one
 * left, after `warmupFrames` unmeasured ones.
 */
function streamFrames(name: string, around: number, withCitations: boolean, frame: (state: Incremental, message: MessageItem) => void) {
  const source = withCitations ? cited.text : plain;
  const first = around - (frames / 2) * frameLength;
  const warmupFrames = 50;
  let state: Incremental = {};
  let length = first;
  bench(
    name,
    () => {
      length += frameLength;
      frame(state, message(source.slice(0, length), withCitations));
    },
    {
      iterations: frames,
      time: 0,
      warmupIterations: 0,
      warmupTime: 0,
      setup: () => {
        state = {};
        for (length = first - warmupFrames * frameLength; length <= first; length += frameLength) {
          frame(state, message(source.slice(0, length), withCitations));
        }
        length = first;
      },
    },
  );
}

describe(`per-frame work outside React, one ${frameLength}-character frame`, () => {
  streamFrames('at ~10k chars', 10_000, false, incrementalFrame);
  streamFrames('at ~97k chars', 97_000, false, incrementalFrame);
  streamFrames('at ~97k chars, whole text (before)', 97_000, false, wholeTextFrame);
});

describe(`per-frame work outside React with citations, one ${frameLength}-character frame`, () => {
  streamFrames('at ~10k chars', 10_000, true, incrementalFrame);
  streamFrames('at ~97k chars', 97_000, true, incrementalFrame);
  streamFrames('at ~97k chars, whole text (before)', 97_000, true, wholeTextFrame);
});
