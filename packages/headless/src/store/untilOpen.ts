/**
 * Runs a streamed exchange and settles as soon as its stream opens (the request was accepted),
 * or when the exchange ends or fails first. The exchange goes on in the background: what
 * happens after the open is reported on the thread, not through this promise.
 */
export function untilOpen(exchange: (onOpen: () => void) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      done();
    };
    exchange(() => settle(resolve)).then(
      () => settle(resolve),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}
