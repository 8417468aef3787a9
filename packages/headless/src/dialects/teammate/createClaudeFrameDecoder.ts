import type { Citation } from '../../events/Citation';
import type { ReasoningVariant, ThreadEvent } from '../../events/ThreadEvent';
import type { TeammateBlocks } from './createTeammateBlocks';
import type { TeammateTools } from './createTeammateTools';
import { isRecord, pickRecord, pickString, pickText } from './pickString';
import type { Json } from './pickString';
import { toTeammateCitation } from './toTeammateCitation';

/** What the Claude-native frames write through: the Teammate decoder's own blocks and tool calls. */
export interface ClaudeFrameContext {
  blocks: TeammateBlocks;
  tools: TeammateTools;
  addCitation(events: ThreadEvent[], citation: Citation): void;
  warn(message: string): void;
}

/** Decodes the Claude-SDK-native frame types, appending the events each makes. */
export interface ClaudeFrameDecoder {
  decode(events: ThreadEvent[], type: string, raw: Json): void;
}

type NativeBlock = { kind: 'text'; wireId: string | null } | { kind: 'reasoning'; wireId: string | null; variant: ReasoningVariant } | { kind: 'tool'; toolCallId: string };

/** The Claude-native frame types {@link createClaudeFrameDecoder} reads. */
export const claudeFrameTypes: ReadonlySet<string> = new Set([
  'content_block_start',
  'content_block_delta',
  'content_block_stop',
  'message_start',
  'message_delta',
  'message_stop',
  'message_complete',
  'tool_use',
  'tool_result',
]);

const REASONING_BLOCKS: Readonly<Record<string, ReasoningVariant>> = { thinking: 'thinking', redacted_thinking: 'thinking', plan: 'plan' };
const TOOL_BLOCKS = new Set(['tool_use', 'server_tool_use', 'mcp_tool_use']);

/**
 * The agent runtime normally normalises Claude SDK events away, but the m8tes parser still
 * maps `content_block_*`, `message_*`, `tool_use` and `tool_result`; they land on the same
 * items as the normalised frames. Claude numbers blocks by `index`, which restarts in every
 * message, so a delta or stop without an `id` goes to the block that started last.
 */
export function createClaudeFrameDecoder(context: ClaudeFrameContext): ClaudeFrameDecoder {
  const { blocks, tools } = context;
  let native: NativeBlock | null = null;

  function startBlock(events: ThreadEvent[], raw: Json): void {
    const block = pickRecord(raw, 'content_block');
    const blockType = pickString(block, 'type') ?? pickString(raw, 'block_type') ?? '';
    const wireId = pickString(raw, 'id') ?? pickString(block, 'id');
    const variant = Object.hasOwn(REASONING_BLOCKS, blockType) ? REASONING_BLOCKS[blockType] : undefined;
    if (blockType === 'text') {
      blocks.startText(events, wireId);
      native = { kind: 'text', wireId };
      blocks.appendText(events, pickText(block, 'text'), wireId);
    } else if (variant) {
      blocks.startReasoning(events, variant, wireId);
      native = { kind: 'reasoning', wireId, variant };
      blocks.appendReasoning(events, variant, pickText(block, 'thinking') || pickText(block, 'text'), wireId);
    } else if (TOOL_BLOCKS.has(blockType)) {
      blocks.closeCurrent(events);
      native = { kind: 'tool', toolCallId: tools.start(events, wireId, pickString(block, 'name') ?? pickString(raw, 'name')) };
    } else {
      context.warn(`Ignored a Claude content block of type "${blockType}".`);
    }
  }

  function appendToBlock(events: ThreadEvent[], raw: Json): void {
    const delta = pickRecord(raw, 'delta');
    const wireId = pickString(raw, 'id');
    const nativeWireId = native?.kind === 'tool' ? null : (native?.wireId ?? null);
    switch (pickString(delta, 'type')) {
      case 'text_delta': {
        blocks.appendText(events, pickText(delta, 'text'), wireId ?? nativeWireId);
        break;
      }
      case 'thinking_delta': {
        blocks.appendReasoning(events, 'thinking', pickText(delta, 'thinking') || pickText(delta, 'text'), wireId ?? nativeWireId);
        break;
      }
      case 'plan_delta': {
        blocks.appendReasoning(events, 'plan', pickText(delta, 'text') || pickText(delta, 'plan'), wireId ?? nativeWireId);
        break;
      }
      case 'input_json_delta': {
        tools.appendArguments(events, wireId ?? (native?.kind === 'tool' ? native.toolCallId : null), pickText(delta, 'partial_json'));
        break;
      }
      case 'citations_delta': {
        const citation = pickRecord(delta, 'citation');
        if (citation) context.addCitation(events, toTeammateCitation(citation, pickString(citation, 'url') === null ? 'document' : 'url'));
        break;
      }
      case 'signature_delta': {
        break;
      }
      default: {
        context.warn(`Ignored a Claude content block delta of type "${pickString(delta, 'type') ?? ''}".`);
      }
    }
  }

  function stopBlock(events: ThreadEvent[], raw: Json): void {
    const wireId = pickString(raw, 'id');
    const block = native;
    native = null;
    if (wireId !== null) {
      if (tools.has(wireId)) tools.endArguments(events, wireId);
      else blocks.endNamed(events, wireId);
    } else if (block?.kind === 'text') {
      blocks.endText(events, block.wireId);
    } else if (block?.kind === 'reasoning') {
      blocks.endReasoning(events, block.variant, block.wireId);
    } else if (block?.kind === 'tool') {
      tools.endArguments(events, block.toolCallId);
    }
  }

  function decode(events: ThreadEvent[], type: string, raw: Json): void {
    switch (type) {
      case 'content_block_start': {
        startBlock(events, raw);
        break;
      }
      case 'content_block_delta': {
        appendToBlock(events, raw);
        break;
      }
      case 'content_block_stop': {
        stopBlock(events, raw);
        break;
      }
      case 'message_start': {
        blocks.nameNextMessage(pickString(pickRecord(raw, 'message'), 'id'));
        break;
      }
      case 'message_delta': {
        blocks.appendText(events, pickText(pickRecord(raw, 'delta'), 'text'), null);
        break;
      }
      case 'message_stop':
      case 'message_complete': {
        blocks.endText(events, null);
        blocks.nameNextMessage(null);
        break;
      }
      case 'tool_use': {
        blocks.closeCurrent(events);
        const toolCallId = tools.start(events, pickString(raw, 'id'), pickString(raw, 'name'));
        if (raw.input !== undefined) tools.endArguments(events, toolCallId, JSON.stringify(raw.input) ?? '');
        break;
      }
      case 'tool_result': {
        const result = 'content' in raw ? toResultContent(raw.content) : raw.result;
        tools.endResult(events, pickString(raw, 'tool_use_id', 'id'), result, raw.is_error === true);
        break;
      }
      default: {
        context.warn(`Ignored an unknown Claude frame "${type}".`);
      }
    }
  }

  return { decode };
}

// Claude sends a tool result's content as text blocks; their text is the result.
function toResultContent(content: unknown): unknown {
  if (!Array.isArray(content) || !content.every((block) => isRecord(block) && block.type === 'text' && typeof block.text === 'string')) return content;
  return content.map((block) => (block as { text: string }).text).join('');
}
