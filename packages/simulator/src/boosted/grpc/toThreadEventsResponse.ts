import { create, fromJson } from '@bufbuild/protobuf';
import type { JsonObject } from '@bufbuild/protobuf';
import { BinaryWriter, WireType } from '@bufbuild/protobuf/wire';
import type { BoostedCitation } from '../BoostedCitation';
import type { BoostedFrame } from '../BoostedFrame';
import { StreamThreadEventsResponseSchema, ThreadDataSchema } from './gen/boosted/thread/v1/thread_service_pb';
import type { StreamThreadEventsResponse } from './gen/boosted/thread/v1/thread_service_pb';

/** A keepalive: a response with no `thread_data`. */
export function keepaliveResponse(threadId: string): StreamThreadEventsResponse {
  return create(StreamThreadEventsResponseSchema, { threadId });
}

// A field number this .proto does not use: the member a newer .proto might add to the oneof.
const unknownMember = 15;

/**
 * A `malformed` step over gRPC, where a frame cannot be invalid JSON: a `ThreadData` whose only
 * field is one the client's schema does not know, carrying the step's text.
 */
export function unknownPayloadResponse(threadId: string, text: string): StreamThreadEventsResponse {
  const threadData = create(ThreadDataSchema);
  threadData.$unknown = [{ no: unknownMember, wireType: WireType.LengthDelimited, data: new BinaryWriter().bytes(new TextEncoder().encode(text)).finish() }];
  return create(StreamThreadEventsResponseSchema, { threadId, threadData });
}

/**
 * A frame as the gRPC stream sends it, or null for `task_status`, which that stream lacks (its
 * complete message ends the run). The .proto's field names are the SSE frame's keys, so the
 * frame's data is read as the `ThreadData` member's JSON form; only the citations change shape,
 * their type-specific fields moving under `<type>_citation`. An unknown key throws: every
 * field the SSE stream sends must exist in the .proto.
 */
export function toThreadEventsResponse(threadId: string, frame: BoostedFrame): StreamThreadEventsResponse | null {
  let member: string;
  let data: JsonObject;
  switch (frame.event) {
    case 'task_status': {
      return null;
    }
    case 'message_work_in_progress': {
      member = 'work_in_progress_event';
      data = frame.data;
      break;
    }
    case 'message': {
      member = 'message_event';
      data = { message: frame.data.message, message_metadata: { citations: frame.data.message_metadata.citations.map(toCitationJson) } };
      break;
    }
    case 'message_chunk':
    case 'thread_name':
    case 'worker_error':
    case 'message_cancelled': {
      member = `${frame.event}_event`;
      data = frame.data;
      break;
    }
    default: {
      frame satisfies never;
      return null;
    }
  }
  return create(StreamThreadEventsResponseSchema, { threadId, threadData: fromJson(ThreadDataSchema, { [member]: data }) });
}

function toCitationJson(citation: BoostedCitation): JsonObject {
  const { citation_id, citation_type, ...fields } = citation;
  // The SSE stream calls a document citation `text`.
  const member = citation_type === 'text' ? 'document_citation' : `${citation_type}_citation`;
  return { citation_id, citation_type, [member]: fields };
}
