/** Where the value of a frame's first `data:` line lies, as string indices (end exclusive). */
export interface DataValueRange {
  start: number;
  end: number;
}

/** Finds the value of the first `data:` line of an SSE frame: after `data:` and one space, up to the line end. */
export function locateDataValue(frame: string): DataValueRange | undefined {
  const match = /^data: ?/m.exec(frame);
  if (!match) return undefined;
  const start = match.index + match[0].length;
  const lineEnd = frame.slice(start).search(/\r\n|\r|\n/);
  return { start, end: lineEnd === -1 ? frame.length : start + lineEnd };
}
