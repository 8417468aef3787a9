import type { ChatKitUrlSource } from '../ChatKitItem';
import type { ChatKitScenario } from '../ChatKitStep';

// Each payload sets `window.__pwned` (or opens an alert) if a client ever runs it, so a browser
// test can tell that none did.
const script = 'javascript:window.__pwned=1';
const scriptEncoded = '&#106;avascript:window.__pwned=1';
const htmlPage = 'data:text/html;base64,PHNjcmlwdD5vcGVuZXIuX19wd25lZD0xPC9zY3JpcHQ+';
const svgImage = 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0id2luZG93Ll9fcHduZWQ9MSIvPg==';

const markdown = [
  `A [javascript link](${script}), an [entity-encoded one](${scriptEncoded}), a [tabbed one](<java\tscript:window.__pwned=1>) and a [data: page](${htmlPage}).`,
  '',
  `An image ![tracker](${script}), an SVG ![vector](${svgImage}), an autolink <${script}> and a [reference][trap].`,
  '',
  'Raw HTML: <img src=x onerror="window.__pwned=1"> <a href="javascript:window.__pwned=1">a raw link</a> <script>window.__pwned=1</script>',
  '',
  `[trap]: ${script}`,
].join('\n');

const scriptSource: ChatKitUrlSource = { title: 'A javascript: source', type: 'url', url: script, attribution: 'evil.example' };
const dataSource: ChatKitUrlSource = { title: 'A data: source', type: 'url', url: htmlPage, attribution: 'evil.example' };
const svgSource: ChatKitUrlSource = { title: 'An SVG source', type: 'url', url: svgImage };

/**
 * An answer whose every URL is an attack: `javascript:` links (plain, entity-encoded, with a
 * tab), `data:` pages and SVG images, raw HTML with `onerror`, in a notice, a workflow's sources,
 * a widget (images, markdown, raw text) and the message's text and citations. A safe client
 * shows the text and links nothing.
 */
export const hostileContentScenario: ChatKitScenario = {
  name: 'hostile-content',
  description: 'javascript: links, data: URLs and onerror images in a notice, workflow sources, a widget, the answer and its citations.',
  steps: [
    { notice: { level: 'warning', title: 'Hostile <img src=x onerror="window.__pwned=1">', message: `A notice with a [javascript link](${script}).` } },
    {
      workflow: {
        durationSeconds: 1,
        tasks: [
          { type: 'custom', title: 'Reading <img src=x onerror="window.__pwned=1">', content: `Read [this](${script}) first.` },
          { type: 'web_search', title: 'Searching', title_query: 'hostile sources', queries: ['hostile sources'], sources: [scriptSource, dataSource, svgSource] },
        ],
      },
    },
    {
      widget: {
        streamingComponentId: 'hostile-markdown',
        root: {
          type: 'Card',
          children: [
            { type: 'Title', value: '<img src=x onerror="window.__pwned=1">' },
            { id: 'hostile-markdown', type: 'Markdown', value: markdown, streaming: false },
            { type: 'Image', src: script, alt: 'A javascript: image' },
            { type: 'Image', src: svgImage, alt: 'An SVG image' },
            { type: 'Image', src: htmlPage, alt: 'A data: page as an image' },
          ],
        },
      },
    },
    {
      message: {
        text: markdown,
        annotations: [
          { type: 'annotation', source: scriptSource, index: markdown.indexOf('\n') },
          { type: 'annotation', source: dataSource, index: markdown.indexOf('\n\nRaw HTML') },
          { type: 'annotation', source: svgSource },
        ],
      },
    },
  ],
};
