import type { ContentPart } from '../../events/ContentPart';
import { readObject, readString } from '../readJson';

/**
 * One entry of an Assistants message `content` as a content part: `text` and `refusal` are text,
 * `image_file` an image fetched by file id, `image_url` an image with a `url` (and an empty file
 * id: it has none). Null for an image that has no file id or url yet, or an unknown type.
 */
export function toAssistantsPart(content: unknown): ContentPart | null {
  switch (readString(content, 'type')) {
    case 'text': {
      return { type: 'text', text: readString(readObject(content, 'text'), 'value') ?? '' };
    }
    case 'refusal': {
      return { type: 'text', text: readString(content, 'refusal') ?? '' };
    }
    case 'image_file': {
      const fileId = readString(readObject(content, 'image_file'), 'file_id');
      return fileId ? { type: 'image', fileId } : null;
    }
    case 'image_url': {
      const url = readString(readObject(content, 'image_url'), 'url');
      return url ? { type: 'image', fileId: '', url } : null;
    }
    default: {
      return null;
    }
  }
}

/** The text a content entry adds to the message text (its part's text; nothing for an image). */
export function toAssistantsPartText(content: unknown): string {
  const part = toAssistantsPart(content);
  return part?.type === 'text' ? part.text : '';
}
