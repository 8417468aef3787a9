import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function replay(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'packages/headless/scripts/replay.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('pnpm replay', () => {
  it('prints the snapshot, identical when the bytes arrive in random slices', () => {
    const whole = replay(fixture('boosted/key-framed-artifacts.sse'));
    expect(whole.status).toBe(0);
    const snapshot = JSON.parse(whole.stdout);
    expect(snapshot).toMatchObject({ dialect: 'boosted', thread: { status: 'complete' } });
    expect(snapshot.items[0].citations).toHaveLength(6);
    for (const seed of ['1', '2', '3']) {
      expect(replay(fixture('boosted/key-framed-artifacts.sse'), '--chunks', 'random', '--seed', seed).stdout).toBe(whole.stdout);
    }
  });

  it('exits non-zero with a clear message for an unknown dialect name', () => {
    const result = replay(fixture('boosted/event-framed.sse'), '--dialect', 'langgraph');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown dialect "langgraph"');
  });

  it('exits non-zero for a missing file and a bad option', () => {
    expect(replay('no-such-file.sse').stderr).toContain('cannot read no-such-file.sse');
    expect(replay(fixture('boosted/event-framed.sse'), '--chunks', 'sometimes').status).toBe(2);
  });
});
