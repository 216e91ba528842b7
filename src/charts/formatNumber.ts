import { unitScale } from '../model/unit';

/** What every formatter shows for NaN and ±Infinity. */
export const MISSING = '–';

const SIGNIFICANT = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const TWO_SIGNIFICANT = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * x with 3 significant digits, or as a whole number with thousands separators from 1000 up
 * (en-US, so the output does not depend on the browser's locale). NaN and ±Infinity -> '–'.
 * @example formatNumber(0.012345) // '0.0123'
 * @example formatNumber(123456.7) // '123,457'
 */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return MISSING;
  if (x === 0) return '0';
  return Math.abs(x) >= 1000 ? INTEGER.format(x) : SIGNIFICANT.format(x);
}

/**
 * x in `unit` for people, the one unit formatter of the app (stat cards, tables, tooltips, axis
 * labels): the number through Intl.NumberFormat as formatNumber gives it, then the unit. '%' with
 * one decimal (two significant digits below 1 %); a unit that rescales (model/unit's unitScale:
 * ms and s; bytes in IEC prefixes KiB, MiB, GiB, or SI where the source gave kB, MB, GB; byte
 * rates likewise; bit rates in kbit/s, Mbit/s, Gbit/s) moved to the rung that keeps the number at
 * 1 or more (zero on the unit's own rung); any other unit as formatNumber(x) + ' ' + unit; '' as
 * the bare number. NaN and ±Infinity -> '–'.
 * @example formatValue(67.66, '%') // '67.7 %'
 * @example formatValue(1536, 'B') // '1.5 KiB'
 * @example formatValue(1250, 'Mbps') // '1.25 Gbit/s'
 */
export function formatValue(x: number, unit: string): string {
  if (!Number.isFinite(x)) return MISSING;
  if (unit === '%') {
    const abs = Math.abs(x);
    return `${(abs >= 1 || abs === 0 ? ONE_DECIMAL : TWO_SIGNIFICANT).format(x)} %`;
  }
  const scale = unitScale(unit);
  if (!scale) return unit === '' ? formatNumber(x) : `${formatNumber(x)} ${unit}`;
  const base = x * scale.size;
  // Zero stays on the unit's own rung ('0 GB', not '0 B'), spelt as the scale spells it.
  const [symbol, size] =
    x === 0
      ? scale.rungs.find(([, size]) => size === scale.size)!
      : (scale.rungs.findLast(([, size]) => size <= Math.abs(base)) ?? scale.rungs[0]);
  return `${formatNumber(base / size)} ${symbol}`;
}

/**
 * Whether formatValue rescales values in `unit` (1234 ms -> '1.23 s'), so that an axis in it is
 * better labelled tick by tick than named once.
 * @example rescales('ms') // true
 * @example rescales('%') // false
 */
export function rescales(unit: string): boolean {
  return unitScale(unit) !== null;
}

/**
 * A count as a whole number with thousands separators; NaN and ±Infinity -> '–'.
 * @example formatCount(1234567) // '1,234,567'
 */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? INTEGER.format(n) : MISSING;
}

/**
 * A count and the noun it counts, singular for exactly 1.
 * @example formatCountOf(1, 'day') // '1 day'
 * @example formatCountOf(1234, 'entry', 'entries') // '1,234 entries'
 */
export function formatCountOf(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/**
 * A p-value with three decimals, '< 0.001' below that (the usual reporting floor); NaN -> '–'.
 * @example formatPValue(0.04321) // '0.043'
 */
export function formatPValue(p: number): string {
  if (Number.isNaN(p)) return MISSING;
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Which clock times are shown on: UTC, or the browser's own time zone ('local'). */
export type TimeZone = 'utc' | 'local';

/** The calendar fields of `ms` on the `zone` clock (getUTC* for 'utc', get* for 'local'). */
function fieldsOf(ms: number, zone: TimeZone) {
  const d = new Date(ms);
  return zone === 'utc'
    ? [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()]
    : [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()];
}

/**
 * Epoch ms as 'YYYY-MM-DD HH:mm' (24-hour) in `zone`, for tooltips and tables; NaN and ±Infinity
 * -> '–'. The zone is not named in the text: callers add ' UTC' where there is room.
 * @example formatTime(Date.UTC(2024, 0, 31, 9, 5), 'utc') // '2024-01-31 09:05'
 * @example formatTime(new Date(2024, 0, 31, 9, 5).getTime(), 'local') // '2024-01-31 09:05'
 */
export function formatTime(ms: number, zone: TimeZone): string {
  if (!Number.isFinite(ms)) return MISSING;
  const [year, month, day, hours, minutes] = fieldsOf(ms, zone);
  return `${year}-${pad(month + 1)}-${pad(day)} ${pad(hours)}:${pad(minutes)}`;
}

/**
 * The span from `startMs` to `endMs` in `zone`, the end as a clock time on the start's day, in full
 * on another day, then the zone where it is named (zoneSuffix). A bound that is not finite is '–'.
 * @example formatTimeSpan(Date.UTC(2024, 0, 1, 23), Date.UTC(2024, 0, 1, 23, 30), 'utc') // '2024-01-01 23:00 – 23:30 UTC'
 * @example formatTimeSpan(Date.UTC(2024, 0, 1, 23), Date.UTC(2024, 0, 2), 'utc') // '2024-01-01 23:00 – 2024-01-02 00:00 UTC'
 */
export function formatTimeSpan(startMs: number, endMs: number, zone: TimeZone): string {
  const [start, end] = [formatTime(startMs, zone), formatTime(endMs, zone)];
  const sameDay = start !== MISSING && start.slice(0, 10) === end.slice(0, 10);
  return `${start} – ${sameDay ? end.slice(11) : end}${zoneSuffix(zone)}`;
}

/**
 * What follows a time to name its zone where there is room (tooltips, tables): ' UTC' for 'utc',
 * nothing for 'local' (the reader's own clock, named by the Time zone setting).
 * @example formatTime(0, 'utc') + zoneSuffix('utc') // '1970-01-01 00:00 UTC'
 */
export function zoneSuffix(zone: TimeZone): string {
  return zone === 'utc' ? ' UTC' : '';
}
