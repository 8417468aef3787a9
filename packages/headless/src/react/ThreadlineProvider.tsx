import { createContext, useContext, useState } from 'react';
import type { ReactNode } from 'react';
import { createThreadlineClient } from '../store/createThreadlineClient';
import type { ThreadlineClient } from '../store/createThreadlineClient';

const ThreadlineContext = createContext<ThreadlineClient | null>(null);

/** Props for {@link ThreadlineProvider}. */
export interface ThreadlineProviderProps {
  /** The client to share; one is created for the provider's lifetime when omitted. */
  client?: ThreadlineClient;
  children?: ReactNode;
}

/** Shares a {@link ThreadlineClient} (the thread store and its streams) with the hooks below it. Needs a react-query `QueryClientProvider` above it. */
export function ThreadlineProvider({ client, children }: ThreadlineProviderProps) {
  const [ownClient] = useState(() => client ?? createThreadlineClient());
  return <ThreadlineContext.Provider value={client ?? ownClient}>{children}</ThreadlineContext.Provider>;
}

/** The nearest {@link ThreadlineClient}. Throws outside a {@link ThreadlineProvider}. */
export function useThreadlineClient(): ThreadlineClient {
  const client = useContext(ThreadlineContext);
  if (!client) throw new Error('useThreadlineClient: wrap your app in <ThreadlineProvider> (inside a react-query QueryClientProvider).');
  return client;
}
