import { createRouter } from '../createRouter';
import type { Dialect } from '../Dialect';
import { matchScenarioPin } from '../matchScenarioPin';
import { readRequestBody } from '../readRequestBody';
import { sendJson } from '../sendJson';
import { answerChatKitJson } from './answerChatKitJson';
import type { ChatKitContext, ChatKitSettings } from './ChatKitContext';
import { chatkitScenarioNames, findChatKitScenario } from './chatkitScenarios';
import type { ChatKitThreadRecord } from './ChatKitThreadRecord';
import type { ChatKitSession } from './createChatKitSession';
import { isStreamingRequest, parseChatKitRequest } from './parseChatKitRequest';
import { streamChatKitRequest } from './streamChatKitRequest';

async function handleRequest(context: ChatKitContext): Promise<void> {
  const parsed = parseChatKitRequest(await readRequestBody(context.req));
  if ('error' in parsed) return sendJson(context.res, 400, { detail: `Invalid ChatKit request: ${parsed.error}` });
  const { request } = parsed;
  if (isStreamingRequest(request)) streamChatKitRequest(context, request);
  else answerChatKitJson(context, request);
}

const chatkitRoutes = createRouter<ChatKitContext>().add('POST', '/', handleRequest);

/**
 * The ChatKit server protocol under `/chatkit`: one endpoint, `POST /chatkit`, whose JSON body's
 * `type` selects the operation. `POST /chatkit/scenario/<name>` pins the scenario of every answer.
 */
export function createChatKitDialect(settings: ChatKitSettings): Dialect {
  const threads = new Map<string, ChatKitThreadRecord>();
  const sessions = new Set<ChatKitSession>();

  return {
    prefix: '/chatkit',
    async handle({ req, res, path, query }) {
      const pin = matchScenarioPin(path);
      const pinnedScenario = pin?.name;
      if (pinnedScenario !== undefined && !findChatKitScenario(pinnedScenario)) {
        sendJson(res, 400, { detail: `Unknown scenario "${pinnedScenario}"`, scenarios: chatkitScenarioNames });
        return true;
      }
      const match = chatkitRoutes.match(req.method ?? 'GET', pin?.rest ?? path);
      if (!match) return false;
      await match.handler({ req, res, query, threads, sessions, settings, pinnedScenario }, match.params);
      return true;
    },
    close() {
      for (const session of [...sessions]) session.finish();
    },
  };
}
