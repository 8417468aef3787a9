// Size budgets (`pnpm size`, part of `pnpm check`). Each check bundles a source entry with
// esbuild, minified, and compares its brotli size with the budget; the table is in README.md.
//
// The entries are the `src` barrels, resolved with the `@threadline/source` condition as Vite
// and Vitest do, so the check needs no build: dist/ (`pnpm build`) holds the same modules with
// every package import left as an import, which an app's bundler resolves as this one does.
// Peer dependencies are never counted.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

const peers = ['react', 'react-dom', '@tanstack/react-query'];

// The mdast / hast / micromark tree @threadline/ui renders markdown with (react-markdown's own
// pipeline, without its processor; react-markdown itself is imported for its types only), and
// recharts, which is only ever loaded with `import()`. They are third-party weight, most of
// @threadline/ui's, that this budget leaves out by design.
const markdownAndCharts = [
  'react-markdown',
  'mdast-util-from-markdown',
  'mdast-util-gfm',
  'micromark-extension-gfm',
  'mdast-util-to-hast',
  'hast-util-to-jsx-runtime',
  'html-url-attributes',
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
 * The React and gRPC entries reach the core through relative imports, so ignoring
 * `@threadline/headless` would not take the core out of their bundles: this leaves every module
 * outside the entry's own folder (`src/react/`, `src/grpc/`) external.
 *
 * @param {string} folder
 * @returns {import('esbuild').Plugin}
 */
function headlessCoreStaysExternal(folder) {
  return {
    name: 'headless-core-stays-external',
    setup(build) {
      const entryDirectory = fileURLToPath(new URL(`packages/headless/src/${folder}/`, import.meta.url));
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const resolved = path.resolve(args.resolveDir, args.path);
        return args.importer.startsWith(entryDirectory) && !resolved.startsWith(entryDirectory)
          ? { path: args.path, external: true }
          : undefined;
      });
    },
  };
}

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
    modifyEsbuildConfig: fromSource([headlessCoreStaysExternal('react')]),
  },
  {
    // What Boosted over gRPC adds to the core, in the chunk a client loads with `import()` for the
    // first `transport: 'grpc'` thread: `src/grpc/`, @bufbuild/protobuf and Connect's web client.
    name: '@threadline/headless/grpc (over the core)',
    path: 'packages/headless/src/grpc/index.ts',
    ignore: [...peers, '@threadline/headless'],
    limit: '37 kB',
    modifyEsbuildConfig: fromSource([headlessCoreStaysExternal('grpc')]),
  },
  {
    name: '@threadline/ui (without markdown and charts)',
    path: 'packages/ui/src/index.ts',
    ignore: [...peers, '@threadline/headless', ...markdownAndCharts],
    limit: '35 kB',
    modifyEsbuildConfig: fromSource(),
  },
];
