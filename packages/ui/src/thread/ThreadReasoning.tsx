import { forwardRef, memo } from 'react';
import type { DetailsHTMLAttributes } from 'react';
import type { ReasoningItem, ReasoningVariant } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { MarkdownText } from '../markdown/MarkdownText';

/** Props of {@link ThreadReasoning}. */
export interface ThreadReasoningProps extends DetailsHTMLAttributes<HTMLDetailsElement> {
  item: ReasoningItem;
  /** The summary's words per variant (default Reasoning, Thinking, Plan). */
  labels?: Partial<Record<ReasoningVariant, string>>;
}

const defaultLabels: Record<ReasoningVariant, string> = {
  reasoning: 'Reasoning',
  thinking: 'Thinking',
  plan: 'Plan',
};

/**
 * The default reasoning block of `Thread.Messages`: a collapsed `<details>` whose summary names
 * the variant and whose body is the streamed text as markdown (with a caret while it streams).
 * `data-state="in_progress|complete"`, `data-variant="reasoning|thinking|plan"`. Memoized on the item.
 */
export const ThreadReasoning = memo(
  forwardRef<HTMLDetailsElement, ThreadReasoningProps>(function ThreadReasoning({ item, labels, className, ...props }, ref) {
    const streaming = item.status === 'in_progress';
    const label = labels?.[item.variant] ?? defaultLabels[item.variant] ?? item.variant;
    return (
      <details
        ref={ref}
        className={joinClassNames('tl-reasoning', className)}
        data-state={item.status}
        data-variant={item.variant}
        aria-busy={streaming || undefined}
        {...props}
      >
        <summary className="tl-reasoning-summary">{streaming ? `${label}…` : label}</summary>
        <MarkdownText className="tl-reasoning-text" text={item.text} streaming={streaming} />
      </details>
    );
  }),
);
