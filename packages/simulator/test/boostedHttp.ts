/** `POST /v2/threads`; resolves with the new thread id. */
export async function createThread(base: string): Promise<string> {
  const response = await fetch(`${base}/v2/threads`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ thread_name: 'Scenario test' }),
  });
  return ((await response.json()) as { thread_id: string }).thread_id;
}

/** `POST /v2/threads/{id}/messages` with form data, as the vendor documents. */
export async function postMessage(base: string, threadId: string, message: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}/v2/threads/${threadId}/messages`, { method: 'POST', headers, body: new URLSearchParams({ message }) });
}

export async function getJson<T>(url: string): Promise<T> {
  return (await (await fetch(url)).json()) as T;
}

/** The body of `GET /v2/threads/{id}/messages`. */
export interface MessagesPage {
  messages: { message_id: string; is_user_message: boolean; message: string; message_metadata: { citations: unknown[] }; message_time: string }[];
  total_message_count: number;
  start_index: number;
}
