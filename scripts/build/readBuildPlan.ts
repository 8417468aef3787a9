import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The fields of a package.json the build reads. */
export interface PackageJson {
  name: string;
  private?: boolean;
  exports?: Record<string, string | Record<string, string>>;
  bin?: string | Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  typesVersions?: Record<string, Record<string, string[]>>;
  types?: string;
  sideEffects?: boolean | string[];
}

/** What to build for one package, all of it read from its package.json. */
export interface BuildPlan {
  directory: string;
  packageJson: PackageJson;
  /** Bundled entries: output name under dist/ (no extension) → source file. */
  entries: Record<string, string>;
  /** Entries whose types are published (the `exports` map's); the bin and workers have none. */
  typedEntries: Record<string, string>;
  /** Files copied as they are (stylesheets): source → destination. */
  copies: Array<{ from: string; to: string }>;
  /** Bare imports the bundle leaves to the app: every dependency and peer dependency. */
  externals: string[];
  /** Whether the code runs in Node only (a `bin`), rather than in any runtime. */
  node: boolean;
}

/** The condition that resolves a workspace package to its sources (tsc, Vite, Vitest, tsx). */
export const sourceCondition = '@threadline/source';

const workerUrl = /new URL\(\s*['"](\.\/[^'"]+)\.ts['"]\s*,\s*import\.meta\.url\s*\)/g;

function toEntryName(distPath: string): string {
  const relative = path.posix.relative('dist', path.posix.normalize(distPath));
  if (relative.startsWith('..') || !relative.endsWith('.js')) throw new Error(`"${distPath}" is not a .js file under dist/.`);
  return relative.slice(0, -'.js'.length);
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const file = path.join(directory, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
}

/**
 * Every module started as a worker (`new Worker(new URL('./x.ts', import.meta.url))`) becomes an
 * entry of its own at the root of dist/, where the code that starts it is bundled too.
 */
function workerEntries(directory: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const file of sourceFiles(path.join(directory, 'src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(workerUrl)) {
      const source = path.join(path.dirname(file), `${match[1]}.ts`);
      entries[path.basename(match[1]!)] = `./${path.relative(directory, source).split(path.sep).join('/')}`;
    }
  }
  return entries;
}

/**
 * The build plan of a package: an entry per `exports` subpath, from its `@threadline/source`
 * target to its `default` target, a stylesheet copied for a `.css` subpath, the `bin`, and
 * each worker module. A subpath added to `exports` is built with no other change.
 */
export function readBuildPlan(directory: string): BuildPlan {
  const packageJson = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as PackageJson;
  const entries: Record<string, string> = {};
  const typedEntries: Record<string, string> = {};
  const copies: BuildPlan['copies'] = [];
  for (const [subpath, target] of Object.entries(packageJson.exports ?? {})) {
    if (subpath === './package.json') continue;
    if (typeof target === 'string') throw new Error(`${packageJson.name}: exports["${subpath}"] needs "${sourceCondition}" and "default" conditions.`);
    const source = target[sourceCondition];
    const output = target.default;
    if (!source || !output) throw new Error(`${packageJson.name}: exports["${subpath}"] needs "${sourceCondition}" and "default" conditions.`);
    if (source.endsWith('.css')) {
      copies.push({ from: source, to: output });
      continue;
    }
    const name = toEntryName(output);
    entries[name] = source;
    typedEntries[name] = source;
    if (target.types !== `./dist/${name}.d.ts`) throw new Error(`${packageJson.name}: exports["${subpath}"].types must be "./dist/${name}.d.ts".`);
  }
  const bins = typeof packageJson.bin === 'string' ? [packageJson.bin] : Object.values(packageJson.bin ?? {});
  for (const bin of bins) {
    const name = toEntryName(bin);
    const source = `./src/${name}.ts`;
    if (!existsSync(path.join(directory, source))) throw new Error(`${packageJson.name}: the bin "${bin}" has no source at ${source}.`);
    entries[name] = source;
  }
  Object.assign(entries, workerEntries(directory));
  return {
    directory,
    packageJson,
    entries,
    typedEntries,
    copies,
    externals: [...Object.keys(packageJson.dependencies ?? {}), ...Object.keys(packageJson.peerDependencies ?? {})],
    node: bins.length > 0,
  };
}
