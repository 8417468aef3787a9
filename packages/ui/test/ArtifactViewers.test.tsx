// @vitest-environment jsdom
import { createServer } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createThreadlineClient } from '@threadline/headless';
import { ThreadlineProvider } from '@threadline/headless/react';
import { Artifact, ArtifactViewersProvider } from '@threadline/ui';
import type { ArtifactViewerComponentProps, ArtifactViewerDefinition, TableArtifact } from '@threadline/ui';

/** What the loopback server answers for `GET /v2/threads/thread-1/artifacts/{id}`; other ids are 404. */
const artifacts = new Map<string, unknown>([
  [
    'table',
    {
      type: 'table',
      title: 'Revenue by quarter',
      columns: [
        { key: 'quarter', label: 'Quarter' },
        { key: 'revenue', label: 'Revenue' },
      ],
      rows: [
        { quarter: 'Q1', revenue: 39.1 },
        { quarter: 'Q2', revenue: 41.1 },
      ],
    },
  ],
  ['notes', { type: 'markdown', title: 'Notes', content: 'Revenue **grew** 66%.' }],
  ['plain', { type: 'text', text: '# not a heading\nsecond line' }],
  ['photo', { type: 'image', url: 'https://images.example.com/rack.png', title: 'A GB200 rack', description: 'A rack of 72 GPUs' }],
  ['unsafe-image', { type: 'image', url: 'javascript:alert(1)', title: 'Trap' }],
  ['map', { type: 'map', title: 'Data centers', points: [{ lat: 37.4, lng: -122.1 }] }],
]);

