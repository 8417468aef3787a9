import { describe, expect, it } from 'vitest';
import type { WidgetNode } from '@threadline/headless';
import { applyWidgetUpdate } from '../src/dialects/chatkit/applyWidgetUpdate';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

// A Transition holds one child, not a list, which WidgetNode's `children` does not type.
const card = (): WidgetNode =>
  deepFreeze({
    type: 'Card',
    children: [
      { type: 'Title', value: 'Rates' },
      { type: 'Row', children: [{ type: 'Badge', label: 'ECB' }, { type: 'Markdown', id: 'note', value: 'Ref', streaming: true }] },
      { type: 'Transition', children: { type: 'Text', id: 'status', value: 'Load' } },
    ],
  } as unknown as WidgetNode);

const delta = (componentId: string, text: string) => ({ type: 'widget.streaming_text.value_delta', component_id: componentId, delta: text, done: false });

describe('applyWidgetUpdate', () => {
  it('appends a value delta to the component with that id, deep in the tree, copying only its path', () => {
    const root = card();
    const next = applyWidgetUpdate(root, delta('note', 'erence — 円'));
    expect(next.children?.[1]?.children?.[1]).toEqual({ type: 'Markdown', id: 'note', value: 'Reference — 円', streaming: true });
    expect(next.children?.[0]).toBe(root.children?.[0]);
    expect(next.children?.[2]).toBe(root.children?.[2]);
    expect(next.children?.[1]?.children?.[0]).toBe(root.children?.[1]?.children?.[0]);
    expect(root.children?.[1]?.children?.[1]?.value).toBe('Ref');
  });

  it('finds a component under a single child, as a Transition holds it', () => {
    const next = applyWidgetUpdate(card(), delta('status', 'ing…'));
    expect(next.children?.[2]).toEqual({ type: 'Transition', children: { type: 'Text', id: 'status', value: 'Loading…' } });
  });

  it('starts from empty text when the component has no string value', () => {
    const root = deepFreeze({ type: 'Basic', children: [{ type: 'Text', id: 't' }] });
    expect(applyWidgetUpdate(root, delta('t', 'Hi')).children?.[0]).toEqual({ type: 'Text', id: 't', value: 'Hi' });
  });

  it('replaces a component by id on widget.component.updated', () => {
    const next = applyWidgetUpdate(card(), { type: 'widget.component.updated', component_id: 'note', component: { type: 'Badge', id: 'note', label: 'Done' } });
    expect(next.children?.[1]?.children).toEqual([{ type: 'Badge', label: 'ECB' }, { type: 'Badge', id: 'note', label: 'Done' }]);
  });

  it('replaces the whole tree on widget.root.updated', () => {
    expect(applyWidgetUpdate(card(), { type: 'widget.root.updated', widget: { type: 'ListView', children: [] } })).toEqual({ type: 'ListView', children: [] });
  });

  it('returns the same tree for an update that does not apply', () => {
    const root = card();
    const updates = [
      delta('missing', 'x'),
      delta('note', ''),
      { type: 'widget.streaming_text.value_delta', component_id: 'note' },
      { type: 'widget.component.updated', component_id: 'note', component: { label: 'no type' } },
      { type: 'widget.component.updated', component_id: 'missing', component: { type: 'Text' } },
      { type: 'widget.root.updated', widget: 'Card' },
      { type: 'widget.sparkle' },
      null,
    ];
    for (const update of updates) expect(applyWidgetUpdate(root, update)).toBe(root);
  });
});
