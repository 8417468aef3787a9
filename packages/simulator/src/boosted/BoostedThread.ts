import { randomUUID } from 'node:crypto';
import type { SseStream } from '../openSseStream';
import type { BoostedFraming } from '../SimulatorOptions';
import type { BoostedArtifact } from './BoostedArtifact';
import type { BoostedCitation } from './BoostedCitation';
import type { BoostedFrame } from './BoostedFrame';

/** A message as `GET /v2/threads/{thread_id}/messages` returns it. */
export interface BoostedStoredMessage {
  message_id: string;
  is_user_message: boolean;
  /** For the assistant: the full text so far, artifact markers included. */
  message: string;
  message_metadata: { citations: BoostedCitation[] };
  message_time: string;
}

/** The `progress_data` object of `GET /v2/threads/{thread_id}/progress`. */
export interface BoostedProgress {
  /** The latest work-in-progress log. */
  log: string;
  status: 'Running' | 'Complete';
}

/** An open stream on a thread, with the framing it asked for. */
export interface BoostedSubscriber {
  stream: SseStream;
  framing: BoostedFraming;
}

/** The scenario run in progress on a thread. */
export interface BoostedRun {
  /** Aborted by `DELETE /v2/threads/{thread_id}/task`. */
  controller: AbortController;
  /** Set once a `closeStreams` step has run: the rest of the run updates state only. */
  silent: boolean;
  /** The frames the run has sent so far, which a `duplicate-after-reconnect` fault sends again. */
  frames: BoostedFrame[];
}

/** The simulator's state for one thread. */
export interface BoostedThread {
  id: string;
  name: string;
  createdAt: string;
  messages: BoostedStoredMessage[];
  artifacts: Map<string, BoostedArtifact>;
  /** Null until the first run starts. */
  progress: BoostedProgress | null;
  subscribers: Set<BoostedSubscriber>;
  run: BoostedRun | undefined;
}

/** Creates an empty thread with a fresh uuid. */
export function createBoostedThread(name: string): BoostedThread {
  return {
    id: randomUUID(),
    name,
    createdAt: new Date().toISOString(),
    messages: [],
    artifacts: new Map(),
    progress: null,
    subscribers: new Set(),
    run: undefined,
  };
}
