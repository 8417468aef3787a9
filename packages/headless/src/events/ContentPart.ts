/** A run of message text (markdown). */
export interface TextPart {
  type: 'text';
  text: string;
}

/** A reference to an artifact (table, chart...) that is fetched by id, placed where it appeared in the text. */
export interface ArtifactPart {
  type: 'artifact';
  artifactId: string;
}

/** An image: a file the server stores (fetched by id), or one it sent inline as `url`. */
export interface ImagePart {
  type: 'image';
  fileId: string;
  /** Where the image can be loaded from, when the server says (a data URL for a generated image). Not yet checked. */
  url?: string | null;
}

/** One ordered piece of a message's content. */
export type ContentPart = TextPart | ArtifactPart | ImagePart;
