import { connectSse } from './connectSse';
import type { SseConnection } from './connectSse';

/** POSTs a JSON body. */
export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** POSTs a JSON body and reads the answer as SSE. */
export function streamPost(url: string, body: unknown, headers: Record<string, string> = {}): Promise<SseConnection> {
  return connectSse(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** GETs a URL and parses its JSON body. */
export async function getJson<T>(url: string): Promise<T> {
  return (await (await fetch(url)).json()) as T;
}

/** Collapses runs of equal entries, so a sequence of many deltas reads as one step. */
export function collapseRepeats(names: readonly string[]): string[] {
  return names.filter((name, index) => name !== names[index - 1]);
}
