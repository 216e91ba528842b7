import { writeStored } from './browserStorage';
import { store, TIME_ZONE_KEY, type TimeZoneSetting, type UiSlice } from './state';

/** Sets the Simulate control's inputs (applied by loadDemo). */
export function setDemoOptions(options: Partial<UiSlice>): void {
  store.setState(options);
}

/** Shows every time in `timeZone` from now on, and remembers the choice for the next visit. */
export function setTimeZone(timeZone: TimeZoneSetting): void {
  store.setState({ timeZone });
  // Where storage is refused the setting still applies to this page, just not to the next visit.
  writeStored(TIME_ZONE_KEY, timeZone);
}
