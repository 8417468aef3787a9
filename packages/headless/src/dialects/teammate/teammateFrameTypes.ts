/**
 * The Teammate frame types the decoder knows but turns into no event: heartbeats and the
 * runtime's internal frames that the m8tes SDK passes through without a warning.
 */
export const silentTeammateFrameTypes: ReadonlySet<string> = new Set([
  'keep-alive',
  'ping',
  'RUNNER_DIAG',
  'message_snapshot',
  'system_message',
  'sdk_init',
  'sdk_success',
  'sdk_content_snapshot',
  'stderr',
  'user_message',
  'compact_boundary',
  'conversation_reset',
  'permission_auto_allowed',
  'task_started',
  'task_progress',
  'tool-result-start',
  'error_cleared',
]);

/** Frame types that end the run as failed (the SDK's `TERMINAL_FAILURE_TYPES`). */
export const terminalFailureTypes: ReadonlySet<string> = new Set([
  'sdk_error',
  'AGENT_RUNNER_DIED',
  'RUNNER_LIFECYCLE_ERROR',
  'SANDBOX_BOOT_TIMEOUT',
  'SANDBOX_QUOTA_EXHAUSTED',
  'SANDBOX_UNAVAILABLE',
  'SNAPSHOT_VERSION_MISMATCH',
]);

/** Frames that report a problem the run survives, with the title their notice gets. */
export const warningNoticeTitles: ReadonlyMap<string, string> = new Map([
  ['mcp_error', 'Tool server error'],
  ['mcp_auth_failed', 'Tool server sign-in failed'],
  ['rate_limit', 'Rate limited'],
]);

/** Frames that log a line of progress, with the line shown when the frame has no `message`. */
export const progressFrameTexts: ReadonlyMap<string, string> = new Map([
  ['sandbox-connecting', 'Connecting to the sandbox…'],
  ['sandbox-connected', 'Sandbox ready'],
  ['desktop-ready', 'Desktop ready'],
]);
