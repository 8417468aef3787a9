import { createChatKitApi } from '@threadline/headless';
import type { ChatKitStreamingRequestType } from '@threadline/headless';
import type { DialectDriver } from './DialectDriver';
import { question } from './DialectDriver';

const baseUrl = (origin: string) => `${origin}/chatkit/scenario/workflow`;

const streamingTypes: ReadonlySet<string> = new Set<ChatKitStreamingRequestType>([
  'threads.create',
  'threads.add_user_message',
  'threads.add_client_tool_output',
  'threads.retry_after_item',
  'threads.custom_action',
]);

function requestType(body: string | null): string | null {
  try {
    const parsed: unknown = JSON.parse(body ?? '');
    return typeof parsed === 'object' && parsed !== null && 'type' in parsed && typeof parsed.type === 'string' ? parsed.type : null;
  } catch {
    return null;
  }
}

interface StoredItem {
  type?: string;
  content?: Array<{ type?: string; text?: string }>;
}

/** ChatKit: the one endpoint's streaming POSTs carry the fault; `items.list` reads what the server kept. */
export const chatkitDriver: DialectDriver = {
  dialect: 'chatkit',
  scenario: 'workflow',
  faultAfter: 50,
  carriesFault: ({ method, body }) => method === 'POST' && streamingTypes.has(requestType(body) ?? ''),
  async start(client, origin, connection) {
    const controller = client.getController('faults', { dialect: 'chatkit', baseUrl: baseUrl(origin), ...connection });
    controller.attach();
    return { key: 'faults', sent: controller.send(question) };
  },
  async readServerAnswer(origin, thread) {
    if (!thread.id) return { text: null, done: true };
    const page = await createChatKitApi({ baseUrl: baseUrl(origin) }).listItems(thread.id);
    const answers = (page.data as StoredItem[]).filter((item) => item.type === 'assistant_message');
    const text = answers.map((item) => (item.content ?? []).map((part) => (part.type === 'output_text' ? (part.text ?? '') : '')).join('')).join('');
    // ChatKit has no run to ask about: the response ends with its stream.
    return { text: answers.length > 0 ? text : null, done: true };
  },
};
