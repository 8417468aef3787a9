import { createSseWorkerTransport } from '@threadline/headless';
import type { TextPageProps } from './TextPageProps';

/** What {@link streamTextAtRenderRate} reads, how often it renders, and how. */
export interface TextStreamOptions extends Pick<TextPageProps, 'probe' | 'pacing' | 'throttleMs'> {
  /** Shows the text that arrived since the last render; called in an animation frame. */
  render(text: string): void;
}

/**
 * The stream of the context pages that render without Threadline (plain text, newest text), paced
 * as Threadline's page is: Threadline's worker transport reads `/api/chat` and posts its frames at
 * most every `throttleMs` (16 at least, as Threadline's client batches them), and the text deltas
 * gathered since the last render are handed to `render` at most once per `throttleMs`, in an
 * animation frame, as the store notifies. Each render counts as a commit. The probe's trigger
 * sends the request; the returned function aborts it.
 */
export function streamTextAtRenderRate({ probe, pacing, throttleMs, render }: TextStreamOptions): () => void {
  let pending = '';
  let lastFrame = -Infinity;
  let scheduled = false;
  const frame = () => {
    scheduled = false;
    lastFrame = performance.now();
    const text = pending;
    pending = '';
    render(text);
    probe.onCommit();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    const wait = lastFrame + throttleMs - performance.now();
    if (wait <= 0) requestAnimationFrame(frame);
    else setTimeout(() => requestAnimationFrame(frame), wait);
  };
  const transport = createSseWorkerTransport({ batchMs: Math.max(16, throttleMs) });
  const controller = new AbortController();
  probe.setTrigger(() => {
    void transport({
      url: '/api/chat',
      method: 'POST',
      json: { messages: [] },
      headers: { 'x-simulator-pacing': pacing },
      signal: controller.signal,
      onMessage({ data }) {
        if (data === '[DONE]') return;
        const chunk = JSON.parse(data) as { type: string; delta?: string };
        if (chunk.type !== 'text-delta' || !chunk.delta) return;
        pending += chunk.delta;
        schedule();
      },
    });
  });
  return () => controller.abort();
}
