import { randomBytes } from 'node:crypto';

/** A fresh id like chatkit-python's default store: a prefix, `_`, 8 hex characters. */
export function createChatKitId(prefix: 'thr' | 'msg' | 'tc' | 'wf' | 'tsk' | 'shcx'): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}
