import type { AssistantsScenario } from '../AssistantsStep';

const code = [
  'import pandas as pd',
  'import matplotlib.pyplot as plt',
  "df = pd.DataFrame({'symbol': ['AAPL', 'MSFT'], 'price': [227.48, 514.05]})",
  "df.to_csv('/mnt/data/quotes.csv', index=False)",
  "df.plot.bar(x='symbol', y='price', legend=False)",
  "plt.savefig('/mnt/data/quotes.png')",
  'print(df)',
].join('\n');

/**
 * Fixtures `02-function-calls-requires-action.sse` and `03-submit-tool-outputs-continuation.sse`:
 * two parallel function calls, then (after `submit_tool_outputs`) code interpreter and a message
 * with an image part and a `file_path` annotation.
 */
export const toolsScenario: AssistantsScenario = {
  name: 'tools',
  description: 'Two parallel function calls and requires_action; the continuation runs code interpreter and links a file.',
  instructions: 'You are a concise markets assistant.',
  tools: [
    {
      type: 'function',
      function: {
        name: 'get_stock_quote',
        description: 'Get the latest quote for a ticker symbol',
        parameters: {
          type: 'object',
          properties: { symbol: { type: 'string', description: 'Ticker symbol, e.g. AAPL' } },
          required: ['symbol'],
        },
        strict: false,
      },
    },
    { type: 'code_interpreter' },
  ],
  steps: [
    {
      functionCalls: [
        { name: 'get_stock_quote', argumentFragments: ['{"', 'symbol', '":"', 'AAPL', '"}'] },
        { name: 'get_stock_quote', argumentFragments: ['{"', 'symbol', '":"', 'MSFT', '"}'] },
      ],
    },
    { codeInterpreter: { input: code, logs: '  symbol   price\n0   AAPL  227.48\n1   MSFT  514.05\n', imageFileName: 'quotes.png' } },
    { imageFile: 'quotes.png' },
    { text: 'AAPL is at $227.48 (+0.82%) and MSFT is at $514.05 (−0.31%). I charted both above; you can [download the data as CSV](' },
    { filePath: { text: 'sandbox:/mnt/data/quotes.csv', fileName: 'quotes.csv' } },
    { text: ').' },
  ],
};
