import { useEffect, useRef } from 'react';

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
  // The latest handlers, read at key time, so the listener is added once.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Escape') {
        if (isTyping(event.target) && event.target instanceof HTMLElement) event.target.blur();
        return;
      }
      if (isTyping(event.target) || isInsideDialog(event.target)) return;
      const action = {
        j: latest.current.nextExchange,
        k: latest.current.previousExchange,
        '/': latest.current.focusSearch,
        '?': latest.current.openHelp,
      }[event.key];
      if (action === undefined) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
