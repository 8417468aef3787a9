import type { UIMessage } from 'ai';

interface BoostedMessage {
  message_id: string;
  is_user_message: boolean;
  message: string;
}

async function call<T>(url: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Plays the simulator's Boosted `thousand-messages` scenario on a thread of its own and reads the
 * thread back through the REST API: the 1,000 messages Threadline's page streams in before it
 * starts, as AI SDK UI messages (same texts, same roles) for the peers' initial `messages`.
 */
export async function loadEarlierMessages(origin: string): Promise<UIMessage[]> {
  const base = `${origin}/boosted/v2/threads`;
  const { thread_id: threadId } = await call<{ thread_id: string }>(base, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ thread_name: 'Earlier messages' }),
  });
  await call(`${base}/${threadId}/messages`, {
    method: 'POST',
    headers: { 'x-simulator-scenario': 'thousand-messages' },
    body: new URLSearchParams({ message: 'Load a thread of a thousand messages' }),
  });
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const { progress_data: progress } = await call<{ progress_data: { status: string } | null }>(`${base}/${threadId}/progress`);
    if (progress?.status === 'Complete') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const { messages } = await call<{ messages: BoostedMessage[] }>(`${base}/${threadId}/messages?limit_num=2000`);
  if (messages.length !== 1000) throw new Error(`The thousand-messages thread holds ${messages.length} messages, not 1,000.`);
  return messages.map((message) => ({
    id: message.message_id,
    role: message.is_user_message ? 'user' : 'assistant',
    parts: [{ type: 'text', text: message.message }],
  }));
}
