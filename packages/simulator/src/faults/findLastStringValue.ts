/**
 * Finds the last string literal of a JSON text that is a value rather than a key, and returns
 * the index just after its opening quote; undefined when there is none. In a text-delta frame
 * that is the start of the text.
 */
export function findLastStringValue(json: string): number | undefined {
  let found: number | undefined;
  for (let index = 0; index < json.length; index++) {
    if (json[index] !== '"') continue;
    const start = index + 1;
    index = start;
    while (index < json.length && json[index] !== '"') index += json[index] === '\\' ? 2 : 1;
    let next = index + 1;
    while (next < json.length && /\s/.test(json[next] ?? '')) next++;
    if (json[next] !== ':') found = start;
  }
  return found;
}
