#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { assistantsScenarioNames } from './assistants/assistantsScenarios';
import { boostedScenarioNames } from './boosted/boostedScenarios';
import { chatkitScenarioNames } from './chatkit/chatkitScenarios';
import { faultNames } from './faults/Fault';
import { startSimulator } from './startSimulator';
import { teammateScenarioNames } from './teammate/teammateScenarios';

const usage = 'Usage: threadline-simulator [--port 4010] [--host 127.0.0.1] [--delay 30] [--token T] [--framing key|event]';

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

function readNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) fail(`--${name} must be a non-negative integer`);
  return number;
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    delay: { type: 'string' },
    token: { type: 'string' },
    framing: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (values.framing !== undefined && values.framing !== 'key' && values.framing !== 'event') {
  fail('--framing must be key or event');
}

const running = await startSimulator({
  port: readNumber(values.port, 'port', 4010),
  host: values.host ?? '127.0.0.1',
  delayMs: readNumber(values.delay, 'delay', 30),
  ...(values.token === undefined ? {} : { token: values.token }),
  ...(values.framing === undefined ? {} : { boostedFraming: values.framing }),
});

console.log(`Threadline simulator listening on ${running.url}`);
console.log(`Boosted base URL:    ${running.url}/boosted    (scenarios: ${boostedScenarioNames.join(', ')})`);
console.log(`Boosted gRPC:        ${running.url}/boosted    (ThreadService: Connect and gRPC-web over HTTP/1.1, gRPC over cleartext HTTP/2)`);
console.log(`Assistants base URL: ${running.url}/assistants/v1    (scenarios: ${assistantsScenarioNames.join(', ')})`);
console.log(`Teammate base URL:   ${running.url}/teammate/api/v2    (scenarios: ${teammateScenarioNames.join(', ')})`);
console.log(`ChatKit endpoint:    ${running.url}/chatkit    (scenarios: ${chatkitScenarioNames.join(', ')})`);
console.log('Pin a scenario with <prefix>/scenario/<name>/... or the x-simulator-scenario header.');
console.log(`Inject a fault into a stream with the x-simulator-fault header or ?fault= (faults: ${faultNames.join(', ')}).`);

const stop = () => {
  running.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
