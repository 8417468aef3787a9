import { forwardRef, useMemo } from 'react';
import type { ComponentType, HTMLAttributes } from 'react';
import type { Citation, MessageItem } from '@threadline/headless';
import { CitationDisclosure } from '../citation/CitationDisclosure';
import { joinClassNames } from '../internal/joinClassNames';
import { useMessageContext } from './useMessageContext';

/** Props given to the renderer of one citation. */
export interface CitationItemProps {
  citation: Citation;
  /** Its index in `message.citations` plus one: the number its inline markers show. */
  number: number;
}

/** Props of {@link MessageCitations}. */
export interface MessageCitationsProps extends HTMLAttributes<HTMLUListElement> {
  /** Defaults to the message of the enclosing `Message.Root`. */
  message?: MessageItem;
  /** Renders one citation (default `CitationDisclosure`: a numbered chip with its details). */
  citation?: ComponentType<CitationItemProps>;
}

/**
 * The message's sources: a list with one chip per citation, numbered by its place in
 * `message.citations` as its inline markers in `Message.Content` are, so a reader can match
 * them. Unpositioned citations show here only. Renders nothing when there are none.
 */
export const MessageCitations = forwardRef<HTMLUListElement, MessageCitationsProps>(function MessageCitations(
  { message: messageProp, citation: Item = CitationDisclosure, className, ...props },
  ref,
) {
  const contextMessage = useMessageContext();
  const message = messageProp ?? contextMessage;
  const citations = message?.citations;
  // The message changes on every streamed frame, its citations only when one arrives.
  const items = useMemo(
    () =>
      citations?.map((citation, index) => (
        <li key={`${index}-${citation.id ?? ''}`} className="tl-message-citation">
          <Item citation={citation} number={index + 1} />
        </li>
      )),
    [citations, Item],
  );
  if (!message) throw new Error('Message.Citations: pass `message` or render it inside <Message.Root>.');
  if (message.citations.length === 0) return null;
  return (
    <ul ref={ref} className={joinClassNames('tl-message-citations', className)} aria-label="Sources" {...props}>
      {items}
    </ul>
  );
});
