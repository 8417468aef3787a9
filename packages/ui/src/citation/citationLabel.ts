import type { Citation } from '@threadline/headless';
import { formatCitationDate } from './formatCitationDate';

/** A chip's two lines: what the source is, and what identifies it. */
export interface CitationLabel {
  /** The main text: title, headline, company or variable name. */
  primary: string;
  /** The qualifier shown beside it (site, publisher and date, article count...), if any. */
  secondary: string | null;
}

/** Options of {@link citationLabel}. */
export interface CitationLabelOptions {
  /** Locale for dates and numbers; the user's by default. */
  locale?: string;
}

/**
 * The label of a citation chip, per type:
 * web → site + title; news_development → headline + "N articles"; news_article → publisher +
 * date; document → filing type + company; fiscal_quarter_earnings → ticker + "Q3 FY2025";
 * variable → variable name + data provider; url → title + site; file → title or file name;
 * entity → title or label; others → title.
 */
export function citationLabel(citation: Citation, options: CitationLabelOptions = {}): CitationLabel {
  const { details } = citation;
  // Servers send empty strings for missing names; an empty chip label helps no one.
  const title = citation.title || null;
  const source = citation.source || null;
  const fallback = title ?? source ?? hostname(citation.url) ?? humanize(citation.type);
  switch (citation.type) {
    case 'web': {
      const site = source ?? hostname(citation.url);
      return { primary: site ?? fallback, secondary: site ? title : null };
    }
    case 'news_development': {
      const count = toNumber(details.articleCount);
      const articles = count === null ? null : `${count.toLocaleString(options.locale)} ${count === 1 ? 'article' : 'articles'}`;
      return { primary: fallback, secondary: articles };
    }
    case 'news_article': {
      const publisher = source ?? hostname(citation.url);
      return { primary: publisher ?? fallback, secondary: formatCitationDate(citation.date, options.locale) };
    }
    case 'document': {
      const filing = toText(details.documentType);
      if (filing && source) return { primary: filing, secondary: source };
      return { primary: filing ?? fallback, secondary: filing ? title : null };
    }
    case 'fiscal_quarter_earnings': {
      const ticker = toText(details.ticker);
      const quarter = toNumber(details.fiscalQuarter);
      const year = toNumber(details.fiscalYear);
      const period = quarter !== null && year !== null ? `Q${quarter} FY${year}` : year !== null ? `FY${year}` : null;
      return { primary: ticker ?? source ?? fallback, secondary: period };
    }
    case 'variable': {
      return { primary: fallback, secondary: title ? source : null };
    }
    case 'url': {
      const site = source ?? hostname(citation.url);
      return { primary: title ?? site ?? fallback, secondary: title && site !== title ? site : null };
    }
    case 'file': {
      return { primary: title ?? toText(details.filename) ?? fallback, secondary: null };
    }
    case 'entity': {
      return { primary: title ?? toText(details.label) ?? fallback, secondary: null };
    }
    default: {
      return { primary: fallback, secondary: null };
    }
  }
}

/** The host of a URL without a leading `www.`, or null. */
export function hostname(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function toText(value: string | number | boolean | null | undefined): string | null {
  if (typeof value === 'string') return value || null;
  if (typeof value === 'number') return String(value);
  return null;
}

function toNumber(value: string | number | boolean | null | undefined): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

function humanize(type: string): string {
  const words = type.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
