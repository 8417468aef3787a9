/** Joins class names, skipping empty ones: the part's `tl-*` class first, the user's after. */
export function joinClassNames(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
