import type { ChatKitUrlSource } from '../ChatKitItem';
import type { ChatKitScenario } from '../ChatKitStep';

const apple: ChatKitUrlSource = { title: 'iPhone 17 - Technical Specifications', type: 'url', url: 'https://www.apple.com/iphone-17/specs/', attribution: 'apple.com' };
const google: ChatKitUrlSource = { title: 'Pixel 10 tech specs', type: 'url', url: 'https://store.google.com/product/pixel_10_specs', attribution: 'store.google.com' };
const gsmarena: ChatKitUrlSource = {
  title: 'Battery life test results',
  description: 'Independent endurance ratings',
  type: 'url',
  url: 'https://www.gsmarena.com/battery-test.php3',
  attribution: 'gsmarena.com',
};

const answer =
  'Apple rates the iPhone 17 at up to 30 hours of video playback, while Google rates the Pixel 10 at 29 hours. ' +
  'In independent endurance testing the gap is within a few percent, so either will get most people through a full day.';

const after = (phrase: string) => answer.indexOf(phrase) + phrase.length;

/**
 * Fixture `02-workflow-widget-annotations.sse`: progress, a workflow (custom, web search, thought),
 * a streaming Card widget, a client effect, and a message with three URL annotations.
 */
export const workflowScenario: ChatKitScenario = {
  name: 'workflow',
  description: 'Progress, a three-task workflow, a streaming Card widget, a client effect and an answer with three URL sources.',
  steps: [
    { progress: { icon: 'search', text: 'Searching the web...' } },
    {
      workflow: {
        durationSeconds: 9,
        tasks: [
          { type: 'custom', title: 'Planning the comparison', icon: 'notebook', content: 'Find official battery ratings and independent test results for both phones.' },
          {
            type: 'web_search',
            title: 'Searching the web',
            title_query: 'iPhone 17 vs Pixel 10 battery test',
            queries: ['iPhone 17 battery life hours video playback', 'Pixel 10 battery life test'],
            sources: [apple, google, gsmarena],
          },
          {
            type: 'thought',
            title: 'Comparing results',
            content: 'Apple quotes video playback hours; Google quotes all-day usage. Use the independent test as the common yardstick.',
          },
        ],
      },
    },
    {
      widget: {
        streamingComponentId: 'summary',
        copyText: 'iPhone 17: 30 h video playback; Pixel 10: 29 h video playback.',
        root: {
          type: 'Card',
          children: [
            { type: 'Title', value: 'Battery life: iPhone 17 vs Pixel 10', size: 'sm' },
            {
              id: 'summary',
              type: 'Text',
              value: 'Both phones comfortably last a full day; the iPhone edges ahead in video playback, the Pixel in standby.',
              streaming: false,
              color: 'secondary',
            },
            { type: 'Divider' },
            { children: [{ type: 'Badge', label: 'iPhone 17', color: 'info' }, { type: 'Spacer' }, { type: 'Text', value: '30 h video' }], type: 'Row' },
            { children: [{ type: 'Badge', label: 'Pixel 10', color: 'success' }, { type: 'Spacer' }, { type: 'Text', value: '29 h video' }], type: 'Row' },
          ],
          size: 'md',
          confirm: {
            label: 'Save comparison',
            action: { type: 'comparison.save', payload: { comparison_id: 'cmp_91f2' }, handler: 'server', loadingBehavior: 'auto', streaming: true },
          },
        },
      },
    },
    { clientEffect: { name: 'open_panel', data: { panel: 'comparison' } } },
    {
      message: {
        text: answer,
        annotations: [
          { type: 'annotation', source: apple, index: after('video playback') },
          { type: 'annotation', source: google, index: after('29 hours') },
          { type: 'annotation', source: gsmarena, index: after('full day') },
        ],
      },
    },
  ],
};
