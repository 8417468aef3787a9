/**
 * Where the dev server's proxy (`apps/demo/proxyPlugin.ts`) listens and how it is told the
 * target: a request to `${devProxy.path}/v2/threads` with `${devProxy.targetHeader}: https://api.example.com`
 * goes to `https://api.example.com/v2/threads`. Shared by the plugin and the page that uses it.
 */
export const devProxy = {
  /** The path prefix the proxy answers under, on the dev (and preview) server's origin. */
  path: '/__proxy',
  /** The request header that carries the real base URL. */
  targetHeader: 'x-threadline-target',
} as const;
