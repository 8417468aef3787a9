import remarkGfm from 'remark-gfm';
import { citationPlaceholder } from '@threadline/ui';
import { healLastBlock } from '../packages/ui/src/markdown/healLastBlock';
import { rehypeCaret } from '../packages/ui/src/markdown/rehypeCaret';
import { rehypeCitationMarkers } from '../packages/ui/src/markdown/rehypeCitationMarkers';
import type { HastTransform } from '../packages/ui/src/markdown/toMarkdownHast';
import { sanitizeUrl } from '../packages/ui/src/url/sanitizeUrl';

/** How many characters each frame of the open block adds. */
export const blockFrameLength = 24;

/** A 1,000-character paragraph with bold, italics, code and a link in every sentence (and a citation placeholder, optionally). */
export function longParagraph(withCitations: boolean): string {
  let paragraph = '';
  for (let index = 0; paragraph.length < 1_000; index += 1) {
    const marker = withCitations ? citationPlaceholder(index) : '';
    paragraph += `Revenue grew **${index + 12}% year over year** as demand for accelerators rose, see [the filing](https://www.sec.gov/) for the segment detail; margins held at *41%* while \`total()\` sums the segments${marker}. `;
  }
  return paragraph.slice(0, 1_000);
}

/**
 * The sources the open block renders while that paragraph streams in, one a frame, each healed as
 * `MarkdownText` heals its last block. The profile's open blocks are about 700 characters.
 */
export function openBlockFrames(withCitations: boolean): string[] {
  const paragraph = longParagraph(withCitations);
  const sources: string[] = [];
  for (let length = blockFrameLength; length <= paragraph.length; length += blockFrameLength) {
    const healed = healLastBlock([paragraph.slice(0, length)]).at(-1);
    if (healed) sources.push(healed);
  }
  return sources;
}

/** No element overrides: the benches time the pipeline, not components. */
export const noComponents = {};
/** react-markdown's options as `MarkdownText` gave them before it rendered blocks itself. */
export const remarkPlugins = [remarkGfm];
export const urlTransform = (url: string) => sanitizeUrl(url);

const caret = rehypeCaret();
const citationMarkers = rehypeCitationMarkers();

/** The open block's steps: as rehype plugins (react-markdown, before) and as hast transforms (`MarkdownBlock`, now). */
export function openBlockSteps(withCitations: boolean): { plugins: (() => HastTransform)[]; transforms: HastTransform[] } {
  return withCitations
    ? { plugins: [rehypeCaret, rehypeCitationMarkers], transforms: [caret, citationMarkers] }
    : { plugins: [rehypeCaret], transforms: [caret] };
}
