import { toJson } from '@bufbuild/protobuf';
import type { SseMessage } from '../transport/SseMessage';
import { ThreadDataSchema } from './gen/boosted/thread/v1/thread_service_pb';
import type { StreamThreadEventsResponse } from './gen/boosted/thread/v1/thread_service_pb';

// A payload from a newer .proto that this client's schema does not know.
const unknownPayload: SseMessage = { data: '{"thread_data":{}}' };

/**
 * The SSE frame a gRPC response stands for, or null for a keepalive (a response without
 * `thread_data`). The .proto's field names are the SSE stream's JSON keys, so the `ThreadData`
 * in protobuf's JSON form (proto field names, implicit defaults written out as the SSE stream
 * writes them) is that frame, keyed by the event's gRPC name (`message_chunk_event`): the
 * Boosted decoder reads it as it reads SSE, knowing from the name that no task status follows.
 * A payload this client does not know becomes a `thread_data` frame, which the decoder ignores
 * with a warning.
 */
export function toBoostedSseMessage(response: StreamThreadEventsResponse): SseMessage | null {
  const data = response.threadData;
  if (!data) return null;
  if (data.payload.case === undefined) return unknownPayload;
  return { data: JSON.stringify(toJson(ThreadDataSchema, data, { useProtoFieldName: true, alwaysEmitImplicit: true })) };
}
