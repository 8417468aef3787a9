import type { ItemSnapshot, ThreadSnapshot } from '@threadline/headless';

/** What a thread shows besides its answer's words, by kind, as strings free of per-run ids. */
export interface ContentDigest {
  /** Each message's role and status, and a user message's text: a repeated message shows here. */
  messages: string[];
  citations: string[];
  /** Name, arguments, result and status of each tool call. */
  toolCalls: string[];
  /** Reasoning, workflows and widgets. */
  items: string[];
  /** Artifact and image parts of assistant messages. */
  parts: string[];
}

/** The kinds of a {@link ContentDigest}. */
export type DigestKind = keyof ContentDigest;

/** The kinds of a {@link ContentDigest} in report order. */
export const digestKinds: readonly DigestKind[] = ['messages', 'citations', 'toolCalls', 'items', 'parts'];

/** What one entry of each kind is called in a report. */
export const digestNouns: Readonly<Record<DigestKind, string>> = { messages: 'message', citations: 'citation', toolCalls: 'tool call', items: 'item', parts: 'part' };

function digestItem(item: ItemSnapshot, digest: ContentDigest): void {
  switch (item.kind) {
    case 'message': {
      digest.messages.push(item.role === 'user' ? `user: ${item.text} (${item.status})` : `${item.role} (${item.status})`);
      if (item.role === 'user') return;
      for (const citation of item.citations) digest.citations.push(`${citation.type}: ${citation.title ?? ''} ${citation.url ?? ''}`.trim());
      for (const part of item.parts) if (part.type !== 'text') digest.parts.push(part.type);
      return;
    }
    case 'tool_call': {
      digest.toolCalls.push(`${item.name}(${item.arguments}) -> ${item.result ?? 'no result'} (${item.status})`);
      return;
    }
    case 'reasoning': {
      digest.items.push(`reasoning: ${item.text} (${item.status})`);
      return;
    }
    case 'workflow': {
      const tasks = item.tasks.map((task) => `${task.title ?? ''} [${task.status}]`).join('; ');
      digest.items.push(`workflow: ${tasks} (${item.status})`);
      return;
    }
    case 'widget': {
      digest.items.push(`widget: ${JSON.stringify(item.root)} (${item.status})`);
      return;
    }
    default: {
      item satisfies never;
    }
  }
}

/** Digests a snapshot's items so that two runs of one scenario compare equal; no snapshot digests as empty. */
export function toContentDigest(snapshot: ThreadSnapshot | undefined): ContentDigest {
  const digest: ContentDigest = { messages: [], citations: [], toolCalls: [], items: [], parts: [] };
  for (const item of snapshot?.items ?? []) digestItem(item, digest);
  return digest;
}
