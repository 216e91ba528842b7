import { useSyncExternalStore } from 'react';
import { darkTheme, lightTheme, withTimeZone, type ChartTheme } from '../../charts/theme';
import { useMetricscope } from '../../store/state';

const DARK = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const prefersDark = () => window.matchMedia(DARK).matches;

/** Every theme the hook gives, made once: the same settings always give the same object. */
const THEMES = {
  light: { utc: lightTheme, local: withTimeZone(lightTheme, 'local') },
  dark: { utc: darkTheme, local: withTimeZone(darkTheme, 'local') },
} as const;

/**
 * The chart theme matching the page: the store's Theme setting, or for 'system' the user's colour
 * scheme (prefers-color-scheme), showing times in the display time zone chosen in the store;
 * follows a change of any of them live.
 */
export function useChartTheme(): ChartTheme {
  const systemDark = useSyncExternalStore(subscribe, prefersDark);
  const setting = useMetricscope((s) => s.theme);
  const timeZone = useMetricscope((s) => s.timeZone);
  const scheme = setting === 'system' ? (systemDark ? 'dark' : 'light') : setting;
  return THEMES[scheme][timeZone];
}
