import { forwardRef, useState } from 'react';
import type { CSSProperties, HTMLAttributes } from 'react';
import type { Notice, ThreadError, ThreadItem, ThreadStatus } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { firstAnnouncement, nextAnnouncement } from './nextAnnouncement';
import type { AnnouncementInput, ThreadAnnouncerLabels } from './nextAnnouncement';
import { useThreadContext } from './useThreadContext';

/** Props of {@link ThreadAnnouncer}. */
export interface ThreadAnnouncerProps extends HTMLAttributes<HTMLDivElement> {
  /** Defaults to the status of the enclosing `Thread.Root`. */
  status?: ThreadStatus;
  /** Defaults to the items of the enclosing `Thread.Root`. */
  items?: readonly ThreadItem[];
  /** Defaults to the error of the enclosing `Thread.Root`. */
  error?: ThreadError | null;
  /** The server's notices (`useThreadStream(...).notices`): each new one is read out. */
  notices?: readonly Notice[];
  /** Replaces the words said when a run starts or is cancelled. */
  labels?: Partial<ThreadAnnouncerLabels>;
}

const defaultLabels: ThreadAnnouncerLabels = { responding: 'Responding…', stopped: 'Stopped.' };
const noItems: readonly ThreadItem[] = [];
const noNotices: readonly Notice[] = [];

// Inline, so the regions stay hidden without the stylesheet.
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};

/**
 * The thread's one pair of live regions, visually hidden: a polite `role="status"` that says
 * "Responding…" when a run starts and then each finished answer once (never its tokens), new
 * notices and "Stopped."; and an assertive `role="alert"` for the thread's error. Render one per
 * thread; the visible parts (`Progress`, and `ErrorBanner` and `NoticeList` with `announce={false}`)
 * then stay quiet.
 */
export const ThreadAnnouncer = forwardRef<HTMLDivElement, ThreadAnnouncerProps>(function ThreadAnnouncer(
  { status: statusProp, items: itemsProp, error: errorProp, notices = noNotices, labels, className, style, ...props },
  ref,
) {
  const context = useThreadContext();
  const input: AnnouncementInput = {
    status: statusProp ?? context?.status,
    items: itemsProp ?? context?.items ?? noItems,
    error: errorProp === undefined ? (context?.error ?? null) : errorProp,
    notices,
  };
  const [announcement, setAnnouncement] = useState(() => firstAnnouncement(input));
  const seen = announcement.input;
  if (seen.status !== input.status || seen.items !== input.items || seen.error !== input.error || seen.notices !== input.notices) {
    setAnnouncement(nextAnnouncement(announcement, input, { ...defaultLabels, ...labels }));
  }
  return (
    <div ref={ref} className={joinClassNames('tl-announcer', className)} style={{ ...visuallyHidden, ...style }} {...props}>
      <div role="status" aria-live="polite" aria-atomic="true">
        {announcement.polite}
      </div>
      <div role="alert" aria-live="assertive" aria-atomic="true">
        {announcement.assertive}
      </div>
    </div>
  );
});
