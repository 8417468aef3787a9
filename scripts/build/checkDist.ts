import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import type { BuildPlan } from './readBuildPlan';

const bareImport = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)"([^"./][^"]*)"/g;
const relativeUrl = /new URL\(\s*"(\.\.?\/[^"]+)"\s*,\s*import\.meta\.url\s*\)/g;
const useClient = /^\s*(['"])use client\1;?/;

function filesUnder(directory: string, extension: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const file = path.join(directory, name);
    return statSync(file).isDirectory() ? filesUnder(file, extension) : name.endsWith(extension) ? [file] : [];
  });
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * What a consumer's bundler relies on, checked on the built dist/: every file the package.json
 * names exists; every bare import is a declared dependency or peer (nothing undeclared, nothing
 * bundled in twice); every `new URL('./x.js', import.meta.url)` (a worker) points at a file that
 * exists beside the code that asks for it; an entry whose source says `'use client'` still says
 * it; and `typesVersions` maps every subpath for TypeScript's older `node` resolution.
 * Returns the problems found.
 */
export function checkDist({ directory, packageJson, externals, typedEntries }: BuildPlan): string[] {
  const problems: string[] = [];
  const dist = path.join(directory, 'dist');
  const declared = new Set(externals);
  const builtins = new Set(builtinModules);
  for (const file of filesUnder(dist, '.js')) {
    const code = readFileSync(file, 'utf8');
    const shown = path.relative(directory, file);
    for (const [, specifier] of code.matchAll(bareImport)) {
      if (specifier!.startsWith('node:') || builtins.has(specifier!)) continue;
      if (!declared.has(packageName(specifier!))) problems.push(`${shown} imports "${specifier}", which is not a dependency or peer dependency.`);
    }
    for (const [, url] of code.matchAll(relativeUrl)) {
      if (!existsSync(path.resolve(path.dirname(file), url!))) problems.push(`${shown} asks for ${url}, which is not beside it.`);
    }
  }
  for (const [name, source] of Object.entries(typedEntries)) {
    if (!useClient.test(readFileSync(path.join(directory, source), 'utf8'))) continue;
    if (!useClient.test(readFileSync(path.join(dist, `${name}.js`), 'utf8'))) problems.push(`dist/${name}.js lost the 'use client' directive of ${source}.`);
  }
  for (const [subpath, target] of Object.entries(packageJson.exports ?? {})) {
    const targets = typeof target === 'string' ? { default: target } : target;
    for (const [condition, file] of Object.entries(targets)) {
      if (!existsSync(path.join(directory, file))) problems.push(`exports["${subpath}"]["${condition}"] is ${file}, which does not exist.`);
    }
    const typesPath = typeof target === 'string' ? undefined : target.types;
    if (subpath === '.' || !typesPath) continue;
    const mapped = packageJson.typesVersions?.['*']?.[subpath.slice(2)];
    if (mapped?.[0] !== typesPath) problems.push(`typesVersions["*"]["${subpath.slice(2)}"] must be ["${typesPath}"] (TypeScript's "node" resolution reads no exports).`);
  }
  const rootTypes = packageJson.exports?.['.'];
  if (rootTypes && typeof rootTypes !== 'string' && rootTypes.types && packageJson.types !== rootTypes.types) {
    problems.push(`"types" must be ${rootTypes.types}, as exports["."].types is.`);
  }
  return problems;
}
