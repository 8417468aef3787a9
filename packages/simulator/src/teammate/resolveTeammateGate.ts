import type { TeammateGateDecision, TeammateRun } from './TeammateRun';

/**
 * Settles the run's pending pause with the user's decision: the request becomes resolved, the
 * run goes back to `running`, and the paused turn wakes up to carry on.
 */
export function resolveTeammateGate(run: TeammateRun, decision: TeammateGateDecision): void {
  const gate = run.gate;
  if (!gate) return;
  const now = new Date().toISOString();
  gate.request.status = 'resolved';
  gate.request.resolved_at = now;
  gate.request.decision = decision.decision;
  gate.decision = decision;
  run.gate = undefined;
  run.status = 'running';
  run.updatedAt = now;
  gate.controller.abort();
}
