import { splitIntoWords } from '../splitIntoWords';
import type { AssistantsAnnotation, AssistantsMessageContent, AssistantsMessageObject, AssistantsStepObject } from './AssistantsObject';
import type { AssistantsRun } from './AssistantsRun';
import type { AssistantsStep } from './AssistantsStep';
import type { AssistantsEmitter } from './createAssistantsEmitter';
import { createAssistantMessageObject, createAssistantsId, createStepObject, unixNow } from './createAssistantsObject';
import { fileIdFor } from './fileIdFor';

/** A step that writes into the open assistant message. */
export type AssistantsContentStep = Extract<AssistantsStep, { text: string } | { fileCitation: unknown } | { filePath: unknown } | { imageFile: string }>;

/** True for the steps an {@link AssistantsMessageWriter} writes. */
export function isContentStep(step: AssistantsStep): step is AssistantsContentStep {
  return 'text' in step || 'fileCitation' in step || 'filePath' in step || 'imageFile' in step;
}

/** The message being streamed, with its `message_creation` step. */
export interface OpenAssistantsMessage {
  message: AssistantsMessageObject;
  step: AssistantsStepObject;
  /** Deltas sent so far, counted as completion tokens. */
  deltas: number;
}

/** Streams assistant messages: creation, content deltas, completion. */
export interface AssistantsMessageWriter {
  /** Writes a content step, opening a message (and its step) first when none is open. */
  write(step: AssistantsContentStep): Promise<void>;
  /** Completes the open message and its step; does nothing when none is open. */
  complete(): Promise<void>;
  /** The open message; undefined once completed or taken. */
  readonly open: OpenAssistantsMessage | undefined;
  /** Returns the open message and forgets it, for terminal paths that settle it themselves. */
  take(): OpenAssistantsMessage | undefined;
}

type TextContent = Extract<AssistantsMessageContent, { type: 'text' }>;

/** Creates the message writer of one run segment. */
export function createAssistantsMessageWriter(run: AssistantsRun, emitter: AssistantsEmitter): AssistantsMessageWriter {
  const { emit } = emitter;
  let open: OpenAssistantsMessage | undefined;
  let textPart: { index: number; content: TextContent; deltas: number } | undefined;

  const openMessage = async (): Promise<OpenAssistantsMessage> => {
    if (open) return open;
    const message = createAssistantMessageObject(run.object, createAssistantsId('msg_'));
    const step = createStepObject(run.object, { type: 'message_creation', message_creation: { message_id: message.id } });
    open = { message, step, deltas: 0 };
    await emit('thread.run.step.created', () => step);
    await emit('thread.run.step.in_progress', () => step);
    await emit('thread.message.created', () => {
      run.thread.messages.push(message);
      return message;
    });
    await emit('thread.message.in_progress', () => message);
    return open;
  };

  const sendDelta = (current: OpenAssistantsMessage, build: () => Record<string, unknown>) =>
    emit('thread.message.delta', () => {
      current.deltas += 1;
      return { id: current.message.id, object: 'thread.message.delta', delta: { content: [build()] } };
    });

  const currentTextPart = (current: OpenAssistantsMessage) => {
    if (!textPart) {
      const content: TextContent = { type: 'text', text: { value: '', annotations: [] } };
      textPart = { index: current.message.content.length, content, deltas: 0 };
      current.message.content.push(content);
    }
    return textPart;
  };

  // Only a text part's first delta carries `annotations: []`, as in recorded streams.
  const appendText = (current: OpenAssistantsMessage, value: string, annotation?: AssistantsAnnotation) => {
    const part = currentTextPart(current);
    const text = part.content.text;
    const first = part.deltas === 0;
    part.deltas += 1;
    const start = text.value.length;
    text.value += value;
    if (!annotation) return { index: part.index, type: 'text', text: first ? { value, annotations: [] } : { value } };
    const placed = { ...annotation, start_index: start, end_index: start + value.length };
    text.annotations.push(placed);
    // The delta numbers each annotation and, for citations, carries an empty `quote`.
    const wire = placed.type === 'file_citation' ? { ...placed, file_citation: { ...placed.file_citation, quote: '' } } : placed;
    return { index: part.index, type: 'text', text: { value, annotations: [{ index: text.annotations.length - 1, ...wire }] } };
  };

  return {
    get open() {
      return open;
    },
    async write(step) {
      const current = await openMessage();
      if ('text' in step) {
        for (const words of splitIntoWords(step.text, step.wordsPerDelta)) await sendDelta(current, () => appendText(current, words));
      } else if ('imageFile' in step) {
        await sendDelta(current, () => {
          const file_id = fileIdFor(run, step.imageFile);
          textPart = undefined;
          const index = current.message.content.length;
          current.message.content.push({ type: 'image_file', image_file: { file_id } });
          return { index, type: 'image_file', image_file: { file_id } };
        });
      } else if ('fileCitation' in step) {
        const { marker, fileName } = step.fileCitation;
        const file_citation = { file_id: fileIdFor(run, fileName) };
        await sendDelta(current, () => appendText(current, marker, { type: 'file_citation', text: marker, start_index: 0, end_index: 0, file_citation }));
      } else {
        const { text, fileName } = step.filePath;
        const file_path = { file_id: fileIdFor(run, fileName) };
        await sendDelta(current, () => appendText(current, text, { type: 'file_path', text, start_index: 0, end_index: 0, file_path }));
      }
    },
    async complete() {
      const current = open;
      if (!current) return;
      await emit('thread.message.completed', () => {
        current.message.status = 'completed';
        current.message.completed_at = unixNow();
        return current.message;
      });
      await emit('thread.run.step.completed', () => emitter.settleStep(current.step, 'completed', current.deltas));
      open = undefined;
      textPart = undefined;
    },
    take() {
      const current = open;
      open = undefined;
      textPart = undefined;
      return current;
    },
  };
}
