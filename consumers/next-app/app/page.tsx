import { createThreadState, reduceThreadEvents } from '@threadline/headless';
import { Chat } from './Chat';

// Rendered on the server for every request, as a page that reads your database would be.
export const dynamic = 'force-dynamic';

export default function Page() {
  // The thread so far, made on the server with Threadline's core (no React, no DOM in it).
  const saved = reduceThreadEvents(createThreadState({ id: 'welcome' }), [
    { type: 'message-start', messageId: 'welcome', role: 'assistant' },
    { type: 'text-delta', messageId: 'welcome', delta: 'Hi! Ask me how a **Roth IRA** differs from a traditional one.' },
    { type: 'message-end', messageId: 'welcome', status: 'complete' },
  ]);
  return <Chat savedItems={saved.items} />;
}
