import { createTeammateApi, toTeammateRunEndStatus } from '@threadline/headless';
import type { DialectDriver } from './DialectDriver';
import { question } from './DialectDriver';

const baseUrl = (origin: string) => `${origin}/teammate/scenario/tools/api/v2`;

/** Teammate: `POST /runs/`, a reply and the re-join `GET /runs/{id}/stream` carry the fault, with one count per run. */
export const teammateDriver: DialectDriver = {
  dialect: 'teammate',
  scenario: 'tools',
  faultAfter: 8,
  carriesFault: ({ method, url }) => (method === 'POST' && /\/runs\/$|\/reply$/.test(url.pathname)) || (method === 'GET' && url.pathname.endsWith('/stream')),
  async start(client, origin, connection) {
    const controller = client.getController('faults', { dialect: 'teammate', baseUrl: baseUrl(origin), ...connection });
    controller.attach();
    return { key: 'faults', sent: controller.send(question) };
  },
  async readServerAnswer(origin, thread) {
    const runId = thread.run?.id;
    if (!runId) return { text: null, done: true };
    const run = await createTeammateApi({ baseUrl: baseUrl(origin) }).getRun(runId);
    return { text: run.output ?? null, done: toTeammateRunEndStatus(run.status) !== null };
  },
};
