import type { DialectName } from '@threadline/headless';
import type { ThreadStreamOptions } from '@threadline/headless/react';
import type { AssistantsScenarioName, BoostedScenarioName, ChatKitScenarioName, TeammateScenarioName } from '@threadline/simulator';
import type { DemoTransport } from './TransportPicker';

/** A one-click prompt; its words pick the simulator scenario named beside it. */
export interface DemoQuestion {
  label: string;
  question: string;
  scenario: string;
}

/** A simulator scenario the playground can pin, with one line on what it shows. */
export interface DemoScenario {
  name: string;
  description: string;
}

/** What the demo shows and how it connects, for one dialect. */
export interface DemoDialect {
  name: DialectName;
  label: string;
  /** The header's subtitle. */
  subtitle: string;
  emptyTitle: string;
  emptyText: string;
  placeholder: string;
  questions: readonly DemoQuestion[];
  /** Every scenario of the dialect's simulator, in the simulator's order. */
  scenarios: readonly DemoScenario[];
  /**
   * The hook options for the simulator mounted on this origin; with `scenario`, every message
   * plays that scenario (the `/<dialect>/scenario/<name>` base URL) instead of the one its
   * keywords pick. `transport` says what carries a Boosted thread's events (the others ignore it).
   */
  connect(origin: string, callbacks: DemoCallbacks, scenario?: string, transport?: DemoTransport): ThreadStreamOptions;
}

/** What the conversation wants to hear about. */
export interface DemoCallbacks {
  /** A ChatKit `client_effect`. */
  onClientEffect(effect: { name: string; data: Record<string, unknown> }): void;
}

function ask<Name extends string>(label: string, question: string, scenario: Name): DemoQuestion {
  return { label, question, scenario };
}

// A Record over the simulator's scenario names: a scenario added there fails the type check here
// until it has a line. Only types come from the simulator, which runs in Node.
function listScenarios<Name extends string>(descriptions: Record<Name, string>): DemoScenario[] {
  return Object.entries<string>(descriptions).map(([name, description]) => ({ name, description }));
}

/** The simulator path of a dialect, pinned to a scenario when one is given. */
function simulatorPath(dialect: DialectName, scenario: string | undefined): string {
  return scenario ? `/${dialect}/scenario/${encodeURIComponent(scenario)}` : `/${dialect}`;
}

// The simulator picks a scenario from keywords in the message (see each dialect's
// resolve<Dialect>Scenario); each prompt below contains its scenario's keyword and no earlier one.
const boosted: DemoDialect = {
  name: 'boosted',
  label: 'Boosted',
  subtitle: 'Boosted Thread API on the built-in simulator',
  emptyTitle: 'Ask about a company',
  emptyText:
    'Answers stream from the Threadline simulator, which speaks the Boosted Thread API. Each suggestion plays a scenario: citations and artifacts, every artifact viewer, a plain answer, a progress log, a long answer to cancel, a dropped connection, a malformed frame, a 20,000-token report, a thread of 1,000 messages, a rename, a worker error. The Scenario menu pins one for every message; the Transport menu streams the thread over SSE or over the gRPC service.',
  placeholder: 'Ask about a company, a filing, a metric…',
  questions: [
    ask<BoostedScenarioName>('Citations and artifacts', 'Show NVIDIA data-center revenue with sources', 'citations-artifacts'),
    ask<BoostedScenarioName>('Every artifact viewer', 'gallery: every artifact viewer', 'artifact-gallery'),
    ask<BoostedScenarioName>('Plain answer', "plain: summarize Apple's quarter", 'plain'),
    ask<BoostedScenarioName>('Progress log', 'progress: screen for net-cash companies', 'progress'),
    ask<BoostedScenarioName>('Cancel mid-answer', 'long answer I can cancel', 'cancel'),
    ask<BoostedScenarioName>('Dropped connection', 'drop the connection mid-answer', 'closed-early'),
    ask<BoostedScenarioName>('Protocol error', 'send a malformed frame', 'malformed'),
    ask<BoostedScenarioName>('20,000-token answer', 'Write a huge 20,000-token report', 'long-answer'),
    ask<BoostedScenarioName>('Thread of 1,000 messages', 'Load a thread of a thousand messages', 'thousand-messages'),
    ask<BoostedScenarioName>('Thread renamed', "Rename the thread: Microsoft's dividend record", 'rename'),
    ask<BoostedScenarioName>('Worker error', 'Make the worker crash mid-answer', 'worker-error'),
  ],
  scenarios: listScenarios<BoostedScenarioName>({
    plain: 'Plain answer: progress logs, then short markdown',
    'citations-artifacts': 'Citations and artifacts: a table, a chart, six citation types',
    progress: 'Progress log between chunks',
    'closed-early': 'Dropped connection: the stream closes, the task finishes',
    cancel: 'Long answer to cancel',
    malformed: 'Error mid-stream: one malformed frame',
    'artifact-gallery': 'Every artifact viewer',
    'long-answer': 'A 20,000-token report',
    'thousand-messages': 'A thread of 1,000 messages',
    rename: 'The agent renames the thread, then answers',
    'worker-error': 'Error mid-stream: the worker fails',
  }),
  connect: (origin, _callbacks, scenario, transport = 'sse') => ({ dialect: 'boosted', baseUrl: `${origin}${simulatorPath('boosted', scenario)}`, transport }),
};

