import { forwardRef } from 'react';
import type { ComponentType, HTMLAttributes } from 'react';
import type { Notice } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { MarkdownText } from '../markdown/MarkdownText';

/** Props given to the renderer of one notice. */
export interface NoticeItemProps {
  notice: Notice;
}

/** Props of {@link NoticeList}. */
export interface NoticeListProps extends HTMLAttributes<HTMLUListElement> {
  /** The server's notices, oldest first (`useThreadStream(...).notices`). */
  notices: readonly Notice[];
  /** Renders one notice (default: its title and its markdown message). */
  notice?: ComponentType<NoticeItemProps>;
  /** False when a `Thread.Announcer` given the notices reads them out: no `aria-live` then. Default true. */
  announce?: boolean;
}

/** The default notice: the title, if any, and the message as markdown. */
export function NoticeContent({ notice }: NoticeItemProps) {
  return (
    <>
      {notice.title ? <p className="tl-notice-title">{notice.title}</p> : null}
      <MarkdownText className="tl-notice-message" text={notice.message} />
    </>
  );
}

/**
 * The server's notices as a list that announces new entries politely (unless `announce` is
 * false); each entry shows `data-level="info|warning|danger"`. Renders nothing while there are none.
 */
export const NoticeList = forwardRef<HTMLUListElement, NoticeListProps>(function NoticeList(
  { notices, notice: Item = NoticeContent, announce = true, className, ...props },
  ref,
) {
  if (notices.length === 0) return null;
  return (
    <ul ref={ref} className={joinClassNames('tl-notice-list', className)} aria-label="Notices" aria-live={announce ? 'polite' : undefined} {...props}>
      {notices.map((notice, index) => (
        <li key={index} className="tl-notice" data-level={notice.level}>
          <Item notice={notice} />
        </li>
      ))}
    </ul>
  );
});
