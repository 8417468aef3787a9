import type { ServerResponse } from 'node:http';
import type { Http2ServerResponse } from 'node:http2';
import type { Dialect } from '../Dialect';
import { matchScenarioPin } from '../matchScenarioPin';
import { sendJson } from '../sendJson';
import type { BoostedSettings } from './BoostedContext';
import type { BoostedThread } from './BoostedThread';
import { boostedRoutes } from './boostedRoutes';
import { boostedScenarioNames, findBoostedScenario } from './boostedScenarios';
import { createBoostedGrpcHandler } from './grpc/createBoostedGrpcHandler';
import type { NodeServerRequest } from './grpc/createBoostedThreadService';

/** The Boosted dialect, which also serves the Thread API's gRPC service. */
export interface BoostedDialect extends Dialect {
  /**
   * Serves a gRPC, gRPC-web or Connect call to `ThreadService` from an HTTP/2 (or HTTP/1.1)
   * request whose path is below `/boosted`; false when the path names no method.
   */
  handleGrpc(req: NodeServerRequest, res: ServerResponse | Http2ServerResponse, path: string): boolean;
}

/**
 * The Boosted Thread API under `/boosted`. `/boosted/scenario/<name>/v2/...` serves the same
 * routes with every posted message pinned to scenario `<name>`. Its gRPC service answers under
 * the same base URL (`/boosted/boosted.thread.v1.ThreadService/...`), pinned or not.
 */
export function createBoostedDialect(settings: BoostedSettings): BoostedDialect {
  const threads = new Map<string, BoostedThread>();
  const grpc = createBoostedGrpcHandler(threads, settings);

  return {
    prefix: '/boosted',
    handleGrpc: (req, res, path) => grpc.handle(req, res, matchScenarioPin(path)?.rest ?? path),
    async handle({ req, res, path, query }) {
      const pin = matchScenarioPin(path);
      if (grpc.handle(req, res, pin?.rest ?? path)) return true;
      const pinnedScenario = pin?.name;
      if (pinnedScenario !== undefined && !findBoostedScenario(pinnedScenario)) {
        sendJson(res, 400, { detail: `Unknown scenario "${pinnedScenario}"`, scenarios: boostedScenarioNames });
        return true;
      }
      const match = boostedRoutes.match(req.method ?? 'GET', pin?.rest ?? path);
      if (!match) return false;
      await match.handler({ req, res, query, threads, settings, pinnedScenario }, match.params);
      return true;
    },
    close() {
      for (const thread of threads.values()) {
        for (const subscriber of [...thread.subscribers]) subscriber.end();
      }
    },
  };
}
