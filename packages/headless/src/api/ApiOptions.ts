import type { HeadersOption } from '../transport/HeadersOption';

/** Where and how to reach a vendor API. */
export interface ApiOptions {
  /** The API root (for example `https://api.openai.com/v1`). */
  baseUrl: string;
  /** Sent with every request; a function is evaluated per request, so a fresh token is used. */
  headers?: HeadersOption;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
}
