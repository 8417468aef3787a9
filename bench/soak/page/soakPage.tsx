import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBoostedApi, createThreadlineClient } from '@threadline/headless';
import { ThreadlineProvider } from '@threadline/headless/react';
import '@threadline/ui/styles.css';
import { createRoot } from 'react-dom/client';
import { createSoakProbe } from './createSoakProbe';
import { readSoakParams } from './readSoakParams';
import { SoakThread } from './SoakThread';

const params = readSoakParams(window.location.search);
const api = createBoostedApi({ baseUrl: `${window.location.origin}/boosted` });
const threadIds = await Promise.all(params.pacing.map(async (_, index) => (await api.createThread(`Soak ${index + 1}`)).threadId));
const client = createThreadlineClient();
const probe = createSoakProbe({ client, api, threadIds });
probe.install();

const container = document.getElementById('root');
if (!container) throw new Error('soak page: no #root element.');
createRoot(container).render(
  <QueryClientProvider client={new QueryClient()}>
    <ThreadlineProvider client={client}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(10, 1fr)', gap: 4 }}>
        {threadIds.map((threadId, index) => (
          <SoakThread key={threadId} threadId={threadId} pacing={params.pacing[index] ?? ''} render={params.render} probe={probe} />
        ))}
      </div>
    </ThreadlineProvider>
  </QueryClientProvider>,
);
