import { useSyncExternalStore } from 'react';
import { darkTheme, lightTheme, type ChartTheme } from '../charts/theme';

const DARK = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const prefersDark = () => window.matchMedia(DARK).matches;

/** The chart theme matching the user's colour scheme; follows a change of it live. */
export function useChartTheme(): ChartTheme {
  return useSyncExternalStore(subscribe, prefersDark) ? darkTheme : lightTheme;
}