const assistants: DemoDialect = {
  name: 'assistants',
  label: 'Assistants',
  subtitle: 'OpenAI Assistants API (runs, steps, tool outputs) on the simulator',
  emptyTitle: 'Talk to a markets assistant',
  emptyText:
    'Messages create an Assistants thread and run on the simulator. Try the function-calling scenario: the run stops in requires_action until you submit the tool outputs, then runs code interpreter.',
  placeholder: 'Ask the assistant…',
  questions: [
    ask<AssistantsScenarioName>('Plain answer', 'hello: explain dollar-cost averaging', 'plain'),
    ask<AssistantsScenarioName>('Function calls (requires_action)', 'Get a stock quote for AAPL and MSFT', 'tools'),
    ask<AssistantsScenarioName>('File search with citations', 'Search my files for the refund policy', 'file-search'),
    ask<AssistantsScenarioName>('Incomplete (max tokens)', 'Write a truncated summary of the call', 'incomplete'),
    ask<AssistantsScenarioName>('Failed run', 'Make the run fail', 'failed'),
    ask<AssistantsScenarioName>('Stream error', 'Trigger a server error', 'error'),
    ask<AssistantsScenarioName>('Cancel mid-answer', 'Write a long report I can cancel', 'cancel'),
    ask<AssistantsScenarioName>('20,000-token answer', 'Write a huge 20,000-token report', 'long-answer'),
  ],
  scenarios: listScenarios<AssistantsScenarioName>({
    plain: 'Plain answer',
    tools: 'Tool calls: requires_action, then code interpreter',
    'file-search': 'File search with citations',
    failed: 'Failed run',
    error: 'Error mid-stream: an error event ends it',
    cancel: 'Long answer to cancel',
    incomplete: 'Incomplete: max tokens reached',
    'long-answer': 'A 20,000-token report',
  }),
  connect: (origin, _callbacks, scenario) => ({ dialect: 'assistants', baseUrl: `${origin}${simulatorPath('assistants', scenario)}/v1`, assistantId: 'asst_demo' }),
};

