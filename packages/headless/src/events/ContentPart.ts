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

/** An image the server stores as a file. */
export interface ImagePart {
  type: 'image';
  fileId: string;
}

/** One ordered piece of a message's content. */
export type ContentPart = TextPart | ArtifactPart | ImagePart;
