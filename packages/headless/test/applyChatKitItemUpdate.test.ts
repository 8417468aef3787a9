import { describe, expect, it } from 'vitest';
import { applyChatKitItemUpdate } from '../src/dialects/chatkit/applyChatKitItemUpdate';

const message = (content: object[]) => ({ id: 'm', type: 'assistant_message', content });
const output = (text: string, annotations: object[] = []) => ({ annotations, text, type: 'output_text' });
const annotation = (title: string) => ({ type: 'annotation', source: { title, type: 'url', url: 'https://example.com' } });

describe('applyChatKitItemUpdate', () => {
  it('pads the content up to the index of a delta, as the server does', () => {
    const next = applyChatKitItemUpdate(message([]), { type: 'assistant_message.content_part.text_delta', content_index: 1, delta: 'Hi' });
    expect(next.content).toEqual([output(''), output('Hi')]);
  });

  it('sends a delta for a content index far past the parts to the last part, not a billion padded ones', () => {
    const next = applyChatKitItemUpdate(message([output('Hello')]), { type: 'assistant_message.content_part.text_delta', content_index: 1e9, delta: ' world' });
    expect(next.content).toEqual([output('Hello world')]);
    const added = applyChatKitItemUpdate(message([output('Hello')]), { type: 'assistant_message.content_part.added', content_index: 1e9, content: output('Next') });
    expect(added.content).toEqual([output('Hello'), output('Next')]);
  });

  it('inserts an annotation at its index, or appends it past the end', () => {
    let item = applyChatKitItemUpdate(message([output('x', [annotation('a')])]), {
      type: 'assistant_message.content_part.annotation_added', content_index: 0, annotation_index: 0, annotation: annotation('b'),
    });
    item = applyChatKitItemUpdate(item, { type: 'assistant_message.content_part.annotation_added', content_index: 0, annotation_index: 9, annotation: annotation('c') });
    expect((item.content as Array<{ annotations: Array<{ source: { title: string } }> }>)[0]?.annotations.map((entry) => entry.source.title)).toEqual(['b', 'a', 'c']);
  });

  it('keeps streamed annotations when content_part.done brings an empty list, and takes a non-empty one', () => {
    const streamed = message([output('x', [annotation('a')])]);
    expect(applyChatKitItemUpdate(streamed, { type: 'assistant_message.content_part.done', content_index: 0, content: output('xy') }).content).toEqual([output('xy', [annotation('a')])]);
    expect(applyChatKitItemUpdate(streamed, { type: 'assistant_message.content_part.done', content_index: 0, content: output('xy', [annotation('b')]) }).content).toEqual([output('xy', [annotation('b')])]);
  });

  it('appends an added task and sets an updated one at its index', () => {
    const workflow = { id: 'wf', type: 'workflow', workflow: { type: 'custom', tasks: [{ type: 'custom', title: 'One' }], expanded: false } };
    const added = applyChatKitItemUpdate(workflow, { type: 'workflow.task.added', task_index: 0, task: { type: 'custom', title: 'Two' } });
    expect(added.workflow).toEqual({ type: 'custom', tasks: [{ type: 'custom', title: 'One' }, { type: 'custom', title: 'Two' }], expanded: false });
    const updated = applyChatKitItemUpdate(added, { type: 'workflow.task.updated', task_index: 0, task: { type: 'custom', title: 'First' } });
    expect((updated.workflow as { tasks: unknown[] }).tasks).toEqual([{ type: 'custom', title: 'First' }, { type: 'custom', title: 'Two' }]);
    expect((workflow.workflow.tasks[0] as { title: string }).title).toBe('One');
  });

  it('sets the image of a generated image', () => {
    const next = applyChatKitItemUpdate({ id: 'g', type: 'generated_image' }, { type: 'generated_image.updated', image: { id: 'img', url: 'data:,' }, progress: 0.5 });
    expect(next).toEqual({ id: 'g', type: 'generated_image', image: { id: 'img', url: 'data:,' } });
  });

  it('leaves an item alone when the update is for another type of item', () => {
    const item = message([output('x')]);
    expect(applyChatKitItemUpdate(item, { type: 'workflow.task.added', task_index: 0, task: {} })).toBe(item);
    expect(applyChatKitItemUpdate(item, { type: 'widget.root.updated', widget: { type: 'Card' } })).toBe(item);
  });
});
