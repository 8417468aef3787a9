import { forwardRef } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { joinClassNames } from '../internal/joinClassNames';
import { useCopyToClipboard } from './useCopyToClipboard';

/** Props of {@link CodeBlock}. */
export interface CodeBlockProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The code as plain text: what the copy button copies. */
  code: string;
  /** The fence's language (`ts` from ```` ```ts ````), shown as a label; none when null. */
  language?: string | null;
  /** The rendered code, placed inside the `pre` (by default the `code` element). */
  children?: ReactNode;
  /** Text of the copy button (default "Copy"). */
  copyLabel?: string;
  /** Text of the copy button for ~2 seconds after a copy (default "Copied"). */
  copiedLabel?: string;
}

/**
 * A fenced code block: a `div.tl-code-block` with `data-language`, a header with the language
 * and a copy button (`data-state="idle|copied"`), and the `pre`. Where the clipboard is
 * unavailable the button does nothing.
 */
export const CodeBlock = forwardRef<HTMLDivElement, CodeBlockProps>(function CodeBlock(
  { code, language = null, children, copyLabel = 'Copy', copiedLabel = 'Copied', className, ...props },
  ref,
) {
  const { state, copy } = useCopyToClipboard();
  return (
    <div ref={ref} className={joinClassNames('tl-code-block', className)} data-language={language ?? undefined} {...props}>
      <div className="tl-code-block-header">
        {language ? <span className="tl-code-block-language">{language}</span> : null}
        <button
          type="button"
          className="tl-code-block-copy"
          data-state={state}
          onClick={() => void copy(code)}
        >
          {state === 'copied' ? copiedLabel : copyLabel}
        </button>
      </div>
      <pre>{children ?? <code>{code}</code>}</pre>
    </div>
  );
});
