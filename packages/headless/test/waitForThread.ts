import type { ThreadlineClient, ThreadState } from '@threadline/headless';

/** Resolves with the thread once `predicate` holds (checked on every store change), or rejects after `timeoutMs`. */
export function waitForThread(client: ThreadlineClient, key: string, predicate: (thread: ThreadState) => boolean, timeoutMs = 5000): Promise<ThreadState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`timed out; thread is ${JSON.stringify(client.threadStore.getThread(key)?.status)}`));
    }, timeoutMs);
    const check = () => {
      client.threadStore.flush();
      const thread = client.threadStore.getThread(key);
      if (thread && predicate(thread)) {
        clearTimeout(timer);
        unsubscribe();
        resolve(thread);
      }
    };
    const unsubscribe = client.threadStore.store.subscribe(check);
    check();
  });
}
