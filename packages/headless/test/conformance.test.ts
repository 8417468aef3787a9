import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkTranscript } from '@threadline/headless';
import { readFixture } from './readFixture';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const shared = fileURLToPath(new URL('../../../../shared/protocols', import.meta.url));
const ownFixtures = fileURLToPath(new URL('./fixtures', import.meta.url));

function conformance(dir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'packages/headless/scripts/conformance.ts', dir], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('checkTranscript', () => {
  it('passes a well-formed transcript and names its dialect', () => {
    const check = checkTranscript(readFixture('boosted/event-framed.sse'));
    expect(check).toMatchObject({ ok: true, dialect: 'boosted', problem: null, rejected: [] });
    expect(check.events).toBeGreaterThan(0);
  });

  it('fails a transcript with a malformed frame, counting it as rejected', () => {
    const check = checkTranscript(encode('data: {"type":"metadata","payload":{"run_id":1}}\n\ndata: {"type":"text-delta","delta":\n\n'));
    expect(check.ok).toBe(false);
    expect(check.dialect).toBe('teammate');
    expect(check.rejected).toHaveLength(1);
  });

  it('fails a transcript whose dialect cannot be told', () => {
    const check = checkTranscript(encode('data: {"hello":"world"}\n\n'));
    expect(check).toMatchObject({ ok: false, dialect: null });
    expect(check.problem).toContain('Could not detect the dialect');
  });
});

describe('pnpm conformance', () => {
  it('prints one line per file and a summary, and exits non-zero when a file fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'threadline-conformance-'));
    writeFileSync(join(dir, 'good.sse'), 'data: {"type":"metadata","payload":{"run_id":7}}\n\ndata: {"type":"text-delta","delta":"Hi"}\n\ndata: {"type":"done","stop_reason":"end_turn"}\n\n');
    writeFileSync(join(dir, 'bad.sse'), 'data: {"type":"metadata","payload":{"run_id":7}}\n\ndata: {oops\n\n');
    const result = conformance(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^FAIL teammate +bad\.sse/m);
    expect(result.stdout).toMatch(/^ok {3}teammate +good\.sse/m);
    expect(result.stdout).toContain('2 files, 1 passed, 1 failed');
  });

  it('passes every transcript of the project\'s own, in every dialect, except the deliberately malformed ones', () => {
    const result = conformance(ownFixtures);
    const failures = result.stdout.split('\n').filter((line) => line.startsWith('FAIL'));
    for (const line of failures) expect(line).toMatch(/malformed/);
    for (const dialect of ['boosted', 'assistants', 'teammate', 'chatkit']) expect(result.stdout).toMatch(new RegExp(`^ok {3}${dialect} `, 'm'));
  });

  it.skipIf(!existsSync(shared))('passes every reference transcript and real recording in ../shared/protocols', () => {
    const result = conformance(shared);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/\d+ files, (\d+) passed, 0 failed/);
    expect(result.status).toBe(0);
  });
});
