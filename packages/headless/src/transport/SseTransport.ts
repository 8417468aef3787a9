import type { OpenSseStreamOptions } from './openSseStream';

/**
 * Opens an event stream and reports what it carries, with the contract of
 * {@link openSseStream} (the default): resolves when the body ends, rejects with a
 * `TransportError` otherwise. {@link createSseWorkerTransport} is the other one: it reads the
 * stream in a Web Worker, off the page's main thread.
 */
export type SseTransport = (options: OpenSseStreamOptions) => Promise<void>;
