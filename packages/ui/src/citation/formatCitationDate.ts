const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats a citation's date (usually ISO 8601) as a short day, e.g. "Nov 19, 2025" in `en-US`.
 * A calendar date without a time is read in UTC, so it never shifts a day; text that is not a
 * date is returned as it came.
 */
export function formatCitationDate(date: string | null | undefined, locale?: string): string | null {
  if (!date) return null;
  const time = Date.parse(date);
  if (Number.isNaN(time)) return date;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: dateOnly.test(date) ? 'UTC' : undefined,
  }).format(time);
}
