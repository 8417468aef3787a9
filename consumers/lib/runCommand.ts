import { spawn } from 'node:child_process';

/** Options of {@link runCommand}. */
export interface RunCommandOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Kills the command after this long (default 10 minutes). */
  timeoutMs?: number;
}

/**
 * The environment a command in a consumer app gets: this process's, less what npm and pnpm put
 * there for the scripts they run (`npm_config_*`, `npm_package_*`…), so that an `npm install`
 * in the app is configured only by the app, as on a developer's machine.
 */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|PNPM_|INIT_CWD$|NODE_PATH$)/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', ...extra };
}

/** Runs a command to its end; resolves with what it printed, rejects with its output when it fails. */
export function runCommand(command: string, args: string[], { cwd, env = cleanEnv(), timeoutMs = 600_000 }: RunCommandOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) ${signal ? `was killed (${signal})` : `exited ${code}`}:\n${output.trim().split('\n').slice(-60).join('\n')}`));
    });
  });
}
