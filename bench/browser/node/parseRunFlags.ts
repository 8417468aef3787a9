import type { ScenarioName } from './benchScenarios';
import { benchScenarios } from './benchScenarios';
import type { ContenderName } from './contenders';
import { contenders } from './contenders';

/** The runner's command line. */
export interface RunFlags {
  rounds: number;
  /** A shorter answer (about 2,000 deltas instead of 16,752), for iterating. */
  quick: boolean;
  only: readonly ContenderName[];
  scenarios: readonly ScenarioName[];
  /** Skip `vite build` (the pages in `bench/browser/dist` are current). */
  skipBuild: boolean;
  /** Run nothing: print the report of `bench/results/browser.json` again. */
  reprint: boolean;
  /** The render interval of Threadline's pages (the store's `throttleMs`) and the plain-text and newest-text pages; unset, the default. */
  throttleMs?: number | undefined;
}

/** The usage line printed for `--help` and bad flags. */
export const usage = `Usage: tsx bench/browser/run.ts [--rounds N] [--quick] [--only ${contenders.map((contender) => contender.name).join(',')}] [--scenarios ${benchScenarios.map((scenario) => scenario.name).join(',')}] [--throttle-ms N] [--skip-build] [--reprint]`;

function pickList<T extends string>(value: string | undefined, known: readonly T[], flag: string): T[] {
  const names = (value ?? '').split(',').filter((name) => name !== '');
  const unknown = names.filter((name) => !known.includes(name as T));
  if (names.length === 0 || unknown.length > 0) throw new Error(`${flag}: expected some of ${known.join(', ')}, got "${value ?? ''}".\n${usage}`);
  return names as T[];
}

/** Reads the flags; `--rounds` defaults to 5 (2 with `--quick`). */
export function parseRunFlags(argv: readonly string[]): RunFlags {
  let rounds: number | undefined;
  let quick = false;
  let skipBuild = false;
  let reprint = false;
  let throttleMs: number | undefined;
  let only: ContenderName[] = contenders.map((contender) => contender.name);
  let scenarios: ScenarioName[] = benchScenarios.map((scenario) => scenario.name);
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = () => argv[(index += 1)];
    if (flag === '--rounds') {
      rounds = Number(value());
      if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds: expected a positive integer.\n${usage}`);
    } else if (flag === '--throttle-ms') {
      throttleMs = Number(value());
      if (!Number.isInteger(throttleMs) || throttleMs < 0) throw new Error(`--throttle-ms: expected a whole number of milliseconds.\n${usage}`);
    } else if (flag === '--quick') {
      quick = true;
    } else if (flag === '--skip-build') {
      skipBuild = true;
    } else if (flag === '--reprint') {
      reprint = true;
    } else if (flag === '--only') {
      only = pickList(value(), contenders.map((contender) => contender.name), '--only');
    } else if (flag === '--scenarios') {
      scenarios = pickList(value(), benchScenarios.map((scenario) => scenario.name), '--scenarios');
    } else {
      throw new Error(`Unknown flag "${flag}".\n${usage}`);
    }
  }
  return { rounds: rounds ?? (quick ? 2 : 5), quick, only, scenarios, skipBuild, reprint, throttleMs };
}
