import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const copies = ['packages/headless/src/grpc/gen', 'packages/simulator/src/boosted/grpc/gen'];

function listFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('the TypeScript generated from proto/', () => {
  it('is what `pnpm proto` generates now, in the client and in the simulator', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'threadline-proto-'));
    try {
      const bin = path.join(root, 'node_modules', '.bin');
      execFileSync(path.join(bin, 'buf'), ['generate', '--template', 'proto/buf.gen.yaml', '--output', out], {
        cwd: root,
        env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` },
      });
      for (const copy of copies) {
        const committed = path.join(root, copy);
        const generated = path.join(out, copy);
        expect(listFiles(committed), copy).toEqual(listFiles(generated));
        for (const file of listFiles(generated)) {
          expect(readFileSync(path.join(committed, file), 'utf8'), `${copy}/${file}: run pnpm proto`).toBe(readFileSync(path.join(generated, file), 'utf8'));
        }
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
