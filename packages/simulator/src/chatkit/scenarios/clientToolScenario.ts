import type { ChatKitScenario } from '../ChatKitStep';

/**
 * Fixture `03-client-tool-call.sse`: the turn ends with a pending client tool call; after
 * `threads.add_client_tool_output` an assistant message uses the result.
 */
export const clientToolScenario: ChatKitScenario = {
  name: 'client-tool',
  description: 'Ends with a pending get_selected_nodes client tool call; the tool output continues with an answer that uses it.',
  steps: [
    { progress: { icon: 'cube', text: 'Reading your canvas selection...' } },
    { clientToolCall: { name: 'get_selected_nodes', arguments: { project: 'roadmap-q3' } } },
    { message: { text: 'Here is what your canvas returned: {result}. I will summarise those nodes next.' } },
  ],
};
