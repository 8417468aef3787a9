/** Cuts text into pieces of `size` characters (the last may be shorter), as streamed JSON or code arrives. */
export function splitIntoFragments(text: string, size: number): string[] {
  const fragments: string[] = [];
  for (let start = 0; start < text.length; start += size) fragments.push(text.slice(start, start + size));
  return fragments;
}