const teammate: DemoDialect = {
  name: 'teammate',
  label: 'Teammate',
  subtitle: 'Teammate (m8tes) Runs API with a human in the loop, on the simulator',
  emptyTitle: 'Give your teammate a task',
  emptyText:
    'Each message starts or continues a Teammate run with human_in_the_loop on, so the agent can stop to ask a question, ask permission for a tool, or ask you to approve its plan.',
  placeholder: 'Give your teammate a task…',
  questions: [
    ask<TeammateScenarioName>('Plain answer', 'hello: triage the overnight tickets', 'plain'),
    ask<TeammateScenarioName>('Tools, reasoning, to-dos', 'Use your tools to triage the support inbox', 'tools'),
    ask<TeammateScenarioName>('Question', 'Ask me before you draft the reply', 'question'),
    ask<TeammateScenarioName>('Tool approval', 'Run the export job with my approval', 'approval'),
    ask<TeammateScenarioName>('Plan approval', 'Make a plan for the support backlog', 'plan'),
    ask<TeammateScenarioName>('Error frame', 'Pull Stripe subscriptions (rate-limit error)', 'error'),
    ask<TeammateScenarioName>('Sandbox failure', 'Start a sandbox for this task', 'sandbox-failure'),
    ask<TeammateScenarioName>('Cancel mid-answer', 'Write a long weekly report I can cancel', 'cancel'),
    ask<TeammateScenarioName>('20,000-token answer', 'Write a huge 20,000-token report', 'long-answer'),
  ],
  scenarios: listScenarios<TeammateScenarioName>({
    plain: 'Plain answer',
    tools: 'Tool calls, reasoning and a to-do list',
    question: 'Pending action: a question for you',
    approval: 'Pending action: approve a tool',
    plan: 'Pending action: approve a plan',
    error: 'Error mid-stream: an error frame',
    'sandbox-failure': 'Sandbox failure',
    cancel: 'Long answer to cancel',
    'long-answer': 'A 20,000-token report',
  }),
  connect: (origin, _callbacks, scenario) => ({
    dialect: 'teammate',
    baseUrl: `${origin}${simulatorPath('teammate', scenario)}/api/v2`,
    settings: { human_in_the_loop: true },
  }),
};

const chatkit: DemoDialect = {
  name: 'chatkit',
  label: 'ChatKit',
  subtitle: 'ChatKit server protocol (workflows, widgets, client tools) on the simulator',
  emptyTitle: 'Chat with a ChatKit server',
  emptyText:
    'Every request is a POST to one ChatKit endpoint. Try the comparison for a workflow, a widget with a server action and a client effect, or the canvas prompt for a client tool call the demo answers.',
  placeholder: 'Message the ChatKit server…',
  questions: [
    ask<ChatKitScenarioName>('Plain answer with a notice', 'hello: Roth or traditional IRA?', 'plain'),
    ask<ChatKitScenarioName>('Workflow and widget', 'Compare iPhone 17 and Pixel 10 battery life', 'workflow'),
    ask<ChatKitScenarioName>('Client tool call', 'Summarize my canvas selection', 'client-tool'),
    ask<ChatKitScenarioName>('Error you can retry', 'Fail with an error I can retry', 'error-retry'),
    ask<ChatKitScenarioName>('Guardrail error', 'Write a chapter the guardrail blocks', 'error'),
    ask<ChatKitScenarioName>('Cancel mid-answer', 'Write a long blog post I can cancel', 'cancel'),
    ask<ChatKitScenarioName>('20,000-token answer', 'Write a huge 20,000-token report', 'long-answer'),
    ask<ChatKitScenarioName>('Thread of 1,000 messages', 'Load a thread of a thousand messages', 'thousand-messages'),
  ],
  scenarios: listScenarios<ChatKitScenarioName>({
    plain: 'Plain answer with a notice',
    workflow: 'Workflow and widget, with citations',
    'client-tool': 'Pending action: a client tool call',
    error: 'Error mid-stream: a guardrail withdraws the answer',
    'error-retry': 'Error you can retry',
    cancel: 'Long answer to cancel',
    'long-answer': 'A 20,000-token report',
    'thousand-messages': 'A thread of 1,000 messages',
    'hostile-content': 'Hostile content: javascript: links, data: URLs, onerror images',
  }),
  connect: (origin, { onClientEffect }, scenario) => ({ dialect: 'chatkit', baseUrl: `${origin}${simulatorPath('chatkit', scenario)}`, onClientEffect }),
};

/** The dialects the demo switches among, in tab order. */
export const demoDialects: readonly DemoDialect[] = [boosted, assistants, teammate, chatkit];

/** The dialect named in the page's `?dialect=` query, else Boosted. */
export function dialectFromLocation(search: string): DemoDialect {
  const name = new URLSearchParams(search).get('dialect');
  return demoDialects.find((dialect) => dialect.name === name) ?? boosted;
}
