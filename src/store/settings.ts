import { writeStored } from './browserStorage';
import { setParams } from './refresh';
import { ianaZone, store, TIME_ZONE_KEY, type TimeZoneSetting, type UiSlice } from './state';

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
