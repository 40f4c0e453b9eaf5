import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import { revealElement } from '../../components/reveal';

// About a second of frames: enough for the row to be drawn after a long jump, not a wait forever.
const maxFrames = 60;
// A few frames more once the element is drawn, while the rows around it settle.
const settleFrames = 10;

/** Brings an element of a long list into view and focuses it, drawing its row first if need be. */
export type RevealRow = (id: string, row: number, block: 'start' | 'center') => void;

/**
 * Returns a function that brings an element of a long list into view and gives it focus, even when
 * its row is not drawn yet: it scrolls the row into view, waits for the element, then focuses it.
 */
export function useReveal(virtualizer: Virtualizer<Window, Element>): RevealRow {
  const frame = useRef<number | undefined>(undefined);
  useEffect(
    () => () => {
      if (frame.current !== undefined) cancelAnimationFrame(frame.current);
    },
    [],
  );
  return useCallback(
    (id, row, block) => {
      if (frame.current !== undefined) cancelAnimationFrame(frame.current);
      let frames = 0;
      // True once the element is drawn and has focus.
      const focusDrawn = (): boolean => {
        const element = document.getElementById(id);
        if (element === null) return false;
        frame.current = undefined;
        revealElement(element, block);
        settle(element, 0);
        return true;
      };
      // Rows drawn around the element are measured in the frames after it: when their real
      // heights move it out of view, bring it back.
      const settle = (element: HTMLElement, count: number) => {
        if (count >= settleFrames) return;
        frame.current = requestAnimationFrame(() => {
          const { top, bottom } = element.getBoundingClientRect();
          if (bottom <= 0 || top >= window.innerHeight) element.scrollIntoView({ block });
          settle(element, count + 1);
        });
      };
      const look = () => {
        if (focusDrawn()) return;
        frames += 1;
        frame.current = frames < maxFrames ? requestAnimationFrame(look) : undefined;
      };
      // A row near the screen is drawn already: focus moves at once, as in a short transcript.
      if (focusDrawn()) return;
      virtualizer.scrollToIndex(row, { align: block });
      frame.current = requestAnimationFrame(look);
    },
    [virtualizer],
  );
}
