import Markdown from 'react-markdown';
import { bench, describe } from 'vitest';
import type { MessageItem } from '@threadline/headless';
import { createLongReport } from '@threadline/simulator';
import { parseMarkdownTree } from '../packages/ui/src/internal/parseMarkdownTree';
import { extendMarkdownTree } from '../packages/ui/src/markdown/extendMarkdownTree';
import type { ParsedMarkdown } from '../packages/ui/src/markdown/extendMarkdownTree';
import { groupMarkdownBlocks } from '../packages/ui/src/markdown/groupMarkdownBlocks';
import { healLastBlock } from '../packages/ui/src/markdown/healLastBlock';
import { healStreamingMarkdown } from '../packages/ui/src/markdown/healStreamingMarkdown';
import { rehypeCaret } from '../packages/ui/src/markdown/rehypeCaret';
import { renderMarkdownTree } from '../packages/ui/src/markdown/renderMarkdownTree';
import { splitMarkdownBlocks } from '../packages/ui/src/markdown/splitMarkdownBlocks';
import type { MarkdownBlocks } from '../packages/ui/src/markdown/splitMarkdownBlocks';
import { extendCitationMarkers } from '../packages/ui/src/message/extendCitationMarkers';
import type { ExtendedCitationMarkers } from '../packages/ui/src/message/extendCitationMarkers';
import { injectCitationMarkers } from '../packages/ui/src/message/injectCitationMarkers';
import { placeCitations } from '../packages/ui/src/message/placeCitations';
import { longCitedMarkdown, longMarkdown } from './longMarkdown';
import { blockFrameLength, noComponents, openBlockFrames, openBlockSteps, remarkPlugins, urlTransform } from './openBlockFrames';

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

// The element tree of the open block, a long paragraph streaming in (the profile's open blocks
// are ~700 characters), for each frame's healed source: what `MarkdownBlock` computes before React
// reconciles it. "react-markdown" is how it was computed before: a processor per render (see `openBlockFrames`).

const caret = rehypeCaret();

function blockRenders(withCitations: boolean) {
  const sources = openBlockFrames(withCitations);
  const { plugins, transforms } = openBlockSteps(withCitations);
  let frame = 0;
  let parsed: ParsedMarkdown | undefined;
  let extended = 0;
  const next = () => {
    const source = sources[frame % sources.length] ?? '';
    frame += 1;
    return source;
  };
  const options = { time: 1_500, setup: () => void (frame = 0) };
  bench(
    'react-markdown, a processor per render (before)',
    () => {
      Markdown({ children: next(), remarkPlugins, rehypePlugins: plugins, urlTransform, components: noComponents });
    },
    options,
  );
  bench(
    'parse, then mdast-util-to-hast and hast-util-to-jsx-runtime',
    () => {
      renderMarkdownTree(parseMarkdownTree(next()), transforms, noComponents);
    },
    options,
  );
  bench(
    "the same, extending the last frame's tree when it can",
    () => {
      const source = next();
      if (frame % sources.length === 1) parsed = undefined;
      const tree = extendMarkdownTree(parsed, source);
      if (tree) extended += 1;
      parsed = { source, tree: tree ?? parseMarkdownTree(source) };
      renderMarkdownTree(parsed.tree, transforms, noComponents);
    },
    {
      ...options,
      teardown: () => console.log(`extended ${extended} of ${frame} frames' trees (${withCitations ? 'with' : 'without'} citations)`),
    },
  );
}

describe(`rendering the open block: one ${blockFrameLength}-character frame of a 1,000-character paragraph`, () => {
  blockRenders(false);
});

describe(`rendering the open block with citations: one ${blockFrameLength}-character frame of a 1,000-character paragraph`, () => {
  blockRenders(true);
});

// One frame of `MarkdownText`'s own work while a long answer streams, with no React: the split,
// healing, grouping, and the elements of each block whose source changed (the open one, and the
// one it closed), from its tree parsed or, when it can, extended from its last one. "react-markdown"
// builds those elements as before, with a processor per block.

interface TextFrame {
  split?: MarkdownBlocks;
  groups?: ReadonlyArray<readonly string[]>;
  /** Each block's last source and tree, as each `MarkdownBlock` keeps them. */
  rendered: ParsedMarkdown[];
}

type BlockRender = (previous: ParsedMarkdown | undefined, source: string, last: boolean) => ParsedMarkdown;

function textFrame(state: TextFrame, text: string, renderBlock: BlockRender): void {
  state.split = splitMarkdownBlocks(text, state.split);
  const blocks = healLastBlock(state.split.blocks);
  state.groups = groupMarkdownBlocks(blocks, state.groups);
  state.rendered.length = Math.min(state.rendered.length, blocks.length);
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const source = blocks[index] ?? '';
    const previous = state.rendered[index];
    if (previous?.source === source) {
      if (index < blocks.length - 1) break;
      continue;
    }
    state.rendered[index] = renderBlock(previous, source, index === blocks.length - 1);
  }
}

const emptyTree: ParsedMarkdown['tree'] = { type: 'root', children: [] };

function withReactMarkdown(_previous: ParsedMarkdown | undefined, source: string, last: boolean): ParsedMarkdown {
  Markdown({ children: source, remarkPlugins, rehypePlugins: last ? [rehypeCaret] : [], urlTransform, components: noComponents });
  return { source, tree: emptyTree };
}

function withMarkdownBlock(previous: ParsedMarkdown | undefined, source: string, last: boolean): ParsedMarkdown {
  const tree = extendMarkdownTree(previous, source) ?? parseMarkdownTree(source);
  renderMarkdownTree(tree, last ? [caret] : [], noComponents);
  return { source, tree };
}

function textFrames(name: string, text: string, length: number, renderBlock: BlockRender) {
  const first = 10_000;
  let state: TextFrame = { rendered: [] };
  let end = first;
  bench(
    name,
    () => {
      end += length;
      textFrame(state, text.slice(0, end), renderBlock);
    },
    {
      iterations: Math.min(400, Math.floor((text.length - first) / length)),
      time: 0,
      warmupIterations: 0,
      warmupTime: 0,
      setup: () => {
        state = { rendered: [] };
        for (end = first - 50 * length; end <= first; end += length) textFrame(state, text.slice(0, end), renderBlock);
        end = first;
      },
    },
  );
}

for (const length of [6, 24, 81]) {
  describe(`MarkdownText's work on one ${length}-character frame, without React`, () => {
    textFrames('react-markdown, a processor per block (before)', plain, length, withReactMarkdown);
    textFrames('MarkdownBlock', plain, length, withMarkdownBlock);
  });
}

// The browser benchmark's answer: long plain paragraphs, lists and tables, one word a delta at
// 1,000 deltas a second, committed ~17 times a second: ~60 words (~350 characters) a frame.
const report = createLongReport();

describe("MarkdownText's work on one 350-character frame of the browser benchmark's report, without React", () => {
  textFrames('react-markdown, a processor per block (before)', report, 350, withReactMarkdown);
  textFrames('MarkdownBlock', report, 350, withMarkdownBlock);
});
