import { useEffect, useRef } from 'react';
import { streamTextAtRenderRate } from './streamTextAtRenderRate';
import { textOfMessage } from './textOfMessage';
import type { TextPageProps } from './TextPageProps';

/**
 * Context, not a contender: what showing the stream costs at Threadline's render rate with
 * nothing of Threadline's per frame but its transport ({@link streamTextAtRenderRate}). Each
 * render appends the new text to the last paragraph's text node (a blank line starts a new
 * `<p>`), then pins the scroll container to its bottom. Full width, as Threadline's bench page
 * is, so the lines are as long. No markdown, no React render per frame: the markdown stays as
 * written.
 */
export function PlainTextApp({ probe, pacing, earlier, throttleMs }: TextPageProps) {
  const viewport = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const scroller = viewport.current!;
    const startParagraph = (text: string) => scroller.appendChild(document.createElement('p')).appendChild(document.createTextNode(text));
    let paragraph = startParagraph('');
    // A blank line can arrive split between two frames' text.
    let endsWithNewline = false;
    const stop = streamTextAtRenderRate({
      probe,
      pacing,
      throttleMs,
      render(text) {
        const [first = '', ...rest] = (endsWithNewline && text.startsWith('\n') ? `\n${text}` : text).split('\n\n');
        endsWithNewline = text.endsWith('\n');
        paragraph.appendData(first);
        for (const next of rest) paragraph = startParagraph(next);
        scroller.scrollTop = scroller.scrollHeight;
      },
    });
    probe.markReady();
    return stop;
  }, [pacing, probe, throttleMs]);
  return (
    <div ref={viewport} style={{ height: '100vh', overflowY: 'auto', whiteSpace: 'pre-wrap', font: '16px/1.6 system-ui, sans-serif' }}>
      {earlier.map((message) => (
        <p key={message.id}>{textOfMessage(message)}</p>
      ))}
    </div>
  );
}
