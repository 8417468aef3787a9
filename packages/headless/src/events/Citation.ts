/**
 * What a citation points at. Boosted's `text` citation type is called `document` here;
 * OpenAI `file_citation` and `file_path` annotations are both `file`.
 */
export type CitationType =
  | 'web'
  | 'news_development'
  | 'news_article'
  | 'document'
  | 'fiscal_quarter_earnings'
  | 'variable'
  | 'file'
  | 'url'
  | 'entity';

/** A character range, in UTF-16 code units, inside a citation's `snippet`. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * A source attached to a message, normalized from every dialect's citation or annotation.
 *
 * The common fields are what every chip shows; `details` keeps the type-specific values
 * (ticker, fiscal quarter, formula, article count...) under camelCase keys.
 */
export interface Citation {
  /** The kind of source. Unrecognized vendor types keep their own name. */
  type: CitationType | (string & {});
  /** Start of the cited span in the message's `text` (UTF-16 index), or null when unpositioned. */
  start: number | null;
  /** End (exclusive) of the cited span in the message's `text`, or null when unpositioned. */
  end: number | null;
  /** The server's id for the citation, when it sends one. */
  id: string | null;
  /** Headline, page title, document or variable name. */
  title: string | null;
  /** Link to the source as the server sent it. Not yet checked: render it through a URL sanitizer. */
  url: string | null;
  /** A quoted excerpt of the source. */
  snippet: string | null;
  /** Highlighted ranges inside `snippet`. */
  highlights: TextRange[];
  /** Who published it: site, publisher, data provider, company. */
  source: string | null;
  /** Publication or update date, as the server sent it (usually ISO 8601). */
  date: string | null;
  /** Type-specific fields, camelCased (for example `ticker`, `fiscalQuarter`, `formula`). */
  details: Record<string, string | number | boolean | null>;
}
