import fc from 'fast-check';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import Markdown from 'react-markdown';
import type { Components, ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { describe, expect, test } from 'vitest';
import { citationPlaceholder } from '@threadline/ui';
import { MarkdownBlock } from '../src/markdown/MarkdownBlock';
import { rehypeCaret } from '../src/markdown/rehypeCaret';
import { rehypeCitationMarkers } from '../src/markdown/rehypeCitationMarkers';
import type { HastTransform } from '../src/markdown/toMarkdownHast';
import { sanitizeUrl } from '../src/url/sanitizeUrl';

// Renderers that print every prop they get, the `node` included, so two renders are the same
// HTML only if each renderer got the same props.
function probe(tagName: string) {
  return function Probe({ node, children, ...props }: Record<string, unknown> & ExtraProps & { children?: ReactNode }) {
    const Tag = tagName as 'span';
    return (
      <Tag data-props={JSON.stringify(props)} data-node={JSON.stringify(node)}>
        {children}
      </Tag>
    );
  };
}

const components: Components = Object.fromEntries(
  ['a', 'img', 'pre', 'code', 'span', 'p', 'li', 'input', 'table', 'th', 'td', 'h1', 'h2', 'del', 'sup', 'section', 'blockquote'].map((tagName) => [
    tagName,
    probe(tagName),
  ]),
);

function viaReactMarkdown(source: string, plugins: Array<() => unknown>): string {
  return renderToStaticMarkup(
    <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={plugins as never} urlTransform={(url) => sanitizeUrl(url)} components={components}>
      {source}
    </Markdown>,
  );
}

function viaMarkdownBlock(source: string, plugins: Array<() => unknown>): string {
  const transforms = plugins.map((plugin) => plugin() as HastTransform);
  return renderToStaticMarkup(<MarkdownBlock source={source} transforms={transforms} components={components} />);
}

// The HTML, or the error rendering throws (the caret in a thematic break: `<hr>` takes no children).
function outcome(render: () => string): string {
  try {
    return render();
  } catch (error) {
    return `throws ${String(error)}`;
  }
}

const marker = citationPlaceholder(0);
const documents = [
  '# Quarterly results\n\nRevenue grew **66%**, see [the filing](https://www.sec.gov/ "SEC") and ~~old~~ `code`.',
  '| Quarter | Revenue |\n| --- | ---: |\n| Q3 FY26 | 51.2 |\n| Q2 | <b>x</b> |',
  '```ts\nconst answer = 42;\n```',
  '- [ ] open\n- [x] done\n\n1. one\n2. two',
  'Hello <script>window.hacked = true</script> <img src=x onerror="alert(1)">\n\n<div onclick="alert(1)">block</div>',
  '[click](javascript:alert(1)) [tab](java\tscript:x) ![chart](https://tracker.example/p.png) ![bad](data:image/png;base64,xx) <https://a.example> www.b.example c@d.example',
  `A claim${marker} and [a link${marker}](https://x.example/${marker}) and \`code${marker}\`.`,
  'A footnote[^1] and a [reference][ref].\n\n[^1]: The note.\n\n[ref]: https://ref.example',
  '> quoted *text*\nlazy\n\n***\n\n    indented code\n\nSetext\n===',
  '<span style="color: red">styled</span> &amp; &copy; &#x1F600; \\*escaped\\*',
];

const pluginSets: Array<Array<() => unknown>> = [[], [rehypeCaret], [rehypeCitationMarkers], [rehypeCaret, rehypeCitationMarkers]];

describe('MarkdownBlock', () => {
  test('renders what react-markdown with remark-gfm renders, props and nodes included', () => {
    for (const source of documents) {
      for (const plugins of pluginSets) expect(viaMarkdownBlock(source, plugins), source).toBe(viaReactMarkdown(source, plugins));
    }
  });

  test('renders random markdown as react-markdown does', () => {
    const pieces = ['word', ' ', '\n', '\n\n', '*', '_', '`', '~', '[', ']', '](', 'https://a.example', ')', '<b>', '</b>', '&amp;', '#', '- ', '> ', '|', '---', '![', marker, '\\'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.constantFrom(...pluginSets), (chosen, plugins) => {
        const source = chosen.join('');
        expect(outcome(() => viaMarkdownBlock(source, plugins))).toBe(outcome(() => viaReactMarkdown(source, plugins)));
      }),
      { numRuns: 500 },
    );
  });
});
