// Server rendering in plain Node (no DOM, no jsdom): imports every entry of the three packages,
// renders the hooks and the parts to HTML twice with react-dom/server, and prints a JSON
// `ServerRenderReport`. serverRendering.test.ts runs it with `--conditions=@threadline/source`
// (the sources) and without (the built dist/, resolved as an app resolves the packages).
import { browserGlobalReads } from './watchBrowserGlobals';
import { fileURLToPath } from 'node:url';
import { renderToString } from 'react-dom/server';
import '@threadline/headless';
import { createSimulator } from '@threadline/simulator';
import { ServerThreadPage } from './ServerThreadPage';

/** What the script prints. */
export interface ServerRenderReport {
  /** Where `@threadline/ui` was loaded from (src/index.ts or dist/index.js). */
  uiEntry: string;
  html: string;
  /** Whether a second render gave the same HTML. */
  stable: boolean;
  /** Reads of window, document, localStorage, sessionStorage or self made by Threadline's own code. */
  reads: Array<{ name: string; frame: string }>;
}

const renderPage = () => renderToString(<ServerThreadPage baseUrl="http://127.0.0.1:9" />);

createSimulator();
const html = renderPage();
const ownCode = /\/packages\/(headless|ui|simulator)\/(src|dist)\//;
const report: ServerRenderReport = {
  uiEntry: fileURLToPath(import.meta.resolve('@threadline/ui')),
  html,
  stable: renderPage() === html,
  reads: browserGlobalReads.flatMap(({ name, frames }) => {
    const frame = frames.find((line) => ownCode.test(line));
    return frame ? [{ name, frame }] : [];
  }),
};
process.stdout.write(JSON.stringify(report));
