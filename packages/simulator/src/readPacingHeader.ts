import type { IncomingMessage } from 'node:http';
import type { Pacing } from './Pacing';
import { pacingHeader } from './Pacing';

/** What {@link readPacingHeader} found: no header, a pacing, or why the header is invalid. */
export type PacingHeaderResult = { pacing: Pacing | undefined } | { invalid: string };

const integerFields = { 'words-per-delta': 'wordsPerDelta', burst: 'burst', 'max-deltas': 'maxDeltas' } as const;

function parsePacing(header: string): PacingHeaderResult {
  const pacing: Partial<Pacing> = {};
  for (const field of header.split(/[,;]/)) {
    const [name = '', value = ''] = field.split('=').map((part) => part.trim());
    const number = Number(value);
    if (name === 'deltas-per-second') {
      if (!(number > 0) || !Number.isFinite(number)) return { invalid: `${pacingHeader}: deltas-per-second must be a positive number` };
      pacing.deltasPerSecond = number;
    } else if (Object.hasOwn(integerFields, name)) {
      if (!Number.isInteger(number) || number < 1) return { invalid: `${pacingHeader}: ${name} must be a positive integer` };
      pacing[integerFields[name as keyof typeof integerFields]] = number;
    } else {
      return { invalid: `${pacingHeader}: unknown field "${name}"` };
    }
  }
  if (pacing.deltasPerSecond === undefined) return { invalid: `${pacingHeader}: deltas-per-second is required` };
  return { pacing: { ...pacing, deltasPerSecond: pacing.deltasPerSecond } };
}

/** Reads the {@link pacingHeader} header of a request; `{ pacing: undefined }` when it is absent or blank. */
export function readPacingHeader(req: IncomingMessage): PacingHeaderResult {
  const header = req.headers[pacingHeader];
  if (typeof header !== 'string' || header.trim() === '') return { pacing: undefined };
  return parsePacing(header);
}
