import { forwardRef, memo, useMemo } from 'react';
import type { ComponentType, HTMLAttributes } from 'react';
import type { ArtifactPart, Citation, ImagePart, MessageItem, TextPart } from '@threadline/headless';
import { ArtifactRoot } from '../artifact/ArtifactRoot';
import type { CitationMarkerProps } from '../citation/CitationMarker';
import { joinClassNames } from '../internal/joinClassNames';
import { MarkdownText } from '../markdown/MarkdownText';
import { MessageImage } from './MessageImage';
import { placeCitations } from './placeCitations';
import type { CitationPlacement } from './placeCitations';
import { useCitationMarkers } from './useCitationMarkers';
import { useMessageContext } from './useMessageContext';

/** Props given to the renderer of a text part. */
export interface TextPartProps {
  /** The part as the message holds it: its text has no citation placeholders. */
  part: TextPart;
  /** True for the last part of a message that is still streaming. */
  streaming: boolean;
  /** The message's citations; a placement's `index` points into this list. */
  citations: readonly Citation[];
  /**
   * Where the citations positioned in this part put their markers, in the part's own text
   * (`injectCitationMarkers` turns them into the placeholders `MarkdownText` renders).
   */
  placements: readonly CitationPlacement[];
  /** The inline citation marker renderer given to `Message.Content`, if any. */
  citationMarker?: ComponentType<CitationMarkerProps>;
}

/** Props given to the renderer of an artifact part. */
export interface ArtifactPartProps {
  part: ArtifactPart;
}

/** Props given to the renderer of an image part. */
export interface ImagePartProps {
  part: ImagePart;
}

/** Renderers of content parts, keyed by part type (`text`, `artifact`, `image`). */
export interface MessageContentComponents {
  text: ComponentType<TextPartProps>;
  artifact: ComponentType<ArtifactPartProps>;
  image: ComponentType<ImagePartProps>;
}

/** Props of {@link MessageContent}. */
export interface MessageContentProps extends HTMLAttributes<HTMLDivElement> {
  /** Defaults to the message of the enclosing `Message.Root`. */
  message?: MessageItem;
  /**
   * Part renderers keyed by part type (`text`, `artifact`, `image`), replacing the defaults:
   * text → `MarkdownText` with inline citation markers, artifact → `Artifact.Root`,
   * image → `MessageImage`. Element renderers inside markdown are `MarkdownText`'s
   * `components`, set through a custom `text` renderer.
   */
  components?: Partial<MessageContentComponents>;
  /** Renders each inline citation marker of the default text renderer (default `CitationMarker`). */
  citationMarker?: ComponentType<CitationMarkerProps>;
}

const TextPartView = memo(function TextPartView({ part, streaming, citations, placements, citationMarker }: TextPartProps) {
  const text = useCitationMarkers(part.text, placements, streaming);
  return <MarkdownText text={text} streaming={streaming} citations={citations} citationMarker={citationMarker} />;
});

const ArtifactPartView = memo(function ArtifactPartView({ part }: ArtifactPartProps) {
  return <ArtifactRoot artifactId={part.artifactId} />;
});

const ImagePartView = memo(function ImagePartView({ part }: ImagePartProps) {
  return <MessageImage part={part} />;
});

/** The default part renderers of {@link MessageContent}. */
export const defaultMessageContentComponents: MessageContentComponents = {
  text: TextPartView,
  artifact: ArtifactPartView,
  image: ImagePartView,
};

/**
 * A message's content parts in order, each through the renderer for its type. Citations with a
 * position in the text show as numbered markers there (see `citationAnchor`), numbered as in
 * `Message.Citations`.
 */
export const MessageContent = forwardRef<HTMLDivElement, MessageContentProps>(function MessageContent(
  { message: messageProp, components, citationMarker, className, ...props },
  ref,
) {
  const contextMessage = useMessageContext();
  const message = messageProp ?? contextMessage;
  if (!message) throw new Error('Message.Content: pass `message` or render it inside <Message.Root>.');
  const { text: Text, artifact: Artifact, image: Image } = useMemo(
    () => ({ ...defaultMessageContentComponents, ...components }),
    [components],
  );
  const placements = useMemo(() => placeCitations(message), [message]);
  const streaming = message.status === 'in_progress';
  const lastIndex = message.parts.length - 1;
  // Nothing has arrived yet: an empty streaming text part still shows the caret.
  const showPendingCaret = streaming && message.parts.length === 0;

  return (
    <div ref={ref} className={joinClassNames('tl-message-content', className)} {...props}>
      {showPendingCaret ? <Text part={emptyTextPart} streaming citations={message.citations} placements={noPlacements} citationMarker={citationMarker} /> : null}
      {message.parts.map((part, index) => {
        switch (part.type) {
          case 'text': {
            return (
              <Text
                key={`text-${index}`}
                part={part}
                streaming={streaming && index === lastIndex}
                citations={message.citations}
                placements={placements[index] ?? noPlacements}
                citationMarker={citationMarker}
              />
            );
          }
          case 'artifact': {
            return <Artifact key={`artifact-${part.artifactId}-${index}`} part={part} />;
          }
          case 'image': {
            return <Image key={`image-${part.fileId}-${index}`} part={part} />;
          }
          default: {
            part satisfies never;
            return null;
          }
        }
      })}
    </div>
  );
});

const emptyTextPart: TextPart = { type: 'text', text: '' };
const noPlacements: readonly CitationPlacement[] = [];
