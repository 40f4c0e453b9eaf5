import { useEffect } from 'react';
import { revealElement } from '../../components/reveal';

/**
 * Brings the element a permalink names into view and gives it focus, so keyboard and screen-reader
 * users land where the link points. Runs when the target changes, not on every filter change, so
 * typing in the filters never pulls focus away.
 */
export function useFocusTarget(targetId: string | undefined): void {
  useEffect(() => {
    if (targetId === undefined) return;
    const element = document.getElementById(targetId);
    // An instant jump: the reader asked to be there, and motion can be unwelcome.
    if (element !== null) revealElement(element, 'start');
  }, [targetId]);
}
