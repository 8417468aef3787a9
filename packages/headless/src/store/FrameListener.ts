import type { ThreadEvent } from '../events/ThreadEvent';
import type { SseMessage } from '../transport/SseMessage';

/** Receives one SSE message as it arrived and the canonical events decoded from it (possibly none). */
export type FrameListener = (frame: SseMessage, events: readonly ThreadEvent[]) => void;
