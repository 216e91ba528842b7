import { useId } from 'react';
import { setTheme } from '../../store/settings';
import { useMetricscope, type ThemeSetting } from '../../store/state';

const THEMES: readonly { value: ThemeSetting; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/**
 * The colour scheme setting: the system's (light or dark as the operating system says, following
 * it live), or light or dark whatever it says. The page and every chart follow the choice, which
 * the store remembers for the next visit.
 */
export function ThemeSelect() {
  const id = useId();
  const theme = useMetricscope((s) => s.theme);
  return (
    <div className="field theme">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={theme}
        onChange={(event) => setTheme(event.currentTarget.value as ThemeSetting)}
      >
        {THEMES.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
