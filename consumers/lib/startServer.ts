import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { cleanEnv } from './runCommand';

/** A long-running process the run started, and how to stop it. */
export interface StartedServer {
  /** The first match of `ready` in its output (its URL, say). */
  match: RegExpMatchArray;
  /** What it printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Options of {@link startServer}. */
export interface StartServerOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Printed once the server is ready. */
  ready: RegExp;
  timeoutMs?: number;
}

/** Starts a server process and resolves once its output matches `ready`; rejects if it exits first. */
export function startServer(command: string, args: string[], { cwd, env = cleanEnv(), ready, timeoutMs = 120_000 }: StartServerOptions): Promise<StartedServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    let settled = false;
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) {
        // The whole process group: `next start` and `vite` start children of their own.
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          child.kill('SIGTERM');
        }
        const killed = setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            // gone already
          }
        }, 5_000);
        await exited;
        clearTimeout(killed);
      }
    };
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop().then(() => reject(new Error(`${command} ${args.join(' ')}: ${message}\n${output.trim().split('\n').slice(-40).join('\n')}`)));
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // Terminal colour codes around a URL would break the match.
      const match = stripVTControlCharacters(output).match(ready);
      if (match && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({ match, output: () => output, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => fail(error.message));
    child.on('exit', (code) => fail(`exited ${code} before it was ready`));
    const timer = setTimeout(() => fail(`not ready after ${timeoutMs} ms`), timeoutMs);
  });
}
