import type { CapacityView } from '../../analysis/views/capacityView';
import { csvText, isoTime, withUnit, type CsvCell } from './csvText';

const DAY_MS = 86_400_000;

/**
 * The Capacity panel's history and forecast as CSV, one row per day drawn: the day number (0 is
 * the first day of history; the forecast starts the day after the last), its start as ISO-8601 UTC
 * when the days are calendar days (view.dayZeroMs; else no time column), then in the series' unit
 * the daily usage and the linear plan's fitted trend on history rows, and the forecast with its
 * prediction interval (lower, upper) on forecast rows; a field that does not apply is empty. A
 * long history comes as drawn (the min and max of each pixel column); without a forecast (too
 * little history) there are history rows only.
 * @example capacityCsv(view).split('\r\n')[0] // 'day,time,usage (GB),fitted (GB),forecast (GB),lower (GB),upper (GB)'
 */
export function capacityCsv(view: CapacityView): string {
  const { unit, dayZeroMs, plan, forecast } = view;
  const dated = dayZeroMs !== null;
  const header = [
    'day',
    ...(dated ? ['time'] : []),
    ...['usage', 'fitted', 'forecast', 'lower', 'upper'].map((name) => withUnit(name, unit)),
  ];
  const lead = (day: number): CsvCell[] => [
    day,
    ...(dated ? [isoTime(dayZeroMs + day * DAY_MS)] : []),
  ];
  const history = Array.from(view.historyDays, (day, i): CsvCell[] => [
    ...lead(day),
    view.history[i],
    plan ? plan.fitted[i] : null,
    null,
    null,
    null,
  ]);
  const future =
    'reason' in forecast
      ? []
      : Array.from(forecast.futureDays, (day, i): CsvCell[] => [
          ...lead(day),
          null,
          null,
          forecast.mean[i],
          forecast.lower[i],
          forecast.upper[i],
        ]);
  return csvText(header, [...history, ...future]);
}
