// Imported first by renderOnServer.tsx, before any package: from then on every read of a
// browser-only global is recorded with the stack that made it, and answers `undefined`, as
// it does in Node. Guarded reads (`typeof window`) are recorded too.

/** A read of a browser-only global: which one, and the stack frames that made it. */
export interface GlobalRead {
  name: string;
  frames: string[];
}

const watched = ['window', 'document', 'localStorage', 'sessionStorage', 'self'];

/** Every read so far, in order. */
export const browserGlobalReads: GlobalRead[] = [];

for (const name of watched) {
  if (name in globalThis) throw new Error(`${name} is defined: the server test needs plain Node.`);
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const frames = (new Error().stack ?? '').split('\n').slice(2).map((line) => line.trim());
      browserGlobalReads.push({ name, frames });
      return undefined;
    },
  });
}
