import { describe, expect, it } from 'vitest';
import { paceBoostedSteps } from '../src/boosted/paceBoostedSteps';
import { planBoostedRun } from '../src/boosted/planBoostedRun';
import type { BoostedArtifact } from '../src/boosted/BoostedArtifact';
import type { BoostedCitation } from '../src/boosted/BoostedCitation';
import type { BoostedStep } from '../src/boosted/BoostedStep';

const note: BoostedArtifact = { type: 'markdown', title: 'Note', content: 'A *note*.' };

describe('planBoostedRun', () => {
  it('marks the last piece of a trailing split artifact final, and collects every citation up front', () => {
    const citation: BoostedCitation = {
      citation_type: 'web',
      citation_id: 'c1',
      title: 'Example',
      url: 'https://example.com',
      domain: 'example.com',
      snippet: 'An example.',
      snippet_highlight_start: 0,
      snippet_highlight_end: 2,
      published_at: '2026-01-01',
    };
    const plan = planBoostedRun([{ wip: 'Working' }, { chunk: 'A' }, { citations: [citation] }, { artifact: note, splitMarker: true }, { threadName: 'Named' }]);
    expect(plan.citations).toEqual([citation]);
    const actions = [...plan.actions];
    const chunks = actions.filter((action) => action.kind === 'chunk');
    expect(chunks.map((chunk) => [chunk.final, chunk.continuesStep])).toEqual([
      [false, false],
      [false, false],
      [false, true],
      [true, true],
    ]);
    expect(chunks.map((chunk) => chunk.text).join('')).toMatch(/^A```\n\{"artifact_id": "[^"]+"\}\n```$/);
    expect(actions.at(-1)).toEqual({ kind: 'thread-name', name: 'Named', continuesStep: false });
  });

  it('marks nothing final when a worker error cuts the message', () => {
    const actions = [...planBoostedRun([{ chunk: 'A' }, { chunk: 'B' }, { workerError: { message: 'gone', code: 'E' } }]).actions];
    expect(actions.some((action) => action.kind === 'chunk' && action.final)).toBe(false);
  });

  it('gives each run its own artifact ids', () => {
    const steps: BoostedStep[] = [{ chunk: 'A' }, { artifact: note }];
    const ids = [planBoostedRun(steps), planBoostedRun(steps)].map((plan) => [...plan.actions].flatMap((action) => (action.kind === 'chunk' && action.artifact ? [action.artifact.id] : [])));
    expect(ids[0]).toHaveLength(1);
    expect(ids[0]).not.toEqual(ids[1]);
  });
});

describe('paceBoostedSteps', () => {
  it('re-cuts a scenario once per pacing, the same steps for every run', () => {
    const steps: BoostedStep[] = [{ wip: 'Working' }, { chunk: 'one two ' }, { chunk: 'three four' }];
    const paced = paceBoostedSteps(steps, { deltasPerSecond: 100 });
    expect(paced).toEqual([{ wip: 'Working' }, { chunk: 'one' }, { chunk: ' two' }, { chunk: ' three' }, { chunk: ' four' }]);
    expect(paceBoostedSteps(steps, { deltasPerSecond: 5, burst: 2 })).toBe(paced);
    expect(paceBoostedSteps(steps, { deltasPerSecond: 100, maxDeltas: 2 })).toEqual([{ wip: 'Working' }, { chunk: 'one' }, { chunk: ' two' }]);
    expect(paceBoostedSteps(steps, { deltasPerSecond: 100, wordsPerDelta: 2 })).toEqual([{ wip: 'Working' }, { chunk: 'one two' }, { chunk: ' three four' }]);
  });
});
