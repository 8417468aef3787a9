/**
 * Citation shapes on the final `message` frame (`message_metadata.citations`).
 *
 * Boosted documents the six `citation_type` values but not their fields, so the snake_case
 * fields below are the simulator's choice. Dates are ISO 8601 (`YYYY-MM-DD` or full timestamps);
 * `snippet_highlight_start`/`_end` are UTF-16 offsets into `snippet`, end exclusive.
 */
export type BoostedCitation =
  | BoostedWebCitation
  | BoostedNewsDevelopmentCitation
  | BoostedNewsArticleCitation
  | BoostedDocumentCitation
  | BoostedFiscalQuarterEarningsCitation
  | BoostedVariableCitation;

/** A web page with a link and a highlighted snippet. */
export interface BoostedWebCitation {
  citation_type: 'web';
  citation_id: string;
  title: string;
  url: string;
  domain: string;
  snippet: string;
  snippet_highlight_start: number;
  snippet_highlight_end: number;
  published_at: string;
}

/** A news development that groups several related articles. */
export interface BoostedNewsDevelopmentCitation {
  citation_type: 'news_development';
  citation_id: string;
  title: string;
  article_count: number;
  last_updated: string;
}

/** One news article. */
export interface BoostedNewsArticleCitation {
  citation_type: 'news_article';
  citation_id: string;
  title: string;
  url: string;
  publisher: string;
  published_at: string;
  article_id: string;
}

/** A document such as an SEC filing (Boosted calls this type `text`). */
export interface BoostedDocumentCitation {
  citation_type: 'text';
  citation_id: string;
  title: string;
  document_type: string;
  company_name: string;
  ticker: string;
  filing_date: string;
  snippet: string;
  snippet_highlight_start: number;
  snippet_highlight_end: number;
  url: string;
}

/** An earnings call or report for one fiscal quarter. */
export interface BoostedFiscalQuarterEarningsCitation {
  citation_type: 'fiscal_quarter_earnings';
  citation_id: string;
  title: string;
  ticker: string;
  company_name: string;
  fiscal_quarter: number;
  fiscal_year: number;
}

/** A computed financial variable. */
export interface BoostedVariableCitation {
  citation_type: 'variable';
  citation_id: string;
  variable_name: string;
  formula: string;
  data_provider: string;
  time_range_start: string;
  time_range_end: string;
  periodicity: 'daily' | 'monthly' | 'quarterly' | 'annual';
}
