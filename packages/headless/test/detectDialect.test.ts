import { describe, expect, it } from 'vitest';
import { detectDialect } from '@threadline/headless';

const frame = (data: unknown, event?: string) => ({ data: JSON.stringify(data), ...(event ? { event } : {}) });

describe('detectDialect', () => {
  it('knows Boosted by its event keys, over SSE and as a gRPC session exports them', () => {
    expect(detectDialect([frame({ message_chunk: { message: 'Hi', final_chunk: false } })])).toBe('boosted');
    expect(detectDialect([frame({ message_chunk_event: { message: 'Hi', final_chunk: false } })])).toBe('boosted');
    expect(detectDialect([frame({ thread_name_event: { name: 'Renamed' } })])).toBe('boosted');
  });

  it('tells the other dialects apart, and says nothing when nothing decides', () => {
    expect(detectDialect([frame({ id: 'run_1', object: 'thread.run' }, 'thread.run.created')])).toBe('assistants');
    expect(detectDialect([frame({ type: 'text-delta', delta: 'Hi' })])).toBe('teammate');
    expect(detectDialect([frame({ type: 'thread.item.added', item: {} })])).toBe('chatkit');
    expect(detectDialect([frame({ something: 'else' })])).toBeNull();
  });
});
