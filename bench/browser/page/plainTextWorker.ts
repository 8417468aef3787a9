// The plain-text page's reader, off the main thread as Threadline's is: reads `/api/chat`'s UI
// message stream and posts the text that arrived, at most every `batchMs`.
import { createParser } from 'eventsource-parser';

/** What the page posts to start the stream. */
export interface PlainTextStart {
  pacing: string;
  batchMs: number;
}

/** What the worker posts: text that arrived since its last post, or the stream's end. */
export type PlainTextReport = { type: 'text'; text: string } | { type: 'end' } | { type: 'failure'; message: string };

const post = (report: PlainTextReport) => self.postMessage(report);

async function read({ pacing, batchMs }: PlainTextStart): Promise<void> {
  const response = await fetch('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json', 'x-simulator-pacing': pacing }, body: '{"messages":[]}' });
  if (!response.ok || !response.body) throw new Error(`/api/chat answered ${response.status}.`);
  let pending = '';
  let lastPost = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    lastPost = performance.now();
    post({ type: 'text', text: pending });
    pending = '';
  };
  const parser = createParser({
    onEvent({ data }) {
      if (data === '[DONE]') return;
      const chunk = JSON.parse(data) as { type: string; delta?: string };
      if (chunk.type !== 'text-delta' || !chunk.delta) return;
      pending += chunk.delta;
      timer ??= setTimeout(flush, Math.max(0, lastPost + batchMs - performance.now()));
    },
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.feed(value);
  }
  if (timer !== undefined) {
    clearTimeout(timer);
    flush();
  }
  post({ type: 'end' });
}

self.onmessage = (event: MessageEvent<PlainTextStart>) => {
  read(event.data).catch((error: unknown) => post({ type: 'failure', message: String(error) }));
};
