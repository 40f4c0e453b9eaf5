import { useState } from 'react';
import type { MarkTarget } from '../../domain/search/marks';

export interface MarkNavigation {
  /** 0-based place of the mark last moved to among the targets, or -1 before any move. */
  readonly position: number;
  readonly count: number;
  /** True after a move found none of the targets on the page (all hidden by other filters). */
  readonly missed: boolean;
  readonly next: () => void;
  readonly previous: () => void;
}

/**
 * Steps through `count` marks in the order `list` gives them, wrapping around; the list is asked
 * for only once the reader steps. `reveal` brings a mark into view and says whether it could;
 * marks that the page does not draw (the filters hide or fold them) are skipped.
 */
export function useMarkNavigation(
  count: number,
  list: () => readonly MarkTarget[],
  reveal: (target: MarkTarget) => boolean,
): MarkNavigation {
  const [current, setCurrent] = useState<string>();
  const [missed, setMissed] = useState(false);
  const position = current === undefined ? -1 : list().findIndex((target) => target.id === current);

  const step = (direction: 1 | -1) => {
    if (count === 0) return;
    const targets = list();
    const total = targets.length;
    let index = position === -1 ? (direction === 1 ? -1 : total) : position;
    for (let tries = 0; tries < total; tries += 1) {
      index = (index + direction + total) % total;
      const target = targets[index];
      if (target !== undefined && reveal(target)) {
        setCurrent(target.id);
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
