/** The export's file name, `threadline-<dialect>-<timestamp>.sse`, with no characters a file system refuses. */
export function transcriptFileName(dialect: string, date: Date): string {
  return `threadline-${dialect}-${date.toISOString().replace(/[:.]/g, '-')}.sse`;
}
