import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // grpc/gen: TypeScript generated from proto/ by `pnpm proto`.
  { ignores: ['**/node_modules/**', '**/dist/**', 'artifacts/**', 'packages/*/src/**/grpc/gen/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // One-way layers (../shared/STYLE.md): the headless core never reaches up.
    files: ['packages/headless/src/**/*.ts'],
    ignores: ['packages/headless/src/react/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', '@tanstack/*', '*/react/*', 'zustand/react*'], message: 'The "." entry has no React.' }] }],
    },
  },
  {
    files: ['packages/headless/src/events/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!\\./)', message: 'events imports nothing outside events.' }] }] },
  },
  {
    files: ['packages/headless/src/transport/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../events/*', '../dialects/*', '../thread/*', '../store/*', 'react'], message: 'transport knows no vendor and no state.' }] }] },
  },
  {
    files: ['packages/headless/src/grpc/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../events/*', '../dialects/*', '../thread/*', '../store/*', '../../events/*', '../../dialects/*', '../../thread/*', '../../store/*', 'react'], message: 'the gRPC transport, like the SSE one, knows no decoder and no state.' }] }] },
  },
  {
    files: ['packages/headless/src/dialects/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../../thread/*', '../../store/*', '../../react/*', 'react'], message: 'a dialect maps wire frames to events only.' }] }] },
  },
  {
    files: ['packages/headless/src/thread/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../transport/*', '../dialects/*', '../store/*', '../react/*', 'react'], message: 'the reducer is pure and imports only events.' }] }] },
  },
  {
    files: ['packages/ui/src/**/*.{ts,tsx}', 'apps/demo/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'rehype-raw', message: 'thread text is untrusted: raw HTML is shown as text, never rendered.' }],
          patterns: [{ group: ['@threadline/*/src/*', '**/headless/src/**'], message: 'use the public entry points.' }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'thread text is untrusted: render it as text or through MarkdownText.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'thread text is untrusted: never write it as markup.' },
      ],
    },
  },
  {
    // The demo runs under a strict Content-Security-Policy (apps/demo/e2e/strictCsp.e2e.ts): no string is ever run as code.
    files: ['packages/*/src/**/*.{ts,tsx}', 'apps/demo/src/**/*.{ts,tsx}'],
    rules: { 'no-eval': 'error', 'no-implied-eval': 'error', 'no-new-func': 'error' },
  },
);
