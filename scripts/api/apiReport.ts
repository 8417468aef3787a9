// The public API surface, recorded: `tsx scripts/api/apiReport.ts [--update]` (`pnpm api:check`,
// `pnpm api:update`). For every typed entry of every published package (each `exports`
// subpath), API Extractor reads the built .d.ts (`pnpm build` first) and writes its
// declarations to api/<package>[-<subpath>].api.md. Without --update the committed report must
// match, so CI fails on any change to the surface, a removal above all, until the report is
// updated in the same change and the diff reviewed.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';
import type { IConfigFile } from '@microsoft/api-extractor';
import { readBuildPlan } from '../build/readBuildPlan';

const root = fileURLToPath(new URL('../../', import.meta.url));
const reportFolder = path.join(root, 'api');
const update = process.argv.includes('--update');
const temp = mkdtempSync(path.join(tmpdir(), 'threadline-api-'));

/** `@threadline/headless` + `react/index` → `headless-react`. */
function reportName(packageName: string, entry: string): string {
  const base = packageName.replace(/^@threadline\//, '');
  const subpath = entry.replace(/(^|\/)index$/, '');
  return subpath ? `${base}-${subpath.replaceAll('/', '-')}` : base;
}

function configFor(directory: string, entry: string, name: string): IConfigFile {
  const mainEntryPointFilePath = path.join(directory, 'dist', `${entry}.d.ts`);
  return {
    projectFolder: directory,
    mainEntryPointFilePath,
    compiler: {
      overrideTsconfig: {
        compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], jsx: 'react-jsx', strict: true, skipLibCheck: true },
        files: [mainEntryPointFilePath],
      },
    },
    apiReport: { enabled: true, reportFileName: name, reportFolder, reportTempFolder: temp },
    docModel: { enabled: false },
    dtsRollup: { enabled: false },
    tsdocMetadata: { enabled: false },
    messages: {
      compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
      extractorMessageReporting: {
        default: { logLevel: ExtractorLogLevel.Warning },
        // Threadline marks no release stages (@public, @beta): everything exported is public.
        'ae-missing-release-tag': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
        // A type used by an export but not exported by that entry (the React entry's types come
        // from the core's): its declaration is in the report either way.
        'ae-forgotten-export': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
        'ae-internal-missing-underscore': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
        // Documentation is TypeDoc's to check (`pnpm docs:check`).
        'ae-undocumented': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
        'ae-unresolved-link': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
      },
      // TSDoc is checked by TypeDoc (`pnpm docs:check`), which renders it.
      tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
    },
  };
}

const expected = new Set<string>();
const changed: string[] = [];
let errors = 0;
for (const name of readdirSync(path.join(root, 'packages')).sort()) {
  const directory = path.join(root, 'packages', name);
  const plan = readBuildPlan(directory);
  if (plan.packageJson.private) continue;
  for (const entry of Object.keys(plan.typedEntries)) {
    const report = reportName(plan.packageJson.name, entry);
    expected.add(`${report}.api.md`);
    if (!existsSync(path.join(directory, 'dist', `${entry}.d.ts`))) throw new Error(`${plan.packageJson.name}: dist/${entry}.d.ts is missing: run \`pnpm build\` first.`);
    const config = ExtractorConfig.prepare({ configObject: configFor(directory, entry, report), configObjectFullPath: undefined, packageJsonFullPath: path.join(directory, 'package.json') });
    const result = Extractor.invoke(config, {
      localBuild: update,
      // Warnings and errors are printed here; a changed report is reported once below, with the command that updates it.
      messageCallback: (message) => {
        if (message.messageId.startsWith('console-api-report-')) {
          message.handled = true;
          return;
        }
        if (message.logLevel === ExtractorLogLevel.Error || message.logLevel === ExtractorLogLevel.Warning) {
          console.error(`${report}: ${message.formatMessageWithLocation(`${directory}/`)}`);
        }
        message.handled = true;
      },
    });
    errors += result.errorCount;
    if (result.apiReportChanged) changed.push(report);
  }
}
const stale = readdirSync(reportFolder).filter((file) => file.endsWith('.api.md') && !expected.has(file));
if (update) for (const file of stale) rmSync(path.join(reportFolder, file));

if (errors > 0) {
  console.error(`API Extractor found ${errors} error(s).`);
  process.exitCode = 1;
} else if (update) {
  console.log(changed.length > 0 ? `Updated ${changed.map((name) => `api/${name}.api.md`).join(', ')}: review the diff.` : 'The API reports are up to date.');
} else if (changed.length > 0 || stale.length > 0) {
  for (const name of changed) {
    const committed = path.join(reportFolder, `${name}.api.md`);
    const current = readFileSync(path.join(temp, `${name}.api.md`), 'utf8');
    console.error(`\napi/${name}.api.md differs from the built API${existsSync(committed) ? '' : ' (it is not committed)'}:`);
    console.error(lineDiff(existsSync(committed) ? readFileSync(committed, 'utf8') : '', current));
  }
  for (const file of stale) console.error(`api/${file} reports an entry that no longer exists.`);
  console.error('\nThe public API changed. If that is intended (a removal is a breaking change: add a changeset), run `pnpm api:update` and commit api/.');
  process.exitCode = 1;
} else {
  console.log(`The public API matches api/ (${expected.size} entries).`);
}
rmSync(temp, { recursive: true, force: true });

/** The lines only one side has, marked - (committed) and + (built), in order. */
function lineDiff(before: string, after: string): string {
  const old = before.split('\n');
  const next = after.split('\n');
  const inOld = new Set(old);
  const inNext = new Set(next);
  return [...old.filter((line) => !inNext.has(line)).map((line) => `- ${line}`), ...next.filter((line) => !inOld.has(line)).map((line) => `+ ${line}`)].join('\n');
}
