import { sanitizeUrl } from './sanitizeUrl';

/** Options for {@link sanitizeImageUrl}. */
export interface SanitizeImageUrlOptions {
  /** Also accept inline raster images (`data:image/png|jpeg|gif|webp|avif;base64,...`). Default false. */
  allowDataImages?: boolean;
}

const dataImage = /^data:image\/(png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;

/**
 * Returns the URL if an `<img>` may load it: an absolute `http:` or `https:` URL, or, with
 * `allowDataImages`, a base64 raster data URL (never SVG, which can carry markup). Null otherwise.
 */
export function sanitizeImageUrl(url: string | null | undefined, options: SanitizeImageUrlOptions = {}): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  if (options.allowDataImages && dataImage.test(trimmed)) return trimmed;
  const safe = sanitizeUrl(trimmed);
  return safe !== null && /^https?:/i.test(safe) ? safe : null;
}
