// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createThreadState, reduceThreadEvents, selectItems } from '@threadline/headless';
import type { Citation, ThreadEvent } from '@threadline/headless';
import { ImageViewer, JsonViewer, MarkdownText, NoticeList, parseArtifact, TableViewer, TextViewer, Thread } from '@threadline/ui';
import { unsafeAttributes } from './unsafeAttributes';

afterEach(cleanup);

// What a model, a tool or a compromised server could put where a URL goes, with the
// obfuscations browsers forgive: case, leading spaces and control characters, tabs and line
// breaks inside the scheme, HTML entities, and data: documents.
const hostileUrls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' \t javascript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u001fjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript&#x3A;alert(1)',
  'javascript&colon;alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+',
  'file:///etc/passwd',
  'blob:https://thread.example/0b8e',
];

const safeUrl = 'https://safe.example/figure.png';

function citation(url: string, start: number | null, end: number | null): Citation {
  return { type: 'url', start, end, id: null, title: 'Source', url, snippet: 'A cited line.', highlights: [], source: null, date: null, details: {} };
}

function markdownWith(url: string): string {
  return [
    `An inline [link](${url}), an [angle link](<${url}>) and an image ![chart](${url}).`,
    `An autolink <${url}> and a [reference][ref].`,
    '',
    `[ref]: ${url}`,
  ].join('\n');
}

/** A thread whose every item kind carries `url`: message text, inline and listed citations, image parts, tool outputs, a workflow and a widget. */
function threadWith(url: string) {
  const text = `Revenue grew. ${markdownWith(url)}`;
  const events: ThreadEvent[] = [
    { type: 'run-start' },
    { type: 'message-start', messageId: 'answer', role: 'assistant' },
    { type: 'text-delta', messageId: 'answer', delta: text },
    { type: 'part-add', messageId: 'answer', part: { type: 'image', fileId: 'file-1', url } },
    { type: 'citation-add', messageId: 'answer', citation: citation(url, 0, 13) },
    { type: 'citation-add', messageId: 'answer', citation: citation(url, null, null) },
    { type: 'message-end', messageId: 'answer', status: 'complete' },
    { type: 'tool-call-start', toolCallId: 'call', name: 'code_interpreter' },
    { type: 'tool-output-add', toolCallId: 'call', part: { type: 'image', fileId: 'file-2', url } },
    { type: 'tool-call-end', toolCallId: 'call' },
    {
      type: 'workflow-update',
      itemId: 'workflow',
      variant: 'custom',
      expanded: true,
      tasks: [{ kind: 'web_search', title: 'Searching', content: `Read [this](${url}).`, status: 'complete', sources: [citation(url, null, null)] }],
    },
    {
      type: 'widget-update',
      itemId: 'widget',
      root: {
        type: 'Card',
        children: [
          { type: 'Image', src: url, alt: 'Widget image' },
          { type: 'Markdown', value: markdownWith(url) },
          { type: 'Button', label: 'Open', onClickAction: { type: 'open_url', payload: { url }, handler: 'client' } },
        ],
      },
    },
  ];
  return selectItems(reduceThreadEvents(createThreadState(), events));
}

function renderThread(url: string): HTMLElement {
  const { container } = render(
    <Thread.Root threadId="thread" items={threadWith(url)}>
      <Thread.Messages />
    </Thread.Root>,
  );
  // Opens every citation's details, inline and in the sources list.
  for (const chip of container.querySelectorAll('button.tl-citation-chip')) fireEvent.click(chip);
  return container;
}

function ParsedArtifact({ raw }: { raw: unknown }) {
  const artifact = parseArtifact(raw);
  switch (artifact.type) {
    case 'image': {
      return <ImageViewer artifact={artifact} />;
    }
    case 'text': {
      return <TextViewer artifact={artifact} />;
    }
    case 'table': {
      return <TableViewer artifact={artifact} />;
    }
    case 'json': {
      return <JsonViewer value={artifact.value} />;
    }
    default: {
      return null;
    }
  }
}

