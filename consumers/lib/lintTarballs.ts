import path from 'node:path';
import { runCommand } from './runCommand';
import type { Tarball } from './packPackages';

/**
 * Lints each tarball as a registry would serve it: publint (exports, files, fields), then
 * Are The Types Wrong (types resolve under TypeScript's `bundler`, `node16` and `node`
 * resolutions; ES modules only, so a `require` of them is not expected to work).
 */
export async function lintTarballs(root: string, tarballs: Tarball[]): Promise<void> {
  const bin = (name: string) => path.join(root, 'node_modules/.bin', name);
  for (const { file } of tarballs) {
    await runCommand(bin('publint'), ['run', file, '--strict'], { cwd: root });
    await runCommand(bin('attw'), [file, '--no-definitely-typed', '--ignore-rules', 'cjs-resolves-to-esm', '--exclude-entrypoints', './styles.css', '--format', 'table-flipped'], { cwd: root });
  }
}
