import { splitIntoFragments } from '../splitIntoFragments';
import type { AssistantsStepObject, AssistantsToolCall } from './AssistantsObject';
import type { AssistantsRun } from './AssistantsRun';
import type { AssistantsStep } from './AssistantsStep';
import type { AssistantsEmitter } from './createAssistantsEmitter';
import { createAssistantsId } from './createAssistantsObject';
import { fileIdFor } from './fileIdFor';

/** A step that runs tools. */
export type AssistantsToolStep = Extract<AssistantsStep, { functionCalls: unknown } | { codeInterpreter: unknown } | { fileSearch: unknown }>;

/** True for the steps {@link playAssistantsToolStep} plays. */
export function isToolStep(step: AssistantsStep): step is AssistantsToolStep {
  return 'functionCalls' in step || 'codeInterpreter' in step || 'fileSearch' in step;
}

const codeFragmentLength = 24;
const rankingOptions = { ranker: 'default_2024_08_21', score_threshold: 0 };

function toolCallsOf(step: AssistantsStepObject): AssistantsToolCall[] {
  return step.step_details.type === 'tool_calls' ? step.step_details.tool_calls : [];
}

/**
 * Streams a `tool_calls` step: created with `tool_calls: []`, then one delta per call (or
 * fragment), then completed with usage. Function calls leave the step in progress: the run then
 * requires action.
 */
export async function playAssistantsToolStep(run: AssistantsRun, emitter: AssistantsEmitter, toolStep: AssistantsToolStep, step: AssistantsStepObject): Promise<void> {
  const { emit } = emitter;
  const calls = toolCallsOf(step);
  const delta = (toolCall: Record<string, unknown>) => ({
    id: step.id,
    object: 'thread.run.step.delta',
    delta: { step_details: { type: 'tool_calls', tool_calls: [toolCall] } },
  });
  // The created/in_progress events show an empty call list; calls are filled in as they stream.
  const empty = () => ({ ...step, step_details: { type: 'tool_calls', tool_calls: [] } });
  await emit('thread.run.step.created', empty);
  await emit('thread.run.step.in_progress', empty);

  if ('functionCalls' in toolStep) {
    for (const [index, spec] of toolStep.functionCalls.entries()) {
      const call = { id: createAssistantsId('call_'), type: 'function' as const, function: { name: spec.name, arguments: '', output: null } };
      await emit('thread.run.step.delta', () => {
        calls.push(call);
        return delta({ index, ...call, function: { ...call.function } });
      });
      for (const fragment of spec.argumentFragments) {
        await emit('thread.run.step.delta', () => {
          call.function.arguments += fragment;
          return delta({ index, type: 'function', function: { arguments: fragment } });
        });
      }
    }
    return;
  }

  if ('codeInterpreter' in toolStep) {
    const { input, logs, imageFileName } = toolStep.codeInterpreter;
    const call = { id: createAssistantsId('call_'), type: 'code_interpreter' as const, code_interpreter: { input: '', outputs: [] as Extract<AssistantsToolCall, { type: 'code_interpreter' }>['code_interpreter']['outputs'] } };
    await emit('thread.run.step.delta', () => {
      calls.push(call);
      return delta({ index: 0, id: call.id, type: 'code_interpreter', code_interpreter: { input: '', outputs: [] } });
    });
    for (const fragment of splitIntoFragments(input, codeFragmentLength)) {
      await emit('thread.run.step.delta', () => {
        call.code_interpreter.input += fragment;
        return delta({ index: 0, type: 'code_interpreter', code_interpreter: { input: fragment } });
      });
    }
    await emit('thread.run.step.delta', () => {
      call.code_interpreter.outputs.push({ type: 'logs', logs });
      return delta({ index: 0, type: 'code_interpreter', code_interpreter: { outputs: [{ index: 0, type: 'logs', logs }] } });
    });
    await emit('thread.run.step.delta', () => {
      const image = { file_id: fileIdFor(run, imageFileName) };
      call.code_interpreter.outputs.push({ type: 'image', image });
      return delta({ index: 0, type: 'code_interpreter', code_interpreter: { outputs: [{ index: 1, type: 'image', image }] } });
    });
    await emit('thread.run.step.completed', () => emitter.settleStep(step, 'completed', Math.ceil(input.length / 4)));
    return;
  }

  const id = createAssistantsId('call_');
  await emit('thread.run.step.delta', () => delta({ index: 0, id, type: 'file_search', file_search: { ranking_options: rankingOptions, results: [] } }));
  await emit('thread.run.step.completed', () => {
    const results = toolStep.fileSearch.map(({ fileName, score, text }) => ({
      file_id: fileIdFor(run, fileName),
      file_name: fileName,
      score,
      attributes: {},
      content: [{ type: 'text' as const, text }],
    }));
    calls.push({ id, type: 'file_search', file_search: { ranking_options: rankingOptions, results } });
    return emitter.settleStep(step, 'completed', 20);
  });
}
