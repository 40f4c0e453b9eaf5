import { useState } from 'react';

export interface MarkNavigation {
  /** 0-based place of the mark last moved to among the targets, or -1 before any move. */
  readonly position: number;
  readonly count: number;
  /** True after a move found none of the targets on the page (all hidden by other filters). */
  readonly missed: boolean;
  readonly next: () => void;
  readonly previous: () => void;
}

const prefersReducedMotion = (): boolean =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Steps through marks by element id, in the order given, wrapping around. Marks that are not on the
 * page (their exchange is hidden by the filters) are skipped.
 */
export function useMarkNavigation(ids: readonly string[]): MarkNavigation {
  const [current, setCurrent] = useState<string>();
  const [missed, setMissed] = useState(false);
  const position = current === undefined ? -1 : ids.indexOf(current);
  const count = ids.length;

  const step = (direction: 1 | -1) => {
    if (count === 0) return;
    let index = position === -1 ? (direction === 1 ? -1 : count) : position;
    for (let tries = 0; tries < count; tries += 1) {
      index = (index + direction + count) % count;
      const id = ids[index];
      const element = id === undefined ? null : document.getElementById(id);
      if (element !== null) {
        // matchMedia is missing in some test environments; motion then defaults to none.
        const smooth = typeof window.matchMedia === 'function' && !prefersReducedMotion();
        element.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
        element.focus({ preventScroll: true });
        setCurrent(id);
        setMissed(false);
        return;
      }
    }
    setMissed(true);
  };

  return {
    position,
    count,
    missed,
    next: () => {
      step(1);
    },
    previous: () => {
      step(-1);
    },
  };
}
