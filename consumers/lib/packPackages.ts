import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCommand } from './runCommand';

/** A packed package: its name and the tarball `pnpm pack` wrote. */
export interface Tarball {
  name: string;
  file: string;
}

/**
 * Packs every package under packages/ that is not private with `pnpm pack`, as `pnpm publish`
 * would (`workspace:` ranges become versions), into `destination`.
 */
export async function packPackages(root: string, destination: string): Promise<Tarball[]> {
  const packages = path.join(root, 'packages');
  const tarballs: Tarball[] = [];
  for (const name of readdirSync(packages).sort()) {
    const directory = path.join(packages, name);
    const packageJson = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as { name: string; private?: boolean };
    if (packageJson.private) continue;
    const output = await runCommand('node', [path.join(root, 'scripts/pnpm.mjs'), 'pack', '--pack-destination', destination], { cwd: directory });
    const file = output.trim().split('\n').reverse().find((line) => line.trim().endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack printed no tarball for ${packageJson.name}:\n${output}`);
    tarballs.push({ name: packageJson.name, file: file.trim() });
  }
  return tarballs;
}
