// Builds the published packages into their dist/ folders: `tsx scripts/build/build.ts [dir…]`
// (`pnpm build`; no argument builds every package under packages/ that is not private).
//
// Each package is bundled by tsup (esbuild) as ES modules with source maps, and its types by
// tsup's .d.ts bundler, one entry per `exports` subpath (see readBuildPlan.ts). Code split
// between entries goes to shared chunks, so an entry never holds a copy of another's modules,
// and every bare import stays an import: the app's bundler installs and dedupes dependencies.

import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import type { Options } from 'tsup';
import { checkDist } from './checkDist';
import { readBuildPlan } from './readBuildPlan';
import type { BuildPlan } from './readBuildPlan';

const root = fileURLToPath(new URL('../../', import.meta.url));

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * A worker is started with `new Worker(new URL('./x.ts', import.meta.url))` in the sources; in
 * dist/ the module is `x.js`, an entry of its own beside the chunk that starts it. The pattern
 * stays literal, so Vite, webpack and Turbopack in the app still see and bundle the worker.
 */
const workerUrlsPointAtJs: Plugin = {
  name: 'worker-urls-point-at-js',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, (args) => {
      const contents = readFileSync(args.path, 'utf8');
      const pattern = /(new URL\(\s*['"]\.\/[^'"]+)\.ts(['"]\s*,\s*import\.meta\.url\s*\))/g;
      if (!pattern.test(contents)) return undefined;
      return { contents: contents.replace(pattern, '$1.js$2'), loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
    });
  },
};

const absolute = (directory: string, entries: Record<string, string>) =>
  Object.fromEntries(Object.entries(entries).map(([name, source]) => [name, path.join(directory, source)]));

async function buildPackage(plan: BuildPlan): Promise<void> {
  const { directory, packageJson } = plan;
  const dist = path.join(directory, 'dist');
  rmSync(dist, { recursive: true, force: true });
  const cwd = process.cwd();
  // tsup reads the package.json and resolves entries from the working directory.
  process.chdir(directory);
  try {
    await build({
      entry: absolute(directory, plan.entries),
      outDir: dist,
      format: ['esm'],
      target: 'es2022',
      platform: plan.node ? 'node' : 'neutral',
      splitting: true,
      sourcemap: true,
      clean: false,
      // Every bare import stays one; checkDist proves each is a declared dependency or peer.
      external: [/^[^./]/],
      dts: { entry: absolute(directory, plan.typedEntries) },
      tsconfig: path.join(root, 'tsconfig.json'),
      esbuildPlugins: [workerUrlsPointAtJs],
      silent: true,
    });
  } finally {
    process.chdir(cwd);
  }
  for (const { from, to } of plan.copies) {
    mkdirSync(path.dirname(path.join(directory, to)), { recursive: true });
    copyFileSync(path.join(directory, from), path.join(directory, to));
  }
  const problems = checkDist(plan);
  if (problems.length > 0) throw new Error(`${packageJson.name}:\n  ${problems.join('\n  ')}`);
}

const requested = process.argv.slice(2);
const packages = path.join(root, 'packages');
const directories = requested.length > 0 ? requested.map((directory) => path.resolve(directory)) : readdirSync(packages).sort().map((name) => path.join(packages, name));

for (const directory of directories) {
  const started = performance.now();
  const plan = readBuildPlan(directory);
  if (plan.packageJson.private) continue;
  await buildPackage(plan);
  console.log(`${plan.packageJson.name}: ${Object.keys(plan.entries).join(', ')} in ${Math.round(performance.now() - started)} ms`);
}
