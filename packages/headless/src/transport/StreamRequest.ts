import type { HeadersOption } from './HeadersOption';

/** A request whose response is an event stream: what a controller opens with `openSseStream`. */
export interface StreamRequest {
  url: string;
  /** Defaults to GET. */
  method?: string;
  /** Sent as the JSON body. */
  json?: unknown;
  headers?: HeadersOption;
  fetch?: typeof fetch;
}
