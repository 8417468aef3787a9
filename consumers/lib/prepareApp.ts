import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCommand } from './runCommand';
import type { Tarball } from './packPackages';

/** Options of {@link prepareApp}. */
export interface PrepareAppOptions {
  /** The app's template in this repository (consumers/<name>). */
  template: string;
  /** Where the fresh app goes, outside the workspace. */
  directory: string;
  tarballs: Tarball[];
}

/**
 * Copies an app template to a fresh directory outside the workspace, points its `@threadline/*`
 * dependencies at the packed tarballs, and installs it with npm from the registry (npm's cache
 * makes a second run quick). Nothing of the workspace is reachable from there.
 */
export async function prepareApp({ template, directory, tarballs }: PrepareAppOptions): Promise<void> {
  rmSync(directory, { recursive: true, force: true });
  cpSync(template, directory, { recursive: true, filter: (source) => !/(^|\/)(node_modules|dist|\.next)(\/|$)/.test(path.relative(template, source)) });
  const manifestFile = path.join(directory, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, Record<string, string> | undefined>;
  for (const field of ['dependencies', 'devDependencies']) {
    for (const name of Object.keys(manifest[field] ?? {})) {
      if (!name.startsWith('@threadline/')) continue;
      const tarball = tarballs.find((candidate) => candidate.name === name);
      if (!tarball) throw new Error(`No tarball for ${name}.`);
      manifest[field]![name] = `file:${tarball.file}`;
    }
  }
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  await runCommand('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: directory });
}
