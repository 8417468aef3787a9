import { memo } from 'react';
import type { ToolCallItem } from '@threadline/headless';

/** Props of {@link ThreadToolCall}. */
export interface ThreadToolCallProps {
  item: ToolCallItem;
}

/** The default tool call of `Thread.Messages`: its name, and its arguments and result on demand. */
export const ThreadToolCall = memo(function ThreadToolCall({ item }: ThreadToolCallProps) {
  return (
    <details className="tl-tool-call" data-state={item.status}>
      <summary>{item.name}</summary>
      {item.arguments ? <pre className="tl-tool-call-arguments">{item.arguments}</pre> : null}
      {item.result !== null ? <pre className="tl-tool-call-result">{item.result}</pre> : null}
    </details>
  );
});
