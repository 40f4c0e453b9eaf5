import {
  textSizeChoices,
  themeChoices,
  usePreferencesStore,
  type TextSize,
  type ThemePreference,
} from '../../state/preferences';

const themeNames: Record<ThemePreference, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};
const sizeNames: Record<TextSize, string> = { small: 'Small', medium: 'Medium', large: 'Large' };

/** Theme and text size, kept between visits. */
export function DisplaySettings() {
  const theme = usePreferencesStore((state) => state.theme);
  const textSize = usePreferencesStore((state) => state.textSize);
  const setTheme = usePreferencesStore((state) => state.setTheme);
  const setTextSize = usePreferencesStore((state) => state.setTextSize);
  return (
    <div className="display-settings">
      <label className="compact-field">
        <span>Theme</span>
        <select
          value={theme}
          onChange={(event) => {
            const next = themeChoices.find((choice) => choice === event.currentTarget.value);
            if (next) setTheme(next);
          }}
        >
          {themeChoices.map((choice) => (
            <option key={choice} value={choice}>
              {themeNames[choice]}
            </option>
          ))}
        </select>
      </label>
      <label className="compact-field">
        <span>Text size</span>
        <select
          value={textSize}
          onChange={(event) => {
            const next = textSizeChoices.find((choice) => choice === event.currentTarget.value);
            if (next) setTextSize(next);
          }}
        >
          {textSizeChoices.map((choice) => (
            <option key={choice} value={choice}>
              {sizeNames[choice]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
