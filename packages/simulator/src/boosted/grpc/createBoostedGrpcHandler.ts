import type { ServerResponse } from 'node:http';
import type { Http2ServerResponse } from 'node:http2';
import { createConnectRouter, createContextValues } from '@connectrpc/connect';
import { universalRequestFromNodeRequest, universalResponseToNodeResponse } from '@connectrpc/connect-node';
import type { BoostedSettings } from '../BoostedContext';
import type { BoostedThread } from '../BoostedThread';
import { createBoostedThreadService, nodeRequestKey } from './createBoostedThreadService';
import type { NodeServerRequest } from './createBoostedThreadService';
import { ThreadService } from './gen/boosted/thread/v1/thread_service_pb';

/** Serves the Boosted gRPC service's calls. */
export interface BoostedGrpcHandler {
  /**
   * Serves the call when `path` (below `/boosted` and any scenario pin) is a method of
   * `ThreadService`, `/boosted.thread.v1.ThreadService/<method>`, and returns true; false
   * otherwise. Answers the Connect protocol and gRPC-web over HTTP/1.1 or HTTP/2, and gRPC over
   * HTTP/2 (the bidirectional method needs HTTP/2).
   */
  handle(req: NodeServerRequest, res: ServerResponse | Http2ServerResponse, path: string): boolean;
}

/** Creates the handler of `ThreadService` on the simulator's Boosted threads. */
export function createBoostedGrpcHandler(threads: ReadonlyMap<string, BoostedThread>, settings: BoostedSettings): BoostedGrpcHandler {
  const router = createConnectRouter();
  router.service(ThreadService, createBoostedThreadService(threads, settings));
  const handlers = new Map(router.handlers.map((handler) => [handler.requestPath, handler]));
  return {
    handle(req, res, path) {
      const handler = handlers.get(path);
      if (!handler) return false;
      const request = universalRequestFromNodeRequest(req, res, undefined, createContextValues().set(nodeRequestKey, req));
      handler(request)
        .then((response) => universalResponseToNodeResponse(response, res))
        // A call the client left, or a connection a fault broke, fails its last write: nothing to report.
        .catch(() => undefined);
      return true;
    },
  };
}
