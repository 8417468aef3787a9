/** Logs a decoder warning unless the bundle is built for production. */
export function warnInDevelopment(message: string): void {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  if (env?.NODE_ENV === 'production') return;
  console.warn(`[threadline] ${message}`);
}
