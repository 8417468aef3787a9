import type { Citation } from '@threadline/headless';
import { formatCitationDate } from './formatCitationDate';

/** One labelled value of a citation's details panel. */
export interface CitationField {
  /** A stable key, e.g. `formula` or `timeRange`. */
  key: string;
  label: string;
  value: string;
  /** Shown as code (formulas). */
  code?: boolean;
}

type Details = Citation['details'];

// Detail keys read by the named fields below, or wire bookkeeping no reader needs (the
// Assistants annotation type, a ChatKit entity's icon name and flags).
const consumed = new Set([
  'articleCount',
  'documentType',
  'ticker',
  'fiscalQuarter',
  'fiscalYear',
  'formula',
  'timeRangeStart',
  'timeRangeEnd',
  'periodicity',
  'filename',
  'annotation',
  'icon',
  'interactive',
]);

/**
 * The type-specific fields of a citation's details, in reading order: site, publisher, company
 * or provider; the date (published, updated or filed); filing type, ticker and fiscal period,
 * article count, formula, time range, periodicity, file name; then any other detail the server
 * sent (ids left out).
 */
export function citationFields(citation: Citation, locale?: string): CitationField[] {
  const { details } = citation;
  const fields: CitationField[] = [];
  const add = (key: string, label: string, value: string | null, code?: boolean) => {
    if (value) fields.push(code ? { key, label, value, code } : { key, label, value });
  };

  add('source', sourceLabel(citation.type), citation.source);
  add('date', dateLabel(citation.type), formatCitationDate(citation.date, locale));
  add('documentType', 'Filing', text(details.documentType));
  add('ticker', 'Ticker', text(details.ticker));
  add('fiscalPeriod', 'Fiscal period', fiscalPeriod(details));
  add('articleCount', 'Articles', text(details.articleCount));
  add('formula', 'Formula', text(details.formula), true);
  add('timeRange', 'Time range', timeRange(details, locale));
  add('periodicity', 'Periodicity', capitalize(text(details.periodicity)));
  add('filename', 'File', text(details.filename));
  for (const [key, value] of Object.entries(details)) {
    if (consumed.has(key) || /Id$/.test(key)) continue;
    add(key, capitalize(key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()) ?? key, text(value));
  }
  return fields;
}

function sourceLabel(type: string): string {
  switch (type) {
    case 'web': {
      return 'Site';
    }
    case 'news_article': {
      return 'Publisher';
    }
    case 'variable': {
      return 'Provider';
    }
    case 'document':
    case 'fiscal_quarter_earnings': {
      return 'Company';
    }
    default: {
      return 'Source';
    }
  }
}

function dateLabel(type: string): string {
  switch (type) {
    case 'document': {
      return 'Filed';
    }
    case 'news_development': {
      return 'Updated';
    }
    case 'web':
    case 'news_article': {
      return 'Published';
    }
    default: {
      return 'Date';
    }
  }
}

function fiscalPeriod(details: Details): string | null {
  const quarter = text(details.fiscalQuarter);
  const year = text(details.fiscalYear);
  if (quarter && year) return `Q${quarter} FY${year}`;
  return year ? `FY${year}` : null;
}

function timeRange(details: Details, locale?: string): string | null {
  const start = formatCitationDate(text(details.timeRangeStart), locale);
  const end = formatCitationDate(text(details.timeRangeEnd), locale);
  if (start && end) return `${start} – ${end}`;
  return start ? `from ${start}` : end ? `until ${end}` : null;
}

function text(value: string | number | boolean | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  return String(value);
}

function capitalize(value: string | null): string | null {
  return value ? value.charAt(0).toUpperCase() + value.slice(1) : null;
}
