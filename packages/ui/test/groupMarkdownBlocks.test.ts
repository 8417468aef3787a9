import { describe, expect, test } from 'vitest';
import { groupMarkdownBlocks } from '../src/markdown/groupMarkdownBlocks';

describe('groupMarkdownBlocks', () => {
  test('cuts blocks into groups of the size given, the last one shorter', () => {
    expect(groupMarkdownBlocks(['a', 'b', 'c', 'd', 'e'], [], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(groupMarkdownBlocks([''], [], 2)).toEqual([['']]);
  });

  test('keeps every group whose blocks are unchanged, so only the open group is new while a text grows', () => {
    const blocks = ['# A\n\n', 'One.\n\n', 'Two.\n\n', 'Thr'];
    const before = groupMarkdownBlocks(blocks, [], 2);
    const after = groupMarkdownBlocks([...blocks.slice(0, 3), 'Three.'], before, 2);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]).toEqual(['Two.\n\n', 'Three.']);
  });

  test('replaces a group when a block in it changes or the split moves', () => {
    const before = groupMarkdownBlocks(['a', 'b', 'c'], [], 2);
    const after = groupMarkdownBlocks(['a', 'b\nc'], before, 2);
    expect(after).toEqual([['a', 'b\nc']]);
    expect(after[0]).not.toBe(before[0]);
  });
});
