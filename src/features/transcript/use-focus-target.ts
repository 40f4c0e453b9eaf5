import { useEffect } from 'react';

/**
 * Brings the element a permalink names into view and gives it focus, so keyboard and screen-reader
 * users land where the link points. Runs when the target changes, not on every filter change, so
 * typing in the filters never pulls focus away.
 */
export function useFocusTarget(targetId: string | undefined): void {
  useEffect(() => {
    if (targetId === undefined) return;
    const element = document.getElementById(targetId);
    if (!element) return;
    // jsdom and very old browsers have no scrollIntoView; focus still moves.
    // An instant jump: the reader asked to be there, and motion can be unwelcome.
    if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  }, [targetId]);
}
