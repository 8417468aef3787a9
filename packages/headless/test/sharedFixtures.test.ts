import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { replayTranscript, sliceRandomly, toSnapshot } from '@threadline/headless';
import type { MessageSnapshot } from '@threadline/headless';

// Conformance against the reference transcripts in ../shared, when the checkout has them beside it.
const folder = fileURLToPath(new URL('../../../../shared/protocols/fixtures/boosted/', import.meta.url));
const present = existsSync(folder);
const files = present ? readdirSync(folder).filter((name) => name.endsWith('.sse')) : [];
const replay = (name: string, seed?: number) => {
  const bytes = readFileSync(folder + name);
  return toSnapshot(replayTranscript(seed === undefined ? [bytes] : sliceRandomly(bytes, seed), { dialect: 'auto' }).state);
};

describe.skipIf(!present)('shared Boosted reference transcripts', () => {
  it.each(files)('%s gives the same snapshot in random slices', (name) => {
    const whole = replay(name);
    for (const seed of [1, 2, 3, 4, 5]) expect(replay(name, seed)).toEqual(whole);
  });

  it('02 has two artifact parts and six citations, one of each type', () => {
    const snapshot = replay('02-artifacts-citations.sse');
    const message = snapshot.items[0] as MessageSnapshot;
    expect(snapshot.dialect).toBe('boosted');
    expect(message.parts.filter((part) => part.type === 'artifact').map((part) => part.type === 'artifact' && part.artifactId)).toEqual([
      '8d0f3a4e-6b1c-4f3e-9a52-1e7c2b9d4f60',
      'c2a91e57-0d4b-4a8e-b3f1-7e5d6c2a9b18',
    ]);
    expect(message.citations.map((citation) => citation.type)).toEqual(['web', 'news_development', 'news_article', 'document', 'fiscal_quarter_earnings', 'variable']);
    expect(message.text).not.toContain('artifact_id');
    expect(message.text).toContain('quarters:\n\n\n\nGrowth');
  });

  it('03 stays running with its message in progress; 04 ends cancelled', () => {
    expect(replay('03-error-stream-closed-early.sse')).toMatchObject({ thread: { status: 'running' }, items: [{ status: 'in_progress' }] });
    expect(replay('04-cancelled.sse')).toMatchObject({ thread: { status: 'cancelled' }, items: [{ status: 'cancelled' }] });
  });
});
