// A page as an app renders it on the server and hydrates it: a saved thread (items made by the
// reducer, as a server would from what it stored) followed by what the hooks stream, in every
// part that has a server-rendered form.

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createThreadState, reduceThreadEvents } from '@threadline/headless';
import type { ThreadEvent, ThreadItem, ThreadlineClient } from '@threadline/headless';
import { ThreadlineProvider, useRun, useThreadStream } from '@threadline/headless/react';
import { CancelButton, Composer, ConnectionStatus, ErrorBanner, NoticeList, Progress, RunMetrics, Thread } from '@threadline/ui';

const savedEvents: ThreadEvent[] = [
  { type: 'message-start', messageId: 'question', role: 'user' },
  { type: 'text-delta', messageId: 'question', delta: 'How did revenue move?' },
  { type: 'message-end', messageId: 'question', status: 'complete' },
  { type: 'run-start', runId: 'run-1' },
  { type: 'reasoning-start', itemId: 'thinking', variant: 'thinking' },
  { type: 'reasoning-delta', itemId: 'thinking', delta: 'Reading the quarterly filings.' },
  { type: 'reasoning-end', itemId: 'thinking' },
  { type: 'tool-call-start', toolCallId: 'lookup', name: 'search_filings' },
  { type: 'tool-call-end', toolCallId: 'lookup', arguments: '{"ticker":"ACME"}' },
  { type: 'tool-result-end', toolCallId: 'lookup', result: '2 filings' },
  { type: 'message-start', messageId: 'answer', role: 'assistant' },
  { type: 'text-delta', messageId: 'answer', delta: 'Revenue **rose 12%** year over year.\n\n| quarter | revenue |\n| --- | --- |\n| Q1 | 10 |\n| Q2 | 11 |\n\n```ts\nconst growth = 0.12;\n```' },
  {
    type: 'citation-add',
    messageId: 'answer',
    citation: { type: 'web', start: 8, end: 18, id: 'c1', title: 'ACME 10-Q', url: 'https://example.com/10q', snippet: 'Revenue rose', highlights: [], source: 'example.com', date: '2026-01-01', details: {} },
  },
  { type: 'message-end', messageId: 'answer', status: 'complete' },
  { type: 'run-end', status: 'complete' },
];

const savedItems: readonly ThreadItem[] = reduceThreadEvents(createThreadState({ id: 'saved' }), savedEvents).items;

function ServerThread({ baseUrl }: { baseUrl: string }) {
  const stream = useThreadStream(null, { dialect: 'chatkit', baseUrl: `${baseUrl}/chatkit` });
  const boosted = useThreadStream('thread-1', { dialect: 'boosted', baseUrl: `${baseUrl}/boosted` });
  const run = useRun({ dialect: 'teammate', baseUrl: `${baseUrl}/teammate/api/v2` });
  return (
    <Thread.Root threadId="saved" items={[...savedItems, ...stream.items, ...boosted.items]} status={stream.status} error={stream.error}>
      <Thread.Announcer notices={stream.notices} />
      <Thread.Viewport>
        <Thread.Empty>Ask anything</Thread.Empty>
        <NoticeList notices={stream.notices} announce={false} />
        <Thread.Messages />
        <Progress entries={stream.runProgress} active={stream.status === 'running'} />
        <ErrorBanner error={stream.error} onRetry={stream.retry} announce={false} />
        <Thread.JumpToLatest />
      </Thread.Viewport>
      <ConnectionStatus connection={boosted.connection} />
      <Composer onSend={stream.send} isSending={stream.isSending} canSend={stream.status !== 'running'} />
      <CancelButton status={stream.status} cancel={stream.cancel} canCancel={stream.canCancel} isCancelling={stream.isCancelling} />
      <RunMetrics run={stream.run} status={stream.status} />
      <p data-run-status={run.status}>{run.text}</p>
    </Thread.Root>
  );
}

/** Props of {@link ServerThreadPage}. */
export interface ServerThreadPageProps {
  /** The simulator's origin. */
  baseUrl: string;
  /** The Threadline client to use (the provider makes one without it). */
  client?: ThreadlineClient;
}

/** The providers and the thread, with clients made per page as an app makes them per request. */
export function ServerThreadPage({ baseUrl, client }: ServerThreadPageProps) {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <ThreadlineProvider client={client}>
        <ServerThread baseUrl={baseUrl} />
      </ThreadlineProvider>
    </QueryClientProvider>
  );
}
