import { parseMarkdownTree } from '../internal/parseMarkdownTree';
import { healStreamingMarkdown } from './healStreamingMarkdown';
import { renderMarkdownTree } from './renderMarkdownTree';
import { splitMarkdownBlocks } from './splitMarkdownBlocks';

// Most of what an answer holds, and an open block as a stream leaves it.
const sample = [
  '# Title',
  'Words with *emphasis*, **strong**, `code`, [a link](https://example.com) and https://example.org.',
  '- one\n- two\n  1. three',
  '> a quote',
  '| a | b |\n| - | -: |\n| 1 | 2 |',
  '```js\nconst x = 1;\n```',
  '## Next **open',
].join('\n\n');

let warmed = false;

/**
 * @internal Parses and renders a small sample once, when the browser is next idle, so the first
 * message a page shows does not pay the markdown code's first run: parsing a line takes several
 * times longer the first time than the next (measured in Chromium; the reasons are the engine's).
 * Returns the cancel. Does nothing where there is no `requestIdleCallback`, or once it has run.
 */
export function warmMarkdownParser(): () => void {
  if (warmed || typeof requestIdleCallback !== 'function') return () => {};
  const idle = requestIdleCallback(() => {
    warmed = true;
    for (const block of splitMarkdownBlocks(sample).blocks) renderMarkdownTree(parseMarkdownTree(healStreamingMarkdown(block)), [], {});
  });
  return () => cancelIdleCallback(idle);
}
