import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type ThemePreference = 'system' | 'light' | 'dark';
export type TextSize = 'small' | 'medium' | 'large';

export const themeChoices: readonly ThemePreference[] = ['system', 'light', 'dark'];
export const textSizeChoices: readonly TextSize[] = ['small', 'medium', 'large'];

export interface PreferencesState {
  readonly theme: ThemePreference;
  readonly textSize: TextSize;
  readonly setTheme: (theme: ThemePreference) => void;
  readonly setTextSize: (size: TextSize) => void;
}

export const initialPreferences = {
  theme: 'system' as ThemePreference,
  textSize: 'medium' as TextSize,
};

type PersistedPreferences = Pick<PreferencesState, 'theme' | 'textSize'>;

const isOneOf = <T extends string>(choices: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (choices as readonly string[]).includes(value);

/** Upgrades what an earlier version stored; anything unreadable falls back to the defaults. */
export function migratePreferences(persisted: unknown, version: number): PersistedPreferences {
  const stored = typeof persisted === 'object' && persisted !== null ? persisted : {};
  const theme: unknown = 'theme' in stored ? stored.theme : undefined;
  // Version 0 stored a `fontScale` number (1 = medium) instead of a named size.
  const scale: unknown = 'fontScale' in stored ? stored.fontScale : undefined;
  const size: unknown =
    version === 0 && typeof scale === 'number'
      ? scale < 1
        ? 'small'
        : scale > 1
          ? 'large'
          : 'medium'
      : 'textSize' in stored
        ? stored.textSize
        : undefined;
  return {
    theme: isOneOf(themeChoices, theme) ? theme : initialPreferences.theme,
    textSize: isOneOf(textSizeChoices, size) ? size : initialPreferences.textSize,
  };
}

/** Reading preferences, kept between visits. */
export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      ...initialPreferences,
      setTheme: (theme) => {
        set({ theme });
      },
      setTextSize: (textSize) => {
        set({ textSize });
      },
    }),
    {
      name: 'podium.preferences',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state): PersistedPreferences => ({
        theme: state.theme,
        textSize: state.textSize,
      }),
      migrate: migratePreferences,
    },
  ),
);
