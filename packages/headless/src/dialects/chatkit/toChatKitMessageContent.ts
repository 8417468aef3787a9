import type { Citation } from '../../events/Citation';
import type { ContentPart } from '../../events/ContentPart';
import { isJsonObject, readArray, readObject, readString } from '../readJson';
import { toChatKitCitation } from './toChatKitCitation';

/** What a ChatKit message item shows: its parts in order and the citations behind them. */
export interface ChatKitMessageContent {
  parts: ContentPart[];
  citations: Citation[];
}

/**
 * The parts and citations of a `user_message`, `assistant_message` or `generated_image` item:
 * - a user message is one text part (its `input_text` and `input_tag` texts joined, a tag
 *   standing as its text), then its image attachments as image parts;
 * - an assistant message has one text part per `output_text` content, and its annotations
 *   become citations positioned in the whole message's text;
 * - a generated image is one image part once the image exists.
 */
export function toChatKitMessageContent(item: unknown): ChatKitMessageContent {
  switch (readString(item, 'type')) {
    case 'user_message': {
      const text = readArray(item, 'content')
        .map((content) => readString(content, 'text') ?? '')
        .join('');
      const parts: ContentPart[] = text === '' ? [] : [{ type: 'text', text }];
      for (const attachment of readArray(item, 'attachments')) {
        const id = readString(attachment, 'id');
        if (readString(attachment, 'type') === 'image' && id !== null) parts.push({ type: 'image', fileId: id, url: readString(attachment, 'preview_url') });
      }
      return { parts, citations: [] };
    }
    case 'assistant_message': {
      const parts: ContentPart[] = [];
      const citations: Citation[] = [];
      let offset = 0;
      for (const content of readArray(item, 'content')) {
        const text = readString(content, 'text') ?? '';
        parts.push({ type: 'text', text });
        for (const annotation of readArray(content, 'annotations')) citations.push(toChatKitCitation(annotation, offset));
        offset += text.length;
      }
      return { parts, citations };
    }
    case 'generated_image': {
      const image = toChatKitImagePart(readObject(item, 'image'));
      return { parts: image === null ? [] : [image], citations: [] };
    }
    default: {
      return { parts: [], citations: [] };
    }
  }
}

/** Where content part `index` of an assistant message begins in the message's whole text. */
export function chatKitContentOffset(item: unknown, index: number): number {
  let offset = 0;
  for (const content of readArray(item, 'content').slice(0, index)) offset += (readString(content, 'text') ?? '').length;
  return offset;
}

/** A generated image (`{id, url}`) as an image part, or null while there is none. */
export function toChatKitImagePart(image: unknown): ContentPart | null {
  if (!isJsonObject(image)) return null;
  const id = readString(image, 'id');
  return id === null ? null : { type: 'image', fileId: id, url: readString(image, 'url') };
}
