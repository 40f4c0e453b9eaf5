const prefersReducedMotion = (): boolean =>
  // matchMedia is missing in some test environments; motion then defaults to none.
  typeof window.matchMedia !== 'function' ||
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Brings an element into view and gives it focus, so that keyboard and screen-reader users land on
 * it. `glide` scrolls smoothly unless the reader asked for less motion.
 */
export function revealElement(
  element: HTMLElement,
  block: 'start' | 'center',
  glide = false,
): void {
  // jsdom and very old browsers have no scrollIntoView; focus still moves.
  if (typeof element.scrollIntoView === 'function') {
    element.scrollIntoView({
      block,
      behavior: glide && !prefersReducedMotion() ? 'smooth' : 'auto',
    });
  }
  element.focus({ preventScroll: true });
}
