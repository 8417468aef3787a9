import { forwardRef, memo, useMemo } from 'react';
import type { ComponentType, HTMLAttributes } from 'react';
import type { ArtifactPart, ImagePart, MessageItem, TextPart } from '@threadline/headless';
import { ArtifactRoot } from '../artifact/ArtifactRoot';
import { joinClassNames } from '../internal/joinClassNames';
import { MarkdownText } from '../markdown/MarkdownText';
import { ImagePlaceholder } from './ImagePlaceholder';
import { useMessageContext } from './useMessageContext';

/** Props given to the renderer of a text part. */
export interface TextPartProps {
  part: TextPart;
  /** True for the last part of a message that is still streaming. */
  streaming: boolean;
}

/** Props given to the renderer of an artifact part. */
export interface ArtifactPartProps {
  part: ArtifactPart;
}

/** Props given to the renderer of an image part. */
export interface ImagePartProps {
  part: ImagePart;
}

/** Renderers of content parts, keyed by part type. */
export interface MessageContentComponents {
  text: ComponentType<TextPartProps>;
  artifact: ComponentType<ArtifactPartProps>;
  image: ComponentType<ImagePartProps>;
}

/** Props of {@link MessageContent}. */
export interface MessageContentProps extends HTMLAttributes<HTMLDivElement> {
  /** Defaults to the message of the enclosing `Message.Root`. */
  message?: MessageItem;
  /** Replaces the default renderers: text → `MarkdownText`, artifact → `Artifact.Root`, image → `ImagePlaceholder`. */
  components?: Partial<MessageContentComponents>;
}

const TextPartView = memo(function TextPartView({ part, streaming }: TextPartProps) {
  return <MarkdownText text={part.text} streaming={streaming} />;
});

const ArtifactPartView = memo(function ArtifactPartView({ part }: ArtifactPartProps) {
  return <ArtifactRoot artifactId={part.artifactId} />;
});

const ImagePartView = memo(function ImagePartView({ part }: ImagePartProps) {
  return <ImagePlaceholder part={part} />;
});

/** The default part renderers of {@link MessageContent}. */
export const defaultMessageContentComponents: MessageContentComponents = {
  text: TextPartView,
  artifact: ArtifactPartView,
  image: ImagePartView,
};

/** A message's content parts in order, each through the renderer for its type. */
export const MessageContent = forwardRef<HTMLDivElement, MessageContentProps>(function MessageContent(
  { message: messageProp, components, className, ...props },
  ref,
) {
  const contextMessage = useMessageContext();
  const message = messageProp ?? contextMessage;
  if (!message) throw new Error('Message.Content: pass `message` or render it inside <Message.Root>.');
  const { text: Text, artifact: Artifact, image: Image } = useMemo(
    () => ({ ...defaultMessageContentComponents, ...components }),
    [components],
  );
  const streaming = message.status === 'in_progress';
  const lastIndex = message.parts.length - 1;
  // Nothing has arrived yet: an empty streaming text part still shows the caret.
  const showPendingCaret = streaming && message.parts.length === 0;

  return (
    <div ref={ref} className={joinClassNames('tl-message-content', className)} {...props}>
      {showPendingCaret ? <Text part={emptyTextPart} streaming /> : null}
      {message.parts.map((part, index) => {
        switch (part.type) {
          case 'text': {
            return <Text key={`text-${index}`} part={part} streaming={streaming && index === lastIndex} />;
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
