// pnpm replay <file.sse> [--dialect auto|boosted|assistants|teammate|chatkit] [--chunks whole|random --seed N]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dialectNames, replayTranscript, sliceRandomly, toSnapshot } from '../src/index';
import type { DialectName } from '../src/index';

function fail(message: string): never {
  console.error(`replay: ${message}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dialect: { type: 'string', default: 'auto' },
    chunks: { type: 'string', default: 'whole' },
    seed: { type: 'string', default: '1' },
  },
});

const [file] = positionals;
if (!file) fail('usage: pnpm replay <file.sse> [--dialect auto|boosted|assistants|teammate|chatkit] [--chunks random --seed N]');
const dialect = values.dialect as DialectName | 'auto';
if (dialect !== 'auto' && !dialectNames.includes(dialect)) fail(`unknown dialect "${dialect}"`);
if (values.chunks !== 'whole' && values.chunks !== 'random') fail(`--chunks takes whole or random, not "${values.chunks}"`);
const seed = Number(values.seed);
if (!Number.isInteger(seed)) fail(`--seed takes an integer, not "${values.seed}"`);

let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (error) {
  fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
}

try {
  const slices = values.chunks === 'random' ? sliceRandomly(bytes, seed) : [bytes];
  const { state } = replayTranscript(slices, { dialect, onWarning: (message) => console.error(`replay: ${message}`) });
  process.stdout.write(`${JSON.stringify(toSnapshot(state), null, 2)}\n`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
