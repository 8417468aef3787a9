// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { cleanup, render } from '@testing-library/react';
import Markdown from 'react-markdown';
import { bench, describe } from 'vitest';
import type { MessageItem } from '@threadline/headless';
import { MarkdownText, Message } from '@threadline/ui';
import { MarkdownBlock } from '../packages/ui/src/markdown/MarkdownBlock';
import { longCitedMarkdown, longMarkdown } from './longMarkdown';
import { blockFrameLength, noComponents, openBlockFrames, openBlockSteps, remarkPlugins, urlTransform } from './openBlockFrames';

// A long answer streaming in. A 20,000-token answer (~97k characters) at 1,000 deltas a second
// commits ~1,200 frames of ~81 characters; issue 6 asks that the whole stream cost at most 3x
// rendering the final answer once.

const text = longMarkdown(97_000);
const totalSteps = 500;
const measuredSteps = 50;
const prefixAt = (step: number) => text.slice(0, Math.round((text.length * step) / totalSteps));

describe(`MarkdownText streaming: last ${measuredSteps} of ${totalSteps} growth steps (~97k chars)`, () => {
  let rerender: ((element: ReactNode) => void) | null = null;
  let step = totalSteps - measuredSteps;
  bench(
    'one growth step',
    () => {
      step += 1;
      rerender?.(<MarkdownText text={prefixAt(step)} streaming />);
    },
    {
      // Exactly the 50 measured steps, each from the previous one, as a stream would grow.
      iterations: measuredSteps,
      time: 0,
      warmupIterations: 0,
      warmupTime: 0,
      setup: () => {
        step = totalSteps - measuredSteps;
        const view = render(<MarkdownText text={prefixAt(step - 2)} streaming />);
        view.rerender(<MarkdownText text={prefixAt(step - 1)} streaming />);
        view.rerender(<MarkdownText text={prefixAt(step)} streaming />);
        rerender = view.rerender;
      },
    },
  );
});

const frameLength = 81;
const frames = 100;
const plain = longMarkdown(110_000);
const cited = longCitedMarkdown(110_000);

function streamingMessage(length: number): MessageItem {
  const parts = [{ type: 'text' as const, text: cited.text.slice(0, length) }];
  return { kind: 'message', id: 'streaming', role: 'assistant', status: 'in_progress', parts, citations: cited.citationsAt(length) };
}

function messageView(message: MessageItem): ReactNode {
  return (
    <Message.Root message={message}>
      <Message.Content />
      <Message.Citations />
    </Message.Root>
  );
}

/**
 * `frames` frames of a stream around `around` characters, each rendered from the previous one,
 * after `warmupFrames` unmeasured ones.
 */
function streamFrames(name: string, around: number, view: (length: number) => ReactNode) {
  const first = around - (frames / 2) * frameLength;
  const warmupFrames = 20;
  let rerender: ((element: ReactNode) => void) | null = null;
  let length = first;
  bench(
    name,
    () => {
      length += frameLength;
      rerender?.(view(length));
    },
    {
      iterations: frames,
      time: 0,
      warmupIterations: 0,
      warmupTime: 0,
      setup: () => {
        // Each case in a document of its own, as the earlier cases' views would slow jsdom down.
        cleanup();
        length = first - warmupFrames * frameLength;
        rerender = render(view(length)).rerender;
        while (length < first) {
          length += frameLength;
          rerender(view(length));
        }
      },
    },
  );
}

describe(`MarkdownText streaming: one ${frameLength}-character frame`, () => {
  streamFrames('at ~10k chars', 10_000, (length) => <MarkdownText text={plain.slice(0, length)} streaming />);
  streamFrames('at ~97k chars', 97_000, (length) => <MarkdownText text={plain.slice(0, length)} streaming />);
});

describe(`MarkdownText streaming with citations: one ${frameLength}-character frame`, () => {
  streamFrames('at ~10k chars', 10_000, (length) => <MarkdownText text={cited.text.slice(0, length)} citations={cited.citationsAt(length)} streaming />);
  streamFrames('at ~97k chars', 97_000, (length) => <MarkdownText text={cited.text.slice(0, length)} citations={cited.citationsAt(length)} streaming />);
});

describe(`Message.Content and Message.Citations streaming, a citation every ~300 chars: one ${frameLength}-character frame`, () => {
  streamFrames('at ~10k chars', 10_000, (length) => messageView(streamingMessage(length)));
  streamFrames('at ~97k chars', 97_000, (length) => messageView(streamingMessage(length)));
});

// The open block alone, committed to the DOM: a long paragraph (the profile's open blocks are ~700
// characters) growing by a few tokens a frame, each frame's source healed as `MarkdownText` heals it.
// "react-markdown" is how a block rendered before: a processor per render (see `openBlockFrames`).


function blockRenders(withCitations: boolean) {
  const sources = openBlockFrames(withCitations);
  const { plugins, transforms } = openBlockSteps(withCitations);
  const cases: Array<[string, (source: string) => ReactNode]> = [
    [
      'react-markdown, a processor per render (before)',
      (source) => (
        <Markdown remarkPlugins={remarkPlugins} rehypePlugins={plugins} urlTransform={urlTransform} components={noComponents}>
          {source}
        </Markdown>
      ),
    ],
    ['MarkdownBlock', (source) => <MarkdownBlock source={source} transforms={transforms} components={noComponents} />],
  ];
  for (const [name, view] of cases) {
    let rerender: ((element: ReactNode) => void) | null = null;
    let frame = 0;
    bench(
      name,
      () => {
        frame += 1;
        // From the paragraph's end back to its start, as the next paragraph would.
        rerender?.(view(sources[frame % sources.length] ?? ''));
      },
      {
        time: 1_500,
        setup: () => {
          cleanup();
          frame = 0;
          rerender = render(view(sources[0] ?? '')).rerender;
        },
      },
    );
  }
}

describe(`the open block: one ${blockFrameLength}-character frame of a 1,000-character paragraph`, () => {
  blockRenders(false);
});

describe(`the open block with citations: one ${blockFrameLength}-character frame of a 1,000-character paragraph`, () => {
  blockRenders(true);
});

describe('MarkdownText: the whole ~97k-character answer, streamed in 1,200 frames vs rendered once', () => {
  const streamFrameCount = 1_200;
  bench(
    'render the final answer once',
    () => {
      render(<MarkdownText text={text} />).unmount();
    },
    { iterations: 2, time: 0, warmupIterations: 0, warmupTime: 0, setup: () => cleanup() },
  );
  bench(
    'stream it, 1,200 frames',
    () => {
      const view = render(<MarkdownText text="" streaming />);
      let longest = 0;
      for (let frame = 1; frame <= streamFrameCount; frame += 1) {
        const started = performance.now();
        view.rerender(<MarkdownText text={text.slice(0, Math.round((text.length * frame) / streamFrameCount))} streaming />);
        longest = Math.max(longest, performance.now() - started);
      }
      view.rerender(<MarkdownText text={text} />);
      view.unmount();
      console.log(`longest of ${streamFrameCount} frames: ${longest.toFixed(1)} ms`);
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0, setup: () => cleanup() },
  );
});
