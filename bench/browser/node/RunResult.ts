import type { CrowdedFrame } from '../page/BenchPageApi';
import type { ContenderName } from './contenders';
import type { ScenarioName } from './benchScenarios';

/** One measured run of one contender in one scenario. */
export interface RunResult {
  round: number;
  scenario: ScenarioName;
  contender: ContenderName;
  /** Main-thread busy time in the window: CDP `Performance.getMetrics` `TaskDuration` in thread CPU time (`threadTicks`). */
  busyMs: number;
  /** The same in wall-clock time (`timeTicks`): higher when the shared machine took the CPU away mid-task. */
  busyWallMs: number;
  /** The script, layout and style parts of `busyMs` (same metrics). */
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  /** React commits in the window, and the most between two animation frames. */
  commits: number;
  maxCommitsPerFrame: number;
  /** The most commits between two frames once the first word was painted (the stream flowing). */
  maxCommitsPerFrameStreaming: number;
  /** Frames with more than one commit (the first 20), for finding what commits twice. */
  crowdedFrames: CrowdedFrame[];
  longTasks: number;
  longestTaskMs: number;
  /** From `start()` to the frame showing the last word, painted. */
  lastWordMs: number | null;
  /** From `start()` to the server writing the answer's first word: the request's way to the server and its start. */
  firstWordWrittenMs: number | null;
  /** From the server writing the first word to the frame showing it, painted. */
  firstTokenLatencyMs: number | null;
  /** Threadline only: from the frame carrying the first word reaching the page's reader to the frame showing it, painted. */
  firstTokenInPageMs: number | null;
  /** From the server writing the last word to the frame showing it, painted. */
  lastTokenLatencyMs: number | null;
  /** `JSHeapUsedSize` after a forced garbage collection, at the end of the window. */
  heapMb: number;
  /** Threadline only: renders of messages settled before `start()`, and how many there were. */
  settledRenders: number | null;
  settledMessages: number | null;
  /** Threadline only: renders of the question and the answer, proof that the count counts. */
  newMessageRenders: number | null;
  /** The machine's 1-minute load average when the run ended (2 cores: above 2 means contention). */
  loadAverage: number;
  /** Set when the run failed (timed out, crashed); its figures are then not used. */
  error?: string;
}

/** The record of a run that did not finish: no figures, only why. */
export function failedRun(round: number, scenario: ScenarioName, contender: ContenderName, error: unknown): RunResult {
  return {
    round,
    scenario,
    contender,
    busyMs: 0,
    busyWallMs: 0,
    scriptMs: 0,
    layoutMs: 0,
    styleMs: 0,
    commits: 0,
    maxCommitsPerFrame: 0,
    maxCommitsPerFrameStreaming: 0,
    crowdedFrames: [],
    longTasks: 0,
    longestTaskMs: 0,
    lastWordMs: null,
    firstWordWrittenMs: null,
    firstTokenLatencyMs: null,
    firstTokenInPageMs: null,
    lastTokenLatencyMs: null,
    heapMb: 0,
    settledRenders: null,
    settledMessages: null,
    newMessageRenders: null,
    loadAverage: 0,
    error: error instanceof Error ? error.message : String(error),
  };
}
