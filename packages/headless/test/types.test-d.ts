import { expectTypeOf } from 'vitest';
import type { ConnectionState, ThreadEvent, ThreadEventType, ThreadItem, ThreadStatus } from '@threadline/headless';
import type { ThreadStreamResult } from '@threadline/headless/react';

// Event names are <noun>-<verb>; this list must change when the union does.
expectTypeOf<ThreadEventType>().toEqualTypeOf<
  | 'run-start'
  | 'run-update'
  | 'action-require'
  | 'run-end'
  | 'run-error'
  | 'thread-update'
  | 'message-start'
  | 'text-delta'
  | 'part-add'
  | 'citation-add'
  | 'message-end'
  | 'progress-add'
  | 'tool-call-start'
  | 'tool-call-delta'
  | 'tool-call-end'
  | 'tool-result-delta'
  | 'tool-output-add'
  | 'tool-result-end'
  | 'reasoning-start'
  | 'reasoning-delta'
  | 'reasoning-end'
  | 'workflow-update'
  | 'widget-update'
  | 'notice-add'
  | 'client-effect'
  | 'item-remove'
>();

expectTypeOf<Extract<ThreadEvent, { type: 'text-delta' }>>().toEqualTypeOf<{ type: 'text-delta'; messageId: string; delta: string; partIndex?: number }>();
expectTypeOf<ThreadStreamResult['items']>().toEqualTypeOf<readonly ThreadItem[]>();
expectTypeOf<ThreadStreamResult['status']>().toEqualTypeOf<ThreadStatus>();
expectTypeOf<ThreadStreamResult['connection']>().toEqualTypeOf<ConnectionState>();
expectTypeOf<ThreadStreamResult['send']>().parameters.toEqualTypeOf<[string]>();
