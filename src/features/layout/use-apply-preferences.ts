import { useLayoutEffect, useRef } from 'react';
import { notePlace } from '../../components/keep-place';
import { usePreferencesStore } from '../../state/preferences';

/**
 * Reflects the reader's theme and text size on the root element, where the theme tokens read them.
 * "system" leaves the attribute off so the stylesheet follows the operating system. A change keeps
 * the passage being read on screen: the text moves, and the page scrolls it back before painting.
 */
export function useApplyPreferences(): void {
  const theme = usePreferencesStore((state) => state.theme);
  const textSize = usePreferencesStore((state) => state.textSize);
  const applied = useRef(false);
  useLayoutEffect(() => {
    const root = document.documentElement;
    // The first time, the page is laid out with the stored preferences: there is no place to keep.
    const place = applied.current ? notePlace() : undefined;
    applied.current = true;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    root.dataset.textSize = textSize;
    place?.restore();
  }, [theme, textSize]);
}
