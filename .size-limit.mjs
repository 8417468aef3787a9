// Size budgets (`pnpm size`, part of `pnpm check`). Each check bundles a source entry with
// esbuild, minified, and compares its brotli size with the budget; the table is in README.md.
//
// The packages have no build step, so the entries are their `src` barrels, resolved with the
// `@threadline/source` condition as Vite and Vitest do. Peer dependencies are never counted.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

const peers = ['react', 'react-dom', '@tanstack/react-query'];

// react-markdown and the unified / mdast / micromark tree behind it (@threadline/ui also imports
// some of it directly to parse markdown), and recharts, which is only ever loaded with `import()`.
// They are third-party weight, most of @threadline/ui's, that this budget leaves out by design.
const markdownAndCharts = [
  'react-markdown',
  'remark-gfm',
  'mdast-util-from-markdown',
  'mdast-util-gfm',
  'micromark-extension-gfm',
  'recharts',
];

/**
 * A chunk loaded with `import()` (the recharts chart) is not part of the entry's bundle. esbuild
 * without code splitting would inline it, so every dynamic import is left external instead.
 *
 * @type {import('esbuild').Plugin}
 */
const dynamicImportsStayExternal = {
  name: 'dynamic-imports-stay-external',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/**
 * The React entry reaches the core through relative imports, so ignoring `@threadline/headless`
 * would not take the core out of its bundle: this leaves every module outside `src/react/` external.
 *
 * @type {import('esbuild').Plugin}
 */
const headlessCoreStaysExternal = {
  name: 'headless-core-stays-external',
  setup(build) {
    const reactDirectory = fileURLToPath(new URL('packages/headless/src/react/', import.meta.url));
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const resolved = path.resolve(args.resolveDir, args.path);
      return args.importer.startsWith(reactDirectory) && !resolved.startsWith(reactDirectory)
        ? { path: args.path, external: true }
        : undefined;
    });
  },
};

/**
 * The library as an app's bundler sees it: ES modules (so ignored packages stay `import`s, with
 * no `require` shim), workspace packages resolved to their sources.
 *
 * @param {import('esbuild').Plugin[]} plugins
 * @returns {(config: import('esbuild').BuildOptions) => import('esbuild').BuildOptions}
 */
function fromSource(plugins = []) {
  return (config) => ({
    ...config,
    format: 'esm',
    conditions: ['@threadline/source'],
    plugins: [...(config.plugins ?? []), dynamicImportsStayExternal, ...plugins],
  });
}

export default [
  {
    name: '@threadline/headless',
    path: 'packages/headless/src/index.ts',
    ignore: peers,
    limit: '33 kB',
    modifyEsbuildConfig: fromSource(),
  },
  {
    // What the hooks add to the core: the core's modules and its zustand/vanilla are not counted.
    name: '@threadline/headless/react (over the core)',
    path: 'packages/headless/src/react/index.ts',
    ignore: [...peers, '@threadline/headless', 'zustand/vanilla'],
    limit: '2.4 kB',
    modifyEsbuildConfig: fromSource([headlessCoreStaysExternal]),
  },
  {
    name: '@threadline/ui (without markdown and charts)',
    path: 'packages/ui/src/index.ts',
    ignore: [...peers, '@threadline/headless', ...markdownAndCharts],
    limit: '31 kB',
    modifyEsbuildConfig: fromSource(),
  },
];
