/**
 * Runs the user's handler, then ours unless the user called `preventDefault()`, so a user prop
 * spread over a part's defaults extends its behaviour instead of silently removing it.
 */
export function composeHandlers<E extends { defaultPrevented: boolean }>(
  user: ((event: E) => void) | undefined,
  own: (event: E) => void,
): (event: E) => void {
  return (event) => {
    user?.(event);
    if (!event.defaultPrevented) own(event);
  };
}
