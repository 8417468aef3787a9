import { serveSseWorker } from './serveSseWorker';

// The module a `Worker` runs for `createSseWorkerTransport`.
serveSseWorker(self);
