import { writeStored } from './browserStorage';
import { refresh, setParams } from './refresh';
import {
  ianaZone,
  store,
  THEME_KEY,
  TIME_ZONE_KEY,
  type ThemeSetting,
  type TimeRange,
  type TimeZoneSetting,
  type UiSlice,
} from './state';

/** Sets the Simulate control's inputs (applied by loadDemo). */
export function setDemoOptions(options: Partial<UiSlice>): void {
  store.setState(options);
}

/**
 * Shows every time in `timeZone` from now on (the anomaly explanations' words too), and remembers
 * the choice for the next visit.
 */
export function setTimeZone(timeZone: TimeZoneSetting): void {
  store.setState({ timeZone });
  setParams('anomalies', { timeZone: ianaZone(timeZone) });
  // Where storage is refused the setting still applies to this page, just not to the next visit.
  writeStored(TIME_ZONE_KEY, timeZone);
}

/** Shows the page and its charts in `theme` from now on, and remembers it for the next visit. */
export function setTheme(theme: ThemeSetting): void {
  store.setState({ theme });
  writeStored(THEME_KEY, theme === 'system' ? null : theme);
}

/**
 * Zooms every time-series panel to `range` (null: the whole series) and recomputes the Overview's
 * figures over it. An empty or reversed range is read as no zoom; the range already shown changes
 * nothing (a chart redrawn at the zoom it reported must not start another round).
 */
export function setZoom(range: TimeRange | null): void {
  const valid = range && Number.isFinite(range.start) && Number.isFinite(range.end);
  const next = valid && range.start < range.end ? { start: range.start, end: range.end } : null;
  const { zoom } = store.getState();
  if (next?.start === zoom?.start && next?.end === zoom?.end) return;
  store.setState({ zoom: next });
  void refresh('overview');
}
