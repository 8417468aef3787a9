import { sendJson } from '../sendJson';
import type { ChatKitContext } from './ChatKitContext';
import type { ChatKitPage } from './ChatKitItem';
import { toChatKitThread, visibleItems } from './ChatKitThreadRecord';
import type { ChatKitJsonRequest, ChatKitListParams } from './parseChatKitRequest';

function paginate<T extends { id: string }>(oldestFirst: readonly T[], { limit, order, after }: ChatKitListParams): ChatKitPage<T> {
  const ordered = order === 'asc' ? [...oldestFirst] : [...oldestFirst].reverse();
  const start = after === undefined ? 0 : ordered.findIndex((entry) => entry.id === after) + 1;
  const data = ordered.slice(start, start + limit);
  const has_more = start + limit < ordered.length;
  return has_more ? { data, has_more, after: data.at(-1)?.id } : { data, has_more };
}

/** Answers a non-streaming request with JSON; 404 `{detail}` for an unknown thread. */
export function answerChatKitJson(context: ChatKitContext, request: ChatKitJsonRequest): void {
  const { res, threads } = context;
  if (request.type === 'threads.list') {
    const page = paginate([...threads.values()], request.list);
    return sendJson(res, 200, { ...page, data: page.data.map((thread) => toChatKitThread(thread)) });
  }
  const thread = threads.get(request.threadId);
  if (!thread) return sendJson(res, 404, { detail: `Thread ${request.threadId} not found` });
  switch (request.type) {
    case 'threads.get_by_id': {
      return sendJson(res, 200, toChatKitThread(thread, visibleItems(thread)));
    }
    case 'items.list': {
      return sendJson(res, 200, paginate(visibleItems(thread), request.list));
    }
    case 'items.feedback': {
      const missing = request.itemIds.filter((id) => !thread.items.some((item) => item.id === id));
      if (missing.length > 0) return sendJson(res, 404, { detail: `Items not found: ${missing.join(', ')}` });
      return sendJson(res, 200, {});
    }
    case 'threads.update': {
      thread.title = request.title;
      return sendJson(res, 200, toChatKitThread(thread));
    }
    case 'threads.delete': {
      threads.delete(thread.id);
      return sendJson(res, 200, {});
    }
    default: {
      request satisfies never;
    }
  }
}
