import { useEffect, useEffectEvent } from 'react';

export interface ShortcutHandlers {
  readonly nextExchange: () => void;
  readonly previousExchange: () => void;
  readonly focusSearch: () => void;
  readonly openHelp: () => void;
}

// Keys typed into a field belong to the field, never to a shortcut.
const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

const isInsideDialog = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('dialog[open], [role="dialog"]') !== null;

/**
 * Listens for the viewer's single-key shortcuts (j, k, /, ?) and lets Escape leave a text field.
 * Keys with Ctrl, Alt or Meta are left to the browser.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  // Reads the handlers of the latest render at key time, so the listener is added once.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape') {
      if (isTyping(event.target) && event.target instanceof HTMLElement) event.target.blur();
      return;
    }
    if (isTyping(event.target) || isInsideDialog(event.target)) return;
    const action = {
      j: handlers.nextExchange,
      k: handlers.previousExchange,
      '/': handlers.focusSearch,
      '?': handlers.openHelp,
    }[event.key];
    if (action === undefined) return;
    event.preventDefault();
    action();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      onKeyDown(event);
    };
    document.addEventListener('keydown', listener);
    return () => {
      document.removeEventListener('keydown', listener);
    };
  }, []);
}
