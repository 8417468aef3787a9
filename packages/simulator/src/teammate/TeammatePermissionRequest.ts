/**
 * An item of `GET /api/v2/runs/{id}/permissions` (fields per the m8tes SDK's `PermissionRequest`;
 * `decision` is the simulator's addition).
 */
export interface TeammatePermissionRequest {
  request_id: string;
  tool_name: string;
  tool_input: Record<string, unknown>;
  status: 'pending' | 'resolved';
  created_at: string;
  resolved_at: string | null;
  tool_use_id: string | null;
  auto_resolved: boolean;
  consequence: string | null;
  can_remember: boolean;
  remember_default: boolean;
  timeout_seconds: number;
  decision: 'allow' | 'deny' | 'answered' | 'cancelled' | null;
}
