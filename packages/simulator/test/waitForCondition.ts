/**
 * Resolves once `holds()` is true: checked at once and again whenever a listener in `listeners`
 * is called (the stream adds to the set and calls each on new data). Rejects after `timeoutMs`
 * with `what()` in the message.
 */
export function waitForCondition(listeners: Set<() => void>, holds: () => boolean, what: () => string, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const check = () => {
      if (!holds()) return;
      cleanup();
      resolve();
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`${what()} within ${timeoutMs} ms`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      listeners.delete(check);
    };
    listeners.add(check);
    check();
  });
}
