import { useMemo } from 'react';
import { useThreadStream } from '@threadline/headless/react';
import { ErrorBanner, NoticeList, Progress, RunMetrics, Thread } from '@threadline/ui';
import type { WidgetActionHandler } from '@threadline/ui';
import type { GalleryThreadProps } from './galleryThread';

/** Props of {@link DefaultThemeThread}. */
export interface DefaultThemeThreadProps extends GalleryThreadProps {
  /** Names the scrolling thread for assistive technology. */
  label?: string;
  /** False leaves out the live regions, when another view of the same thread already announces it. */
  announce?: boolean;
}

/**
 * The gallery thread from `@threadline/ui`'s parts, as `@threadline/ui/styles.css` draws them:
 * no class of its own is styled beyond the layout.
 */
export function DefaultThemeThread({ threadKey, connection, label = 'Thread in the default theme', announce = true }: DefaultThemeThreadProps) {
  const stream = useThreadStream(threadKey, connection);
  const { customAction, retry, threadId } = stream;
  // The widget's "Save comparison" button streams the server's reply into the same thread.
  const onWidgetAction = useMemo<WidgetActionHandler | undefined>(
    () => (customAction ? (action, itemId) => customAction(action, itemId).catch(() => undefined) : undefined),
    [customAction],
  );
  const active = stream.status === 'queued' || stream.status === 'running';

  return (
    <Thread.Root
      threadId={threadKey}
      items={stream.items}
      status={stream.status}
      error={stream.error}
      onWidgetAction={onWidgetAction}
      className="gallery-thread"
    >
      {announce ? <Thread.Announcer notices={stream.notices} /> : null}
      <Thread.Viewport className="gallery-viewport" aria-label={label}>
        <Thread.Empty className="gallery-empty">Press “Play the thread” to stream it here.</Thread.Empty>
        <NoticeList notices={stream.notices} announce={false} />
        <Thread.Messages />
        <Progress entries={stream.runProgress} active={active} />
        {/* ChatKit retries after the last user message, so only a thread the server created can. */}
        <ErrorBanner error={stream.error} onRetry={threadId ? retry : undefined} isRetrying={active} announce={false} />
        <Thread.JumpToLatest />
      </Thread.Viewport>
      <RunMetrics run={stream.run} status={stream.status} className="gallery-metrics" />
    </Thread.Root>
  );
}
