import type { Citation } from '@threadline/headless';

/** One section of a long answer: a heading, a paragraph, a list, a table, a code fence and a quote. */
function section(index: number, marker = ''): string {
  return [
    `## Section ${index}: quarterly results`,
    '',
    `Revenue grew **${index % 90}% year over year**, see [the filing](https://www.sec.gov/) and ~~old guidance~~. Margins held at *41%* while \`total()\` sums the segments.${marker}`,
    '',
    '- Data centre revenue rose on new accelerators',
    '- Gaming was flat; automotive grew from a small base',
    '  1. nested detail with `inline code`',
    '',
    '| Quarter | Revenue | Margin |',
    '| --- | ---: | ---: |',
    `| Q3 FY${index} | 51.2 | 73.5% |`,
    `| Q2 FY${index} | 46.7 | 72.7% |`,
    '',
    '```ts',
    `const answer${index} = segments.reduce((sum, segment) => sum + segment.revenue, 0);`,
    '```',
    '',
    '> Guidance for the next quarter assumes steady supply.',
    '',
  ].join('\n');
}

/** A long markdown answer of exactly `length` characters, ~600 characters (six blocks) a section. */
export function longMarkdown(length: number): string {
  let text = '';
  for (let index = 1; text.length < length; index += 1) text += section(index);
  return text.slice(0, length);
}

/** A long answer with citations, and the citations that have arrived once `length` characters have streamed. */
export interface CitedMarkdown {
  text: string;
  /** The citations positioned before `length`, the same array for as long as none arrives. */
  citationsAt(length: number): Citation[];
}

function citation(index: number, start: number, end: number): Citation {
  return {
    type: 'file',
    start,
    end,
    id: `citation-${index}`,
    title: `q3_report_${index}.txt`,
    url: null,
    snippet: 'Revenue grew year over year.',
    highlights: [],
    source: null,
    date: null,
    details: {},
  };
}

/**
 * A long answer of `length` characters whose every paragraph ends with a source marker the model
 * wrote (`【4:0†q3_report.txt】`, replaced by its citation's chip, as in Assistants) and whose every
 * heading is cited as a span (the chip goes after it, as in Boosted).
 */
export function longCitedMarkdown(length: number): CitedMarkdown {
  let text = '';
  const citations: Citation[] = [];
  for (let index = 1; text.length < length; index += 1) {
    const marker = `【4:${index}†q3_report.txt】`;
    const body = section(index, marker);
    const heading = body.indexOf('\n');
    citations.push(citation(citations.length, text.length, text.length + heading));
    const markerStart = text.length + body.indexOf(marker);
    citations.push(citation(citations.length, markerStart, markerStart + marker.length));
    text += body;
  }
  text = text.slice(0, length);
  const arrived: Citation[][] = [];
  return {
    text,
    citationsAt(streamed) {
      const count = citations.filter((cited) => (cited.end ?? 0) <= streamed).length;
      arrived[count] ??= citations.slice(0, count);
      return arrived[count];
    },
  };
}
