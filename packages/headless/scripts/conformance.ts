// pnpm conformance <dir>: every .sse file under <dir>, whole and in seeded random slices.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkTranscript } from '../src/index';

function fail(message: string): never {
  console.error(`conformance: ${message}`);
  process.exit(2);
}

function transcripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return transcripts(path);
      return entry.name.endsWith('.sse') ? [path] : [];
    });
}

const [dir] = process.argv.slice(2);
if (!dir) fail('usage: pnpm conformance <dir>');
try {
  if (!statSync(dir).isDirectory()) fail(`${dir} is not a folder`);
} catch {
  fail(`cannot read ${dir}`);
}

const files = transcripts(dir);
if (files.length === 0) fail(`no .sse files under ${dir}`);
let failed = 0;
for (const file of files) {
  const check = checkTranscript(readFileSync(file));
  if (!check.ok) failed += 1;
  const verdict = check.ok ? 'ok  ' : 'FAIL';
  const detail = check.ok ? `${check.events} events, identical in 5 random slicings` : check.problem;
  console.log(`${verdict} ${(check.dialect ?? '?').padEnd(10)} ${relative(dir, file)}  ${detail}`);
}
console.log(`${files.length} files, ${files.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
