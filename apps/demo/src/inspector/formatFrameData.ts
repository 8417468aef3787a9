/** A frame's data for reading: indented when it is JSON, as it came otherwise. */
export function formatFrameData(data: string): { text: string; json: boolean } {
  try {
    return { text: JSON.stringify(JSON.parse(data), null, 2), json: true };
  } catch {
    return { text: data, json: false };
  }
}