function renderArtifacts(url: string): HTMLElement {
  const { container } = render(
    <>
      <ParsedArtifact raw={url} />
      <ParsedArtifact raw={{ type: 'image', url, alt: 'Figure' }} />
      <ParsedArtifact raw={{ type: 'image', src: url, mime_type: 'image/png' }} />
      <ParsedArtifact raw={{ type: 'markdown', content: markdownWith(url) }} />
      <ParsedArtifact raw={{ type: 'table', columns: [{ key: 'link' }], rows: [{ link: url }] }} />
      <ParsedArtifact raw={{ type: 'link', href: url }} />
      <ImageViewer artifact={{ type: 'image', title: null, url, alt: 'Given by hand' }} />
    </>,
  );
  return container;
}

function renderNotices(url: string): HTMLElement {
  const { container } = render(<NoticeList notices={[{ level: 'info', title: null, message: markdownWith(url) }]} />);
  return container;
}

function renderMarkdown(url: string): HTMLElement {
  const { container } = render(
    <>
      <MarkdownText text={markdownWith(url)} />
      <MarkdownText text={markdownWith(url)} streaming />
    </>,
  );
  return container;
}

// Each surface with the elements that must carry a safe URL, so a hostile one is tested where it would land.
const surfaces = [
  [
    'a thread (markdown, citation chips and details, image parts, tool outputs, workflow sources, widgets)',
    renderThread,
    [
      '.tl-message-content .tl-markdown a[href]',
      '.tl-message-content .tl-markdown-image[href]',
      '.tl-citation-details .tl-citation-link[href]',
      '.tl-message-citations .tl-citation-link[href]',
      'img.tl-message-image[src]',
      'img.tl-tool-call-image[src]',
      'a.tl-workflow-source[href]',
      '.tl-workflow-task-content a[href]',
      'img.tl-widget-image[src]',
      '.tl-widget-markdown a[href]',
    ],
  ],
  ['artifact viewers', renderArtifacts, ['.tl-artifact-image img[src]', '.tl-markdown a[href]']],
  ['notices', renderNotices, ['.tl-markdown a[href]']],
  ['markdown, settled and streaming', renderMarkdown, ['.tl-markdown a[href]', '.tl-markdown-image[href]']],
] as const;

describe.each(surfaces)('URLs in %s', (_name, renderSurface, sinks) => {
  test('a safe https URL reaches each of its elements, so each is tested as a real sink', () => {
    const container = renderSurface(safeUrl);
    const missing = sinks.filter((selector) => ![...container.querySelectorAll(selector)].some((element) => (element.getAttribute('href') ?? element.getAttribute('src')) === safeUrl));
    expect(missing).toEqual([]);
    expect(unsafeAttributes(container)).toEqual([]);
  });

  test.each(hostileUrls)('%j never becomes an href or src', (url) => {
    const container = renderSurface(url);
    expect(unsafeAttributes(container)).toEqual([]);
  });
});

describe('raw HTML in thread text', () => {
  const payload = 'Look <img src=x onerror="window.__pwned=1"> and <a href="javascript:alert(1)">here</a> <script>window.__pwned=1</script> <iframe src="javascript:alert(1)"></iframe>';

  test('renders as text in markdown, never as elements', () => {
    const { container } = render(<MarkdownText text={payload} />);
    expect(container.querySelector('img, a, script, iframe')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect(unsafeAttributes(container)).toEqual([]);
  });

  test('renders as text in a streamed answer, a widget and a notice', () => {
    const items = selectItems(
      reduceThreadEvents(createThreadState(), [
        { type: 'message-start', messageId: 'answer', role: 'assistant' },
        { type: 'text-delta', messageId: 'answer', delta: payload },
        { type: 'widget-update', itemId: 'widget', root: { type: 'Card', children: [{ type: 'Markdown', value: payload }, { type: 'Text', value: payload }] } },
      ]),
    );
    const { container } = render(
      <>
        <Thread.Root threadId="thread" items={items}>
          <Thread.Messages />
        </Thread.Root>
        <NoticeList notices={[{ level: 'warning', title: payload, message: payload }]} />
      </>,
    );
    expect(container.querySelector('img, script, iframe, a[href^="javascript"]')).toBeNull();
    expect(unsafeAttributes(container)).toEqual([]);
  });
});
