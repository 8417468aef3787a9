/** A piece of message text, or an artifact marker found in it. */
export type MarkerSegment = { type: 'text'; text: string } | { type: 'artifact'; artifactId: string };

/** Finds artifact markers in text that arrives in arbitrary slices. */
export interface ArtifactMarkerScanner {
  /** Feeds the next slice; returns what can be decided so far, holding back a possible marker. */
  push(text: string): MarkerSegment[];
  /** Releases everything held back as text (the stream or the message ended). */
  flush(): MarkerSegment[];
}

/** The scanner as the Boosted decoder uses it. */
export interface BoostedMarkerScanner extends ArtifactMarkerScanner {
  /**
   * Whether `push(slice)` would hand the slice back whole as text and hold nothing back, so that
   * the caller may use the slice as it is and skip the push.
   */
  isPlainText(slice: string): boolean;
}

const FENCE = '```';
// A fence is kept back while it might still be a marker; past this size it is plain text.
const MAX_MARKER_LENGTH = 16 * 1024;
const INFO_STRING_THEN_BLANK = /^[A-Za-z0-9_+.-]*[ \t]*(?:\r?\n)?\s*/;

/**
 * A Boosted artifact marker is a fenced block, with or without a language tag, whose content
 * is a JSON object with an `artifact_id` key. It becomes an artifact part at its place in the
 * text; the fence, from its opening backticks to its closing ones, is removed and the
 * newlines around it stay. Any other fence stays text.
 *
 * Text streams through at once; only a fence that may still turn out to be a marker (or one
 * or two trailing backticks that may start a fence) is held until the next slice decides it.
 */
export function createArtifactMarkerScanner(): ArtifactMarkerScanner {
  return createBoostedMarkerScanner();
}

/** {@link createArtifactMarkerScanner}, with what the decoder asks of it on the per-chunk path. */
export function createBoostedMarkerScanner(): BoostedMarkerScanner {
  // 'text': outside fences; 'candidate': inside a fence that may be a marker; 'code': inside a fence that is not.
  let mode: 'text' | 'candidate' | 'code' = 'text';
  let held = '';

  // Most slices are a word of plain text: with no backtick there is nothing to hold or decide.
  function isPlainText(slice: string): boolean {
    return mode === 'text' && held === '' && !slice.includes('`');
  }

  function push(slice: string): MarkerSegment[] {
    if (isPlainText(slice)) return slice === '' ? [] : [{ type: 'text', text: slice }];
    const out: MarkerSegment[] = [];
    let buffer = held + slice;
    held = '';
    while (buffer !== '') {
      if (mode === 'candidate') {
        const closeAt = buffer.indexOf(FENCE, FENCE.length);
        if (closeAt === -1) {
          if (mayBecomeMarker(buffer)) {
            held = buffer;
            return out;
          }
          mode = 'code';
          emitText(out, buffer.slice(0, FENCE.length));
          buffer = buffer.slice(FENCE.length);
          continue;
        }
        const fence = buffer.slice(0, closeAt + FENCE.length);
        const artifactId = markerArtifactId(fence.slice(FENCE.length, closeAt));
        if (artifactId === null) emitText(out, fence);
        else out.push({ type: 'artifact', artifactId });
        buffer = buffer.slice(fence.length);
        mode = 'text';
        continue;
      }
      const fenceAt = buffer.indexOf(FENCE);
      if (fenceAt === -1) {
        const keep = trailingBackticks(buffer);
        emitText(out, buffer.slice(0, buffer.length - keep));
        held = buffer.slice(buffer.length - keep);
        return out;
      }
      if (mode === 'code') {
        emitText(out, buffer.slice(0, fenceAt + FENCE.length));
        buffer = buffer.slice(fenceAt + FENCE.length);
        mode = 'text';
        continue;
      }
      emitText(out, buffer.slice(0, fenceAt));
      buffer = buffer.slice(fenceAt);
      mode = 'candidate';
    }
    return out;
  }

  function flush(): MarkerSegment[] {
    const out: MarkerSegment[] = [];
    emitText(out, held);
    held = '';
    mode = 'text';
    return out;
  }

  return { push, flush, isPlainText };
}

/** Splits a whole text into segments at once (the final message, a history entry). */
export function splitArtifactMarkers(text: string): MarkerSegment[] {
  const scanner = createArtifactMarkerScanner();
  return mergeText([...scanner.push(text), ...scanner.flush()]);
}

function emitText(out: MarkerSegment[], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + text };
  else out.push({ type: 'text', text });
}

function mergeText(segments: MarkerSegment[]): MarkerSegment[] {
  const out: MarkerSegment[] = [];
  for (const segment of segments) {
    if (segment.type === 'text') emitText(out, segment.text);
    else out.push(segment);
  }
  return out;
}

function trailingBackticks(text: string): number {
  let count = 0;
  while (count < FENCE.length - 1 && text[text.length - 1 - count] === '`') count++;
  return count;
}

// `buffer` opens with a fence that has not closed yet.
function mayBecomeMarker(buffer: string): boolean {
  if (buffer.length > MAX_MARKER_LENGTH) return false;
  const body = buffer.slice(FENCE.length);
  const lead = INFO_STRING_THEN_BLANK.exec(body)?.[0] ?? '';
  return lead.length === body.length || body[lead.length] === '{';
}

function markerArtifactId(content: string): string | null {
  const json = content.slice(INFO_STRING_THEN_BLANK.exec(content)?.[0].length ?? 0).trim();
  if (!json.startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const id = (value as Record<string, unknown>).artifact_id;
    if (typeof id === 'string' && id !== '') return id;
    if (typeof id === 'number') return String(id);
    return null;
  } catch {
    return null;
  }
}
