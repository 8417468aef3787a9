import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { proxyPlugin } from './proxyPlugin.ts';
import { simulatorPlugin } from './simulatorPlugin.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), proxyPlugin(), simulatorPlugin({ delayMs: 30 })],
  resolve: { conditions: ['@threadline/source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
