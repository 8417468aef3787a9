import { RunInterrupted } from '../RunInterrupted';
import type { TeammatePacing } from './createTeammateTurn';
import { createTeammateTurn, createToolCallId } from './createTeammateTurn';
import { isGateStep, playTeammateGateStep } from './playTeammateGateStep';
import { doneSentinel, endTeammateTurn, publishTeammateFrame } from './publishTeammateFrame';
import type { TeammateRun } from './TeammateRun';
import type { TeammateScenario } from './TeammateStep';

function addUsage(run: TeammateRun, inputTokens: number, outputTokens: number, costUsd: number): void {
  const usage = run.usage ?? { input_tokens: 0, output_tokens: 0, cache_read_tokens: 0, cache_creation_tokens: 0, total_tokens: 0, cost_usd: '0' };
  usage.input_tokens += inputTokens;
  usage.output_tokens += outputTokens;
  usage.total_tokens = usage.input_tokens + usage.output_tokens;
  usage.cost_usd = (Number(usage.cost_usd) + costUsd).toFixed(4);
  run.usage = usage;
}

/**
 * Plays one turn of a run to every open stream of the run: `metadata`, the scenario's frames
 * (pausing for the user where a step asks), then `run_metrics` and `done`, or an error or
 * terminal failure. A cancel is answered by the cancel route itself, so an interrupted turn just
 * stops.
 */
export async function runTeammateTurn(run: TeammateRun, scenario: TeammateScenario, pacing: TeammatePacing, promptCharacters: number): Promise<void> {
  const turn = createTeammateTurn(run, pacing, scenario.paceFactor);
  const startedAt = Date.now();
  let answer = '';
  try {
    await turn.emit({ type: 'metadata', payload: { run_id: run.id } });
    for (const step of scenario.steps) {
      if ('text' in step) {
        await turn.text(step.text.replaceAll('{answer}', answer), step.block, step.wordsPerDelta);
      } else if ('reasoning' in step) {
        await turn.reasoning(step.reasoning);
      } else if ('tool' in step) {
        const { name, input, result, streamResult, todos } = step.tool;
        const toolCallId = await turn.toolCall(name, input);
        if (todos) await turn.emit({ type: 'todo-update', toolCallId, todos: [...todos] });
        await turn.toolResult(toolCallId, result, streamResult);
      } else if ('toolStart' in step) {
        await turn.emit({ type: 'tool-call-start', toolCallId: createToolCallId(), toolName: step.toolStart });
      } else if (isGateStep(step)) {
        const outcome = await playTeammateGateStep(turn, step);
        answer = outcome.answer ?? answer;
        if (outcome.endTurn) break;
      } else if ('error' in step) {
        await turn.emit({ type: 'error', error: step.error.error, error_code: step.error.errorCode });
        publishTeammateFrame(run, doneSentinel);
        run.error = step.error.error;
        run.errorCode = step.error.errorCode;
        return endTeammateTurn(run, 'failed');
      } else {
        await turn.emit({ type: step.failure.type, error: step.failure.error });
        run.error = step.failure.error;
        run.errorCode = step.failure.type;
        return endTeammateTurn(run, 'failed');
      }
    }
    const inputTokens = 1_500 + Math.ceil(promptCharacters / 4);
    const outputTokens = Math.ceil(run.frames.join('').length / 16);
    const costUsd = Math.round((inputTokens * 3 + outputTokens * 15) / 100) / 10_000;
    await turn.emit({
      type: 'run_metrics',
      execution_time_ms: Date.now() - startedAt,
      input_tokens_used: inputTokens,
      output_tokens_used: outputTokens,
      claude_token_cost_usd: costUsd,
      stop_reason: 'end_turn',
      completion_state: 'complete',
    });
    await turn.emit({ type: 'done', stop_reason: 'end_turn' });
    addUsage(run, inputTokens, outputTokens, costUsd);
    run.stopReason = 'end_turn';
    endTeammateTurn(run, 'completed');
  } catch (error) {
    if (!(error instanceof RunInterrupted)) throw error;
  }
}
