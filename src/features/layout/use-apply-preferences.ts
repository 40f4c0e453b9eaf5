import { useEffect } from 'react';
import { usePreferencesStore } from '../../state/preferences';

/**
 * Reflects the reader's theme and text size on the root element, where the theme tokens read them.
 * "system" leaves the attribute off so the stylesheet follows the operating system.
 */
export function useApplyPreferences(): void {
  const theme = usePreferencesStore((state) => state.theme);
  const textSize = usePreferencesStore((state) => state.textSize);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    root.dataset.textSize = textSize;
  }, [theme, textSize]);
}
