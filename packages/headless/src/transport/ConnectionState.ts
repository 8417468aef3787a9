/**
 * The state of a stream's connection, kept apart from the thread's run status: a run can be
 * `running` while its connection is `closed`, and a connection `open` while the thread is idle.
 *
 * `connecting → open → stalled → reconnecting → open | closed | failed`: `stalled` when the
 * stream has sent nothing (not even a heartbeat) for longer than it should, `reconnecting`
 * while a dropped or stalled stream waits to be, or is being, opened again.
 */
export type ConnectionState = 'idle' | 'connecting' | 'open' | 'stalled' | 'reconnecting' | 'closed' | 'failed';
