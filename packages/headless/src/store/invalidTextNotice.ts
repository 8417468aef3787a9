import type { ThreadEvent } from '../events/ThreadEvent';

/** The warning a thread gets when its stream carried bytes that are not UTF-8. */
export const invalidTextNotice: ThreadEvent = {
  type: 'notice-add',
  notice: { level: 'warning', title: null, message: 'The stream carried bytes that are not valid UTF-8; they show as \uFFFD.' },
};
