/**
 * A widget's action (ChatKit `ActionConfig`): what a button or a card's confirm sends. `handler`
 * is `server` (the default: the app forwards it, e.g. to `customAction`) or `client`.
 */
export interface WidgetAction {
  type: string;
  payload?: unknown;
  handler?: string;
  loadingBehavior?: string;
}

/** Called with a widget's server action and the widget item's id. A returned promise shows the button as loading until it settles. */
export type WidgetActionHandler = (action: WidgetAction, itemId: string) => unknown;

/** The value as a widget action (an object with a string `type`), or null. */
export function readWidgetAction(value: unknown): WidgetAction | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.type !== 'string' || record.type === '') return null;
  return {
    type: record.type,
    payload: record.payload,
    handler: typeof record.handler === 'string' ? record.handler : undefined,
    loadingBehavior: typeof record.loadingBehavior === 'string' ? record.loadingBehavior : undefined,
  };
}
