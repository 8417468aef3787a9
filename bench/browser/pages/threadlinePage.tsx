import '../page/frameClock';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createThreadlineClient } from '@threadline/headless';
import { ThreadlineProvider } from '@threadline/headless/react';
import '@threadline/ui/styles.css';
import { createBenchProbe } from '../page/createBenchProbe';
import { createBoostedThread } from '../page/createBoostedThread';
import { mountBenchPage } from '../page/mountBenchPage';
import { readPageParams } from '../page/readPageParams';
import { ThreadlineApp } from '../page/ThreadlineApp';

const params = readPageParams();
const probe = createBenchProbe(params);
const threadId = await createBoostedThread();
// The provider's own client, as the README shows, unless the run sets a render rate.
const providerProps = params.throttleMs === undefined ? {} : { client: createThreadlineClient({ throttleMs: params.throttleMs }) };

mountBenchPage(
  <QueryClientProvider client={new QueryClient()}>
    <ThreadlineProvider {...providerProps}>
      <ThreadlineApp probe={probe} threadId={threadId} question={params.question} pacing={params.pacing} earlier={params.earlier} firstWord={params.firstWord} />
    </ThreadlineProvider>
  </QueryClientProvider>,
  probe,
);
