import { useEffect, useRef } from 'react';
import { streamTextAtRenderRate } from './streamTextAtRenderRate';
import { textOfMessage } from './textOfMessage';
import type { TextPageProps } from './TextPageProps';

/**
 * Context, not a contender: the least a page can show of the stream at Threadline's render rate,
 * through the same transport ({@link streamTextAtRenderRate}). Each render replaces one text
 * node, at the top, with the text that arrived since the last render, in a box of fixed size
 * (`contain: strict`, four lines) so that nothing else is laid out again: nothing grows, nothing
 * scrolls, and what the page costs is the render rate's own (the transport's posts, the timers
 * and one small frame per render).
 */
export function NewestTextApp({ probe, pacing, earlier, throttleMs }: TextPageProps) {
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const text = line.current!.appendChild(document.createTextNode(''));
    const stop = streamTextAtRenderRate({
      probe,
      pacing,
      throttleMs,
      render(newest) {
        text.data = newest;
      },
    });
    probe.markReady();
    return stop;
  }, [pacing, probe, throttleMs]);
  return (
    <div style={{ height: '100vh', overflowY: 'auto', whiteSpace: 'pre-wrap', font: '16px/1.6 system-ui, sans-serif' }}>
      <p ref={line} style={{ height: '6.4em', overflow: 'hidden', contain: 'strict' }} />
      {earlier.map((message) => (
        <p key={message.id}>{textOfMessage(message)}</p>
      ))}
    </div>
  );
}
