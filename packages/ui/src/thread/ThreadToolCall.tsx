import { forwardRef, memo } from 'react';
import type { DetailsHTMLAttributes } from 'react';
import type { ContentPart, ToolCallItem } from '@threadline/headless';
import { formatJson } from '../internal/formatJson';
import { joinClassNames } from '../internal/joinClassNames';
import { ImagePlaceholder } from '../message/ImagePlaceholder';
import { sanitizeImageUrl } from '../url/sanitizeImageUrl';

/** Props of {@link ThreadToolCall}. */
export interface ThreadToolCallProps extends DetailsHTMLAttributes<HTMLDetailsElement> {
  item: ToolCallItem;
  /** Words shown beside the tool's name for each status. */
  statusLabels?: Partial<Record<ToolCallItem['status'], string>>;
}

const defaultStatusLabels: Record<ToolCallItem['status'], string> = {
  in_progress: 'Running',
  complete: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
  requires_action: 'Waiting for you',
};

/**
 * The default tool call of `Thread.Messages`: a `<details>` whose summary is the tool's name and
 * status, and whose body is the arguments (re-indented when they are JSON), the streamed result,
 * and any non-text outputs. `data-state="in_progress|complete|failed|cancelled|requires_action"`.
 * Memoized on the item.
 */
export const ThreadToolCall = memo(
  forwardRef<HTMLDetailsElement, ThreadToolCallProps>(function ThreadToolCall({ item, statusLabels, className, ...props }, ref) {
    const label = statusLabels?.[item.status] ?? defaultStatusLabels[item.status];
    const args = formatJson(item.arguments);
    return (
      <details
        ref={ref}
        className={joinClassNames('tl-tool-call', className)}
        data-state={item.status}
        aria-busy={item.status === 'in_progress' || undefined}
        {...props}
      >
        <summary className="tl-tool-call-summary">
          <span className="tl-tool-call-name">{item.name}</span>
          <span className="tl-tool-call-status">{label}</span>
        </summary>
        {args ? (
          <div className="tl-tool-call-section">
            <p className="tl-tool-call-label">Arguments</p>
            <pre className="tl-tool-call-arguments">{args}</pre>
          </div>
        ) : null}
        {item.result !== null ? (
          <div className="tl-tool-call-section">
            <p className="tl-tool-call-label">Result</p>
            <pre className="tl-tool-call-result">{formatJson(item.result)}</pre>
          </div>
        ) : null}
        {item.outputs.length > 0 ? (
          <div className="tl-tool-call-outputs">
            {item.outputs.map((part, index) => (
              <ToolCallOutput key={index} part={part} />
            ))}
          </div>
        ) : null}
      </details>
    );
  }),
);

// An image is drawn only from an http(s) or inline raster URL; anything else stays a labelled placeholder.
function ToolCallOutput({ part }: { part: ContentPart }) {
  switch (part.type) {
    case 'image': {
      const src = sanitizeImageUrl(part.url, { allowDataImages: true });
      if (!src) return <ImagePlaceholder part={part} />;
      return <img className="tl-tool-call-image" src={src} alt={`Image ${part.fileId}`} referrerPolicy="no-referrer" loading="lazy" />;
    }
    case 'text': {
      return <pre className="tl-tool-call-output-text">{part.text}</pre>;
    }
    case 'artifact': {
      return <p className="tl-tool-call-output-artifact">Artifact {part.artifactId}</p>;
    }
    default: {
      part satisfies never;
      return null;
    }
  }
}
