import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ThreadlineProvider } from '@threadline/headless/react';
import '@threadline/ui/styles.css';
import './demo.css';
import { App } from './App';

const queryClient = new QueryClient();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ThreadlineProvider>
        <App />
      </ThreadlineProvider>
    </QueryClientProvider>
  </StrictMode>,
);
