import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { pipeline } from 'node:stream';
import type { Connect, Plugin } from 'vite';
import { devProxy } from './src/backend/devProxy.ts';

// Headers about this hop or about the demo's own origin and session; the API must not see them.
const droppedRequestHeaders = new Set([
  'host',
  'origin',
  'referer',
  'cookie',
  'connection',
  'keep-alive',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  devProxy.targetHeader,
]);
// A cookie set by the API would land on the dev server's origin.
const droppedResponseHeaders = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'trailer', 'transfer-encoding', 'upgrade', 'set-cookie']);

function pick(headers: IncomingHttpHeaders, dropped: ReadonlySet<string>): OutgoingHttpHeaders {
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    // HTTP/2 pseudo-headers (an https dev server) are not headers an HTTP/1.1 request may carry.
    if (value !== undefined && !dropped.has(name) && !name.startsWith(':')) kept[name] = value;
  }
  return kept;
}

function refuse(res: ServerResponse, status: number, detail: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ detail }));
}

/**
 * The upstream URL for a proxied request: the target base URL with the path after the proxy's
 * prefix appended and both queries kept. Null when the target is not an absolute http(s) URL, or
 * when the path would leave the base URL's path (`..`, plain or percent-encoded).
 */
export function resolveProxyTarget(target: string, rest: string): URL | null {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const queryStart = rest.indexOf('?');
  const path = queryStart === -1 ? rest : rest.slice(0, queryStart);
  const basePath = url.pathname.replace(/\/$/, '');
  // An empty rest is the base URL itself (a ChatKit endpoint), which may not end in a slash.
  if (path !== '') {
    // The origin never changes (a path cannot set it), but the URL parser resolves dot segments.
    url.pathname = `${basePath}${path}`;
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return null;
  }
  if (queryStart !== -1) {
    for (const [name, value] of new URLSearchParams(rest.slice(queryStart + 1))) url.searchParams.append(name, value);
  }
  return url;
}

// `host[:port]`, the host a bracketed IPv6 address or a name: no userinfo, path or spaces.
const hostHeader = /^(\[[\da-f:.]+\]|[^\s:@/\\?#[\]]+)(?::\d{1,5})?$/i;

/**
 * Whether a request's `Host` names this machine as a browser reaches it directly: `localhost`,
 * a `*.localhost` name, an IP address, or one of `allowedHosts` (Vite's `server.allowedHosts`:
 * a leading dot allows subdomains too; `true` allows any). A page on another domain that
 * rebinds its name to 127.0.0.1 sends its own name, so it cannot use the proxy.
 */
export function isAllowedProxyHost(host: string | undefined, allowedHosts: readonly string[] | true = []): boolean {
  if (allowedHosts === true) return true;
  const match = hostHeader.exec(host ?? '');
  if (!match?.[1]) return false;
  const hostname = match[1].toLowerCase();
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return true;
  if (isIP(hostname.replace(/^\[|\]$/g, '')) !== 0) return true;
  return allowedHosts.some((allowed) => (allowed.startsWith('.') ? hostname === allowed.slice(1) || hostname.endsWith(allowed) : hostname === allowed));
}

function forward(req: IncomingMessage, res: ServerResponse, rest: string): void {
  const target = req.headers[devProxy.targetHeader];
  if (typeof target !== 'string' || target.trim() === '') {
    return refuse(res, 400, `The dev proxy needs the ${devProxy.targetHeader} header: the API base URL to forward to.`);
  }
  const url = resolveProxyTarget(target.trim(), rest);
  if (!url) return refuse(res, 400, 'The dev proxy only forwards to http(s) URLs, and only to paths under the target URL.');

  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const upstream = send(url, { method: req.method, headers: pick(req.headers, droppedRequestHeaders) }, (response) => {
    res.writeHead(response.statusCode ?? 502, response.statusMessage, pick(response.headers, droppedResponseHeaders));
    // An event stream must reach the browser frame by frame: send the head now, then every chunk as it comes.
    res.flushHeaders();
    pipeline(response, res, () => undefined);
  });
  upstream.on('error', (error) => {
    if (res.headersSent) res.destroy();
    else refuse(res, 502, `The dev proxy could not reach ${url.origin}: ${error.message}`);
  });
  // A closed tab or an aborted fetch must end the upstream stream too.
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
}

/** Options of {@link createProxyMiddleware}. */
export interface ProxyMiddlewareOptions {
  /** Host names the proxy answers on besides localhost and IP addresses (Vite's `allowedHosts`). */
  allowedHosts?: readonly string[] | true;
}

/**
 * The dev proxy as connect middleware: requests under `devProxy.path` go to the URL in the
 * `devProxy.targetHeader` header (method, body and headers, less the browser's cookies, origin
 * and host), and the answer streams back unbuffered. Other requests pass to `next`. A request
 * whose `Host` is not this machine's (see {@link isAllowedProxyHost}) is refused with 403.
 */
export function createProxyMiddleware({ allowedHosts }: ProxyMiddlewareOptions = {}): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = req.originalUrl ?? req.url ?? '';
    const rest = url.slice(devProxy.path.length);
    if (!url.startsWith(devProxy.path) || (rest !== '' && !rest.startsWith('/') && !rest.startsWith('?'))) return next();
    // Vite's own host check runs after plugin middleware, so the proxy makes its own.
    if (!isAllowedProxyHost(req.headers.host, allowedHosts)) return refuse(res, 403, 'The dev proxy answers only on localhost or an IP address.');
    forward(req, res, rest);
  };
}

/**
 * Mounts the dev proxy on the dev and preview servers, so the demo can reach APIs that send no
 * CORS headers: the page calls its own origin, and the server, which CORS does not bind, calls the API.
 */
export function proxyPlugin(): Plugin {
  return {
    name: 'threadline-dev-proxy',
    configureServer: (server) => {
      server.middlewares.use(createProxyMiddleware({ allowedHosts: server.config.server.allowedHosts }));
    },
    configurePreviewServer: (server) => {
      server.middlewares.use(createProxyMiddleware({ allowedHosts: server.config.preview.allowedHosts }));
    },
  };
}
