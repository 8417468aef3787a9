import { composeStream } from './composeStream';
import type { WireFrame } from './WireFrame';

const THREAD = 'thr_5c0e7a21';
const MESSAGE = 'msg_c4d5e6f7';
const WORKFLOW = 'wf_7d21c4b0';

const frame = (data: Record<string, unknown>): WireFrame => ({ data: JSON.stringify(data) });
const updated = (itemId: string, update: Record<string, unknown>) => frame({ type: 'thread.item.updated', item_id: itemId, update });

const planning = { status_indicator: 'loading', type: 'custom', title: 'Planning the lookup', icon: 'notebook', content: 'Check the 10-Q and the earnings call.' };
const search = { status_indicator: 'complete', type: 'web_search', title_query: 'NVDA data center revenue', queries: ['NVDA 10-Q data center', 'NVDA earnings call'], sources: [] };
const workflowItem = (tasks: unknown[]) => ({ id: WORKFLOW, thread_id: THREAD, created_at: '2026-05-21T09:14:02.667726', type: 'workflow', workflow: { type: 'custom', tasks, expanded: true } });
const messageItem = (content: unknown[]) => ({ id: MESSAGE, thread_id: THREAD, created_at: '2026-05-21T09:14:03.003606', type: 'assistant_message', content });

/**
 * A ChatKit stream of exactly `count` frames: the user's message, stream options, a workflow
 * with tasks, then one assistant message a word per `text_delta`, with an annotation or a
 * progress line every 500 frames, then the part and the item done, and the end of the turn.
 */
export function chatkitFrames(count: number): WireFrame[] {
  const annotations: unknown[] = [];
  return composeStream(count, {
    head: [
      frame({
        type: 'thread.item.done',
        item: { id: 'msg_5a6b7c8d', thread_id: THREAD, created_at: '2026-05-21T09:14:02.624963', type: 'user_message', content: [{ type: 'input_text', text: 'How did the data center segment do?' }], attachments: [], inference_options: { model: 'gpt-5' } },
      }),
      frame({ type: 'stream_options', stream_options: { allow_cancel: true } }),
      frame({ type: 'progress_update', icon: 'search', text: 'Reading the filings…' }),
      frame({ type: 'thread.item.added', item: workflowItem([planning]) }),
      updated(WORKFLOW, { type: 'workflow.task.updated', task_index: 0, task: { ...planning, status_indicator: 'complete' } }),
      updated(WORKFLOW, { type: 'workflow.task.added', task_index: 1, task: search }),
      frame({ type: 'thread.item.done', item: workflowItem([{ ...planning, status_indicator: 'complete' }, search]) }),
      frame({ type: 'thread.item.added', item: messageItem([]) }),
      updated(MESSAGE, { type: 'assistant_message.content_part.added', content_index: 0, content: { annotations: [], text: '', type: 'output_text' } }),
    ],
    delta: (word) => updated(MESSAGE, { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: word }),
    sprinkle(position, textLength) {
      if (position % 2 === 1) return { frames: [frame({ type: 'progress_update', icon: 'search', text: `Checking source ${position}` })] };
      const annotation = { type: 'annotation', source: { title: `Filing ${position}`, type: 'url', url: `https://example.com/filings/${position}` }, index: textLength };
      const annotationIndex = annotations.length;
      annotations.push(annotation);
      return { frames: [updated(MESSAGE, { type: 'assistant_message.content_part.annotation_added', content_index: 0, annotation_index: annotationIndex, annotation })] };
    },
    // chatkit.agents sends the finished part without its annotations; only the item carries them.
    tail: (answer) => [
      updated(MESSAGE, { type: 'assistant_message.content_part.done', content_index: 0, content: { annotations: [], text: answer, type: 'output_text' } }),
      frame({ type: 'thread.item.done', item: messageItem([{ annotations, text: answer, type: 'output_text' }]) }),
      frame({ type: 'thread.item.done', item: { id: 'msg_0f1e2d3c', thread_id: THREAD, created_at: '2026-05-21T09:14:03.524886', type: 'end_of_turn' } }),
    ],
    tailLength: 3,
  });
}
