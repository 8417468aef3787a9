// The source markers an Assistants model writes into its text, `【4:0†q3_report.txt】`: lenticular
// brackets around a message and source index, a dagger, and the source's name.

/** Every complete source marker in a text (global: use with `matchAll` or `replace`). */
export const sourceMarkers = /【[^【】\n]*†[^【】\n]*】/g;

/** A source marker still being written at the end of a streaming text. */
export const partialSourceMarker = /【[^【】\n]*$/;

/** Whether a span an annotation covers is a marker: one bracketed run, dagger or not (the annotation says it is one). */
export function isSourceMarker(text: string): boolean {
  return /^【[^【】]*】$/.test(text);
}
