import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ServerRenderReport } from './server/renderOnServer';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = fileURLToPath(new URL('./server/renderOnServer.tsx', import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;
const execFileAsync = promisify(execFile);
const builtEntries = ['packages/headless/dist/index.js', 'packages/headless/dist/react/index.js', 'packages/ui/dist/index.js', 'packages/simulator/dist/index.js'];
const built = builtEntries.every((file) => existsSync(`${root}${file}`));

/** Renders in a fresh Node process: no jsdom, no DOM globals, no Vitest module runner. */
async function renderOnServer(conditions: string[]): Promise<ServerRenderReport> {
  const { stdout } = await execFileAsync(tsx, [...conditions.map((condition) => `--conditions=${condition}`), script], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as ServerRenderReport;
}

function expectServerHtml(report: ServerRenderReport) {
  expect(report.reads).toEqual([]);
  expect(report.stable).toBe(true);
  expect(report.html).toContain('class="tl-thread" data-state="idle"');
  expect(report.html).toContain('<p>How did revenue move?</p>');
  expect(report.html).toContain('<strong>rose');
  expect(report.html).toContain('search_filings');
  expect(report.html).toContain('Reading the quarterly filings.');
  expect(report.html).toContain('<table>');
  expect(report.html).not.toContain('Ask anything');
}

describe('server rendering in plain Node', () => {
  it('imports every entry from the sources and renders the hooks and parts with no browser global read', { timeout: 60_000 }, async () => {
    const report = await renderOnServer(['@threadline/source']);
    expect(report.uiEntry).toMatch(/packages\/ui\/src\/index\.ts$/);
    expectServerHtml(report);
  });

  // `pnpm check` builds first; without a build this says so instead of testing stale files.
  it.runIf(built || Boolean(process.env.CI))('imports every built entry as an app does and renders the same HTML as the sources', { timeout: 60_000 }, async () => {
    expect(built, `run \`pnpm build\` first: ${builtEntries.join(', ')}`).toBe(true);
    const [fromDist, fromSources] = await Promise.all([renderOnServer([]), renderOnServer(['@threadline/source'])]);
    expect(fromDist.uiEntry).toMatch(/packages\/ui\/dist\/index\.js$/);
    expectServerHtml(fromDist);
    expect(fromDist.html).toBe(fromSources.html);
  });
});
