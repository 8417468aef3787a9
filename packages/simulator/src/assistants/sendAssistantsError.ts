import type { ServerResponse } from 'node:http';
import { sendJson } from '../sendJson';

/** Optional fields of an OpenAI error. */
export interface AssistantsErrorDetails {
  type?: string;
  param?: string | null;
  code?: string | null;
}

/** Answers with the OpenAI error shape `{"error":{"message","type","param","code"}}`. */
export function sendAssistantsError(
  res: ServerResponse,
  status: number,
  message: string,
  { type = 'invalid_request_error', param = null, code = null }: AssistantsErrorDetails = {},
  extra: Record<string, unknown> = {},
): void {
  sendJson(res, status, { error: { message, type, param, code }, ...extra });
}
