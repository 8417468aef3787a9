import { useMemo } from 'react';
import { toSnapshot } from '@threadline/headless';
import { JsonViewer } from '@threadline/ui';
import type { FrameCapture } from './createFrameCapture';
import { useFrameCapture } from './useFrameCapture';

/** Props of {@link StatePanel}. */
export interface StatePanelProps {
  capture: FrameCapture;
}

/** The State view: the thread's `toSnapshot` as a collapsible JSON tree, kept current while it streams. */
export function StatePanel({ capture }: StatePanelProps) {
  // The capture passes thread changes on at most ten times a second, however fast the stream.
  const thread = useFrameCapture(capture, (snapshot) => snapshot.thread);
  const snapshot = useMemo(() => (thread ? toSnapshot(thread) : null), [thread]);
  return (
    <div className="demo-inspector-scroll demo-inspector-state">
      {snapshot ? (
        <JsonViewer value={snapshot} defaultExpandDepth={2} aria-label="Thread state" data-testid="inspector-state" />
      ) : (
        <p className="demo-inspector-empty">No thread yet.</p>
      )}
    </div>
  );
}
