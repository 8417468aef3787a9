import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { joinClassNames } from '../internal/joinClassNames';
import { MarkdownText } from '../markdown/MarkdownText';
import type { TextArtifact } from './parseArtifact';

/** Props of {@link TextViewer}. */
export interface TextViewerProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  artifact: TextArtifact;
}

/**
 * A text artifact: markdown through `MarkdownText` (so raw HTML stays text and links are
 * sanitized), plain text as it is with its line breaks. Shows `data-format="markdown|plain"`.
 */
export const TextViewer = forwardRef<HTMLDivElement, TextViewerProps>(function TextViewer({ artifact, className, ...props }, ref) {
  switch (artifact.format) {
    case 'markdown': {
      return <MarkdownText ref={ref} text={artifact.text} className={joinClassNames('tl-artifact-text', className)} data-format="markdown" {...props} />;
    }
    case 'plain': {
      return (
        <div ref={ref} className={joinClassNames('tl-artifact-text', className)} data-format="plain" {...props}>
          {artifact.text}
        </div>
      );
    }
    default: {
      artifact.format satisfies never;
      return null;
    }
  }
});
