import { useEffect, useMemo } from 'react';
import { useThreadStream } from '@threadline/headless/react';
import { Thread } from '@threadline/ui';
import type { SoakProbe } from './createSoakProbe';
import type { SoakRender } from './readSoakParams';

/** Props of {@link SoakThread}. */
export interface SoakThreadProps {
  /** The Boosted thread, already created on the simulator. */
  threadId: string;
  /** The `x-simulator-pacing` header of its question. */
  pacing: string;
  render: SoakRender;
  probe: SoakProbe;
}

/**
 * One of the soak's threads on the real path, `useThreadStream`, shown in a small box: its
 * messages through `Thread.Messages`, or only its status and item count (the cost of the
 * transport and the store without the markdown).
 */
export function SoakThread({ threadId, pacing, render, probe }: SoakThreadProps) {
  const headers = useMemo(() => ({ 'x-simulator-scenario': 'long-answer', 'x-simulator-pacing': pacing }), [pacing]);
  const stream = useThreadStream(threadId, {
    dialect: 'boosted',
    baseUrl: `${window.location.origin}/boosted`,
    headers,
    onFrame: (frame, events) => probe.onFrame(threadId, frame, events),
  });
  const { send } = stream;
  useEffect(() => probe.register(threadId, send), [probe, threadId, send]);

  if (render === 'status') {
    return (
      <output style={{ fontSize: 10 }}>
        {stream.status}, {stream.items.length} items
      </output>
    );
  }
  return (
    <Thread.Root threadId={threadId} items={stream.items} status={stream.status} error={stream.error} style={{ height: 150, overflow: 'hidden', border: '1px solid #ddd', fontSize: 10 }}>
      <Thread.Viewport aria-label={`Thread ${threadId}`} style={{ height: '100%' }}>
        <Thread.Messages />
      </Thread.Viewport>
    </Thread.Root>
  );
}
