import type { PendingAction, ThreadItem } from '@threadline/headless';

const quotes: Readonly<Record<string, { price: number; change_percent: number }>> = {
  AAPL: { price: 227.48, change_percent: 0.82 },
  MSFT: { price: 514.05, change_percent: -0.31 },
};

function argumentsOf(items: readonly ThreadItem[], toolCallId: string): Record<string, unknown> {
  const call = items.find((item) => item.id === toolCallId);
  if (call?.kind !== 'tool_call') return {};
  try {
    const parsed: unknown = JSON.parse(call.arguments);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Canned outputs the demo pre-fills for tools the app is asked to run: a quote for the
 * Assistants `get_stock_quote` calls, the selected nodes for ChatKit's `get_selected_nodes`.
 */
export function demoToolOutput(items: readonly ThreadItem[]): (toolCallId: string, action: PendingAction) => string {
  return (toolCallId, action) => {
    if (action.kind === 'client_tool_call' && action.toolName === 'get_selected_nodes') {
      return JSON.stringify({ nodes: [{ id: 'n1', title: 'Launch beta' }, { id: 'n2', title: 'Pricing page refresh' }] });
    }
    const symbol = argumentsOf(items, toolCallId).symbol;
    const quote = typeof symbol === 'string' ? quotes[symbol] : undefined;
    return quote ? JSON.stringify({ symbol, ...quote }) : '{}';
  };
}
