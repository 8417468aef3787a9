import { createBoostedApi, splitArtifactMarkers } from '@threadline/headless';
import type { DialectDriver } from './DialectDriver';
import { question } from './DialectDriver';

const baseUrl = (origin: string) => `${origin}/boosted/scenario/citations-artifacts`;

/** Boosted: the thread's persistent stream (`GET /v2/threads/stream/{id}`) carries the fault. */
export const boostedDriver: DialectDriver = {
  dialect: 'boosted',
  scenario: 'citations-artifacts',
  faultAfter: 25,
  carriesFault: ({ method, url }) => method === 'GET' && url.pathname.includes('/v2/threads/stream/'),
  async start(client, origin, connection) {
    const { threadId } = await createBoostedApi({ baseUrl: baseUrl(origin) }).createThread('fault matrix');
    const controller = client.getController(threadId, { dialect: 'boosted', baseUrl: baseUrl(origin), ...connection });
    controller.attach();
    return { key: threadId, sent: controller.send(question) };
  },
  async readServerAnswer(origin, thread) {
    const api = createBoostedApi({ baseUrl: baseUrl(origin) });
    const threadId = thread.id ?? '';
    const [progress, latest] = await Promise.all([api.getProgress(threadId), api.getLatestMessage(threadId)]);
    // The stored text keeps the artifact markers the stream's decoder turns into parts.
    const text = latest && !latest.isUser ? splitArtifactMarkers(latest.text).map((segment) => (segment.type === 'text' ? segment.text : '')).join('') : null;
    return { text, done: progress?.status !== 'Running' };
  },
};
