import type { ThreadError } from '../../events/ThreadError';
import { isRecord, pickString } from './pickString';

// Codes that name a condition a retry cannot fix (quota, billing, auth, bad input).
const NOT_RETRYABLE = /quota|balance|credit|billing|payment|insufficient|unauthori[sz]ed|forbidden|invalid|not_found|validation|refus|policy/i;

/**
 * The error an `error` frame (`{error, error_code?}`) or a terminal failure frame
 * (`{type: 'SANDBOX_BOOT_TIMEOUT', error?, message?}`) reports. A terminal failure's code is
 * its type and its message `raw.error || raw.message || type`, as the m8tes SDK reads it.
 * An explicit boolean `retryable` wins over what the code suggests.
 */
export function toTeammateError(raw: unknown, terminalType: string | null): ThreadError {
  const nested = isRecord(raw) && isRecord(raw.error) ? raw.error : null;
  const code = terminalType ?? pickString(raw, 'error_code', 'code') ?? pickString(nested, 'code', 'type');
  const message =
    pickString(raw, 'error', 'message', 'detail') ?? pickString(nested, 'message') ?? terminalType ?? 'The run failed without saying why.';
  const explicit = isRecord(raw) && typeof raw.retryable === 'boolean' ? raw.retryable : null;
  return { kind: 'server', code, message, retryable: explicit ?? (code === null || !NOT_RETRYABLE.test(code)) };
}
