import { serveSseWorker } from './serveSseWorker';

// The module `createSseWorkerTransport` starts: as a shared worker it serves each page that
// connects on that page's port; as a dedicated worker, on its own scope.
if ('onconnect' in self) {
  self.addEventListener('connect', (event) => {
    const port = (event as MessageEvent).ports[0]!;
    serveSseWorker(port);
    port.start();
  });
} else {
  serveSseWorker(self);
}
