import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ThreadlineProvider } from '@threadline/headless/react';
import '@threadline/ui/styles.css';
import './theme.css';
import { App } from './App';

const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ThreadlineProvider>
        <App />
      </ThreadlineProvider>
    </QueryClientProvider>
  </StrictMode>,
);