let server: Server;
let baseUrl = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const match = /^\/v2\/threads\/thread-1\/artifacts\/([^/?]+)$/.exec(request.url ?? '');
    const artifactId = decodeURIComponent(match?.[1] ?? '');
    const artifact = artifacts.get(artifactId);
    response.setHeader('content-type', 'application/json');
    response.setHeader('access-control-allow-origin', '*');
    response.statusCode = artifact === undefined ? 404 : 200;
    response.end(JSON.stringify(artifact === undefined ? { detail: 'Artifact not found' } : { artifact_id: artifactId, artifact }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(cleanup);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Renders `ui` with a fresh query cache and a client whose thread `thread-1` reads from the loopback server. */
function renderWithThread(ui: ReactNode) {
  const client = createThreadlineClient();
  client.getController('thread-1', { dialect: 'boosted', baseUrl });
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <ThreadlineProvider client={client}>{ui}</ThreadlineProvider>
    </QueryClientProvider>,
  );
}

async function readyRoot(testId = 'artifact'): Promise<HTMLElement> {
  const root = screen.getByTestId(testId);
  await waitFor(() => expect(root.getAttribute('data-state')).toBe('ready'), { timeout: 5_000 });
  return root;
}

function TitleViewer({ value, artifact }: ArtifactViewerComponentProps) {
  const title = (value as { title?: string }).title;
  return <p data-testid="app-viewer">{`${artifact.type}: ${title}`}</p>;
}

const titled = (name: string, needle: string): ArtifactViewerDefinition => ({
  name,
  match: (value) => typeof value === 'object' && value !== null && String((value as { title?: unknown }).title).includes(needle),
  component: TitleViewer,
});

describe('Artifact.Viewer built-in shapes', () => {
  test('shows a markdown artifact through MarkdownText', async () => {
    renderWithThread(<Artifact.Root threadId="thread-1" artifactId="notes" data-testid="artifact" />);
    const root = await readyRoot();
    expect(root.getAttribute('data-kind')).toBe('text');
    const text = root.querySelector('.tl-artifact-text');
    expect(text?.classList.contains('tl-markdown')).toBe(true);
    expect(text?.getAttribute('data-format')).toBe('markdown');
    expect(text?.querySelector('strong')?.textContent).toBe('grew');
  });

  test('shows a plain text artifact as it is, without reading it as markdown', async () => {
    renderWithThread(<Artifact.Root threadId="thread-1" artifactId="plain" data-testid="artifact" />);
    const root = await readyRoot();
    expect(root.getAttribute('data-kind')).toBe('text');
    const text = root.querySelector('.tl-artifact-text');
    expect(text?.getAttribute('data-format')).toBe('plain');
    expect(text?.textContent).toBe('# not a heading\nsecond line');
    expect(root.querySelector('h1')).toBeNull();
  });

  test('shows an image artifact with its description as alt text and its title as the caption', async () => {
    renderWithThread(<Artifact.Root threadId="thread-1" artifactId="photo" data-testid="artifact" />);
    const root = await readyRoot();
    expect(root.getAttribute('data-kind')).toBe('image');
    const image = within(root).getByRole('img', { name: 'A rack of 72 GPUs' });
    expect(image.getAttribute('src')).toBe('https://images.example.com/rack.png');
    expect(root.querySelector('figcaption')?.textContent).toBe('A GB200 rack');
  });

  test('never puts an unsafe image URL in an img: the artifact falls back to the JSON tree', async () => {
    renderWithThread(<Artifact.Root threadId="thread-1" artifactId="unsafe-image" data-testid="artifact" />);
    const root = await readyRoot();
    expect(root.getAttribute('data-kind')).toBe('json');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[src]')).toBeNull();
    expect(within(root).getByText('"javascript:alert(1)"').getAttribute('data-type')).toBe('string');
  });

  test('shows an unknown shape as a collapsible JSON tree', async () => {
    renderWithThread(<Artifact.Root threadId="thread-1" artifactId="map" data-testid="artifact" />);
    const root = await readyRoot();
    expect(root.getAttribute('data-kind')).toBe('json');
    expect(within(root).getByRole('button', { name: '{3 keys}' }).getAttribute('aria-expanded')).toBe('true');
    expect(within(root).getByRole('button', { name: 'points: [1 item]' }).getAttribute('aria-expanded')).toBe('true');
  });
});

describe('app viewers', () => {
  test('a viewer registered with ArtifactViewersProvider wins over the built-in shape and names data-kind', async () => {
    renderWithThread(
      <ArtifactViewersProvider viewers={[titled('revenue', 'Revenue')]}>
        <Artifact.Root threadId="thread-1" artifactId="table" data-testid="artifact" />
      </ArtifactViewersProvider>,
    );
    const root = await readyRoot();
    expect(root.getAttribute('data-kind')).toBe('revenue');
    expect(within(root).getByTestId('app-viewer').textContent).toBe('table: Revenue by quarter');
    expect(within(root).queryByRole('table')).toBeNull();
  });

  test('viewers are tried in order, those passed to Artifact.Root first, then inner providers, then outer ones', async () => {
    renderWithThread(
      <ArtifactViewersProvider viewers={[titled('outer', 'Revenue')]}>
        <ArtifactViewersProvider viewers={[titled('inner', 'Revenue')]}>
          <Artifact.Root threadId="thread-1" artifactId="table" data-testid="artifact" />
          <Artifact.Root threadId="thread-1" artifactId="table" viewers={[titled('own', 'Revenue')]} data-testid="own" />
        </ArtifactViewersProvider>
        <Artifact.Root threadId="thread-1" artifactId="table" data-testid="outer" />
      </ArtifactViewersProvider>,
    );
    expect((await readyRoot('artifact')).getAttribute('data-kind')).toBe('inner');
    expect((await readyRoot('own')).getAttribute('data-kind')).toBe('own');
    expect((await readyRoot('outer')).getAttribute('data-kind')).toBe('outer');
  });

  test('a viewer can match on the built-in reading, and artifacts it does not match keep their built-in viewer', async () => {
    const mapViewer: ArtifactViewerDefinition = {
      name: 'map',
      match: (value, artifact) => artifact.type === 'json' && (value as { type?: unknown }).type === 'map',
      component: TitleViewer,
    };
    renderWithThread(
      <ArtifactViewersProvider viewers={[mapViewer, titled('never', 'no such title')]}>
        <Artifact.Root threadId="thread-1" artifactId="map" data-testid="map" />
        <Artifact.Root threadId="thread-1" artifactId="table" data-testid="table" />
        <Artifact.Root threadId="thread-1" artifactId="notes" data-testid="notes" />
      </ArtifactViewersProvider>,
    );
    const map = await readyRoot('map');
    expect(map.getAttribute('data-kind')).toBe('map');
    expect(within(map).getByTestId('app-viewer').textContent).toBe('json: Data centers');

    const table = await readyRoot('table');
    expect(table.getAttribute('data-kind')).toBe('table');
    expect(within(table).getByRole('table', { name: 'Revenue by quarter' })).toBeTruthy();
    expect((await readyRoot('notes')).getAttribute('data-kind')).toBe('text');
  });

  test('built-in viewers are replaced by shape: Artifact.Viewer components win over the provider’s', async () => {
    const ProvidedTable = ({ artifact }: { artifact: TableArtifact }) => <p data-testid="provided">{artifact.rows.length} rows</p>;
    const OwnTable = ({ artifact }: { artifact: TableArtifact }) => <p data-testid="own">{artifact.title}</p>;
    renderWithThread(
      <ArtifactViewersProvider components={{ table: ProvidedTable }}>
        <Artifact.Root threadId="thread-1" artifactId="table" data-testid="provided-root" />
        <Artifact.Root threadId="thread-1" artifactId="table" data-testid="own-root">
          <Artifact.Viewer components={{ table: OwnTable }} />
        </Artifact.Root>
      </ArtifactViewersProvider>,
    );
    const provided = await readyRoot('provided-root');
    expect(provided.getAttribute('data-kind')).toBe('table');
    expect(within(provided).getByTestId('provided').textContent).toBe('2 rows');
    const own = await readyRoot('own-root');
    expect(within(own).getByTestId('own').textContent).toBe('Revenue by quarter');
  });
});
