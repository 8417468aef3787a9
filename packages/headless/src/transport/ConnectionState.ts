/**
 * The state of a stream's connection, kept apart from the thread's run status: a run can be
 * `running` while its connection is `closed`, and a connection `open` while the thread is idle.
 */
export type ConnectionState = 'idle' | 'connecting' | 'open' | 'closed' | 'failed';
