import { randomUUID } from 'node:crypto';
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
  /** `Failed` after a worker error. */
  status: 'Running' | 'Complete' | 'Failed';
}

/** An open stream on a thread, in its transport: SSE in the framing it asked for, or a gRPC call. */
export interface BoostedSubscriber {
  /** Sends a frame, in the transport's form of it (a gRPC stream has no form of `task_status`). */
  send(frame: BoostedFrame): void;
  /** Sends a `malformed` step: the raw text over SSE, a payload the client cannot know over gRPC. */
  sendMalformed(text: string): void;
  /** Ends the stream, as a server closing it early would. */
  end(): void;
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
