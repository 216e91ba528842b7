import { useId } from 'react';
import { setTimeZone } from '../../store/settings';
import { useMetricscope, type TimeZoneSetting } from '../../store/state';

/** The browser's IANA time zone name, e.g. 'Europe/Berlin'; '' where Intl does not say. */
function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
}

/**
 * The display time zone setting: every chart, tooltip and table shows times in UTC or in the
 * browser's own time zone (named by its IANA name). The choice goes to the store, which remembers
 * it for the next visit.
 */
export function TimeZoneSelect() {
  const id = useId();
  const timeZone = useMetricscope((s) => s.timeZone);
  const browser = browserTimeZone();
  return (
    <div className="field time-zone">
      <label htmlFor={id}>Time zone</label>
      <select
        id={id}
        value={timeZone}
        onChange={(event) => setTimeZone(event.currentTarget.value as TimeZoneSetting)}
      >
        <option value="utc">UTC</option>
        <option value="local">{browser ? `Browser (${browser})` : 'Browser'}</option>
      </select>
    </div>
  );
}
