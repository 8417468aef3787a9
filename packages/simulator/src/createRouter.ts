/** The HTTP methods the simulator routes. */
export type HttpMethod = 'GET' | 'POST' | 'DELETE' | 'PATCH';

/** Handles one matched route; `params` holds the decoded `:name` path segments. */
export type RouteHandler<Context> = (context: Context, params: Readonly<Record<string, string>>) => void | Promise<void>;

/** A route found by {@link Router.match}. */
export interface RouteMatch<Context> {
  handler: RouteHandler<Context>;
  params: Readonly<Record<string, string>>;
}

/** A small method + path-pattern table. Patterns look like `/v2/threads/:threadId/messages`. */
export interface Router<Context> {
  add(method: HttpMethod, pattern: string, handler: RouteHandler<Context>): Router<Context>;
  match(method: string, path: string): RouteMatch<Context> | undefined;
}

interface Route<Context> {
  method: HttpMethod;
  segments: readonly string[];
  handler: RouteHandler<Context>;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function matchSegments(patternSegments: readonly string[], pathSegments: readonly string[]): Record<string, string> | undefined {
  if (patternSegments.length !== pathSegments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, patternSegment] of patternSegments.entries()) {
    const pathSegment = pathSegments[index] ?? '';
    if (patternSegment.startsWith(':')) {
      try {
        params[patternSegment.slice(1)] = decodeURIComponent(pathSegment);
      } catch {
        return undefined;
      }
    } else if (patternSegment !== pathSegment) {
      return undefined;
    }
  }
  return params;
}

/** Creates an empty {@link Router}; the first added route that matches wins. */
export function createRouter<Context>(): Router<Context> {
  const routes: Route<Context>[] = [];
  const router: Router<Context> = {
    add(method, pattern, handler) {
      routes.push({ method, segments: splitPath(pattern), handler });
      return router;
    },
    match(method, path) {
      const pathSegments = splitPath(path);
      for (const route of routes) {
        if (route.method !== method) continue;
        const params = matchSegments(route.segments, pathSegments);
        if (params) return { handler: route.handler, params };
      }
      return undefined;
    },
  };
  return router;
}
