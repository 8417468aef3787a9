#!/usr/bin/env node
// Runs the pnpm pinned in package.json's "packageManager" on a machine that has only Node and
// npm. npx is used rather than corepack: the corepack shipped with Node 20 rejects current pnpm
// releases ("No compatible signature found"), while npx checks the registry's integrity hash.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { packageManager } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const result = spawnSync('npx', ['--yes', packageManager, ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (result.error) {
  console.error(`Could not start ${packageManager} through npx: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
