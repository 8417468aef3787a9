/** Whether the reader asked for reduced motion; true where it cannot be asked (no `matchMedia`), so nothing moves. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia !== 'function' || matchMedia('(prefers-reduced-motion: reduce)').matches;
}
