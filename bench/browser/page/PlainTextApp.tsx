import type { UIMessage } from 'ai';
import { useEffect, useRef } from 'react';
import { createSseWorkerTransport } from '@threadline/headless';
import type { BenchProbe } from './createBenchProbe';
import { textOfMessage } from './textOfMessage';

/** Props of {@link PlainTextApp}. */
export interface PlainTextAppProps {
  probe: BenchProbe;
  /** The `x-simulator-pacing` header the bench server paces `/api/chat` by. */
  pacing: string;
  /** Shown from the start, each as one paragraph of plain text. */
  earlier: readonly UIMessage[];
  /** The least time between two renders, as the store's `throttleMs` (the same on Threadline's page). */
  throttleMs: number;
}

/**
 * Context, not a contender: what showing the stream costs at Threadline's render rate with
 * nothing of Threadline's per frame but its transport. Threadline's worker transport reads
 * `/api/chat` and posts its frames at most every `throttleMs` (16 at least, as Threadline's
 * client batches them); the page takes each frame's text delta and renders at most once per
 * `throttleMs`, in an animation frame, as the store does, by appending the new text to the last
 * paragraph's text node (a blank line starts a new `<p>`), then pins the scroll container to its
 * bottom. Full width, as Threadline's bench page is, so the lines are as long. No markdown, no
 * React render per frame: the markdown stays as written. Each frame that shows text counts as a
 * commit.
 */
export function PlainTextApp({ probe, pacing, earlier, throttleMs }: PlainTextAppProps) {
  const viewport = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const scroller = viewport.current!;
    const startParagraph = (text: string) => scroller.appendChild(document.createElement('p')).appendChild(document.createTextNode(text));
    let paragraph = startParagraph('');
    let pending = '';
    // A blank line can arrive split between two frames' text.
    let endsWithNewline = false;
    let lastFrame = -Infinity;
    let scheduled = false;
    const render = () => {
      scheduled = false;
      lastFrame = performance.now();
      const [first = '', ...rest] = (endsWithNewline && pending.startsWith('\n') ? `\n${pending}` : pending).split('\n\n');
      endsWithNewline = pending.endsWith('\n');
      pending = '';
      paragraph.appendData(first);
      for (const text of rest) paragraph = startParagraph(text);
      scroller.scrollTop = scroller.scrollHeight;
      probe.onCommit();
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      const wait = lastFrame + throttleMs - performance.now();
      if (wait <= 0) requestAnimationFrame(render);
      else setTimeout(() => requestAnimationFrame(render), wait);
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
    probe.markReady();
    return () => controller.abort();
  }, [pacing, probe, throttleMs]);
  return (
    <div ref={viewport} style={{ height: '100vh', overflowY: 'auto', whiteSpace: 'pre-wrap', font: '16px/1.6 system-ui, sans-serif' }}>
      {earlier.map((message) => (
        <p key={message.id}>{textOfMessage(message)}</p>
      ))}
    </div>
  );
}
