import { createAssistantsApi, toAssistantsRunActiveStatus } from '@threadline/headless';
import type { DialectDriver } from './DialectDriver';
import { question } from './DialectDriver';

const baseUrl = (origin: string) => `${origin}/assistants/scenario/file-search/v1`;
const assistantId = 'asst_faults';

function contentText(content: unknown[]): string {
  return content.map((part) => (part as { type?: string; text?: { value?: string } }).text?.value ?? '').join('');
}

/** Assistants: every run-creating POST (and `submit_tool_outputs`) is the stream and carries the fault. */
export const assistantsDriver: DialectDriver = {
  dialect: 'assistants',
  scenario: 'file-search',
  faultAfter: 20,
  carriesFault: ({ method, url }) => method === 'POST' && /\/runs$|\/submit_tool_outputs$/.test(url.pathname),
  async start(client, origin, connection) {
    const controller = client.getController('faults', { dialect: 'assistants', baseUrl: baseUrl(origin), assistantId, ...connection });
    controller.attach();
    return { key: 'faults', sent: controller.send(question) };
  },
  async readServerAnswer(origin, thread) {
    const runId = thread.run?.id;
    if (!thread.id || !runId) return { text: null, done: true };
    const api = createAssistantsApi({ baseUrl: baseUrl(origin), assistantId });
    const [run, messages] = await Promise.all([api.getRun(thread.id, runId), api.listRunMessages(thread.id, runId)]);
    const answers = messages.filter((message) => message.role === 'assistant');
    return { text: answers.length > 0 ? answers.map((message) => contentText(message.content)).join('') : null, done: toAssistantsRunActiveStatus(run.status) === null };
  },
};
