import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmMarkdownParser } from '../src/markdown/warmMarkdownParser';

describe('warmMarkdownParser', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  // First: once the sample has run, every later call returns early.
  it('does nothing where the browser has no idle callbacks', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.stubGlobal('cancelIdleCallback', undefined);
    expect(() => warmMarkdownParser()()).not.toThrow();
  });

  it('parses its sample at the next idle time, once per page; a cancel before then leaves it for the next call', () => {
    const pending = new Map<number, () => void>();
    let nextId = 0;
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
      nextId += 1;
      pending.set(nextId, callback);
      return nextId;
    });
    vi.stubGlobal('cancelIdleCallback', (id: number) => pending.delete(id));

    warmMarkdownParser()();
    expect(pending.size).toBe(0);

    warmMarkdownParser();
    expect(pending.size).toBe(1);
    const [warm] = pending.values();
    expect(() => warm!()).not.toThrow();
    pending.clear();

    warmMarkdownParser();
    expect(pending.size).toBe(0);
  });
});
