/** What every formatter shows for NaN and ±Infinity. */
export const MISSING = '–';

const SIGNIFICANT = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const TWO_SIGNIFICANT = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Units that scale to larger or smaller ones, each rung with its size in the family's base unit. */
const FAMILIES: readonly (readonly [string, number])[][] = [
  [
    ['ms', 1e-3],
    ['s', 1],
  ],
  [
    ['B', 1],
    ['KB', 1e3],
    ['MB', 1e6],
    ['GB', 1e9],
    ['TB', 1e12],
  ],
  [
    ['KB/s', 1e3],
    ['MB/s', 1e6],
    ['GB/s', 1e9],
  ],
  [
    ['Kbps', 1e3],
    ['Mbps', 1e6],
    ['Gbps', 1e9],
  ],
];

const ALIASES: Readonly<Record<string, string>> = { bytes: 'B' };

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
 * x in `unit` for people: '%' with one decimal (two significant digits below 1 %), time, byte,
 * byte-rate and bit-rate units rescaled to the rung that keeps the number at 1 or more (1234 ms ->
 * '1.23 s', 0.5 GB -> '500 MB'), other units as formatNumber(x) + ' ' + unit, '' as the bare number.
 * NaN and ±Infinity -> '–'.
 * @example formatValue(67.66, '%') // '67.7 %'
 */
export function formatValue(x: number, unit: string): string {
  if (!Number.isFinite(x)) return MISSING;
  if (unit === '%') {
    const abs = Math.abs(x);
    return `${(abs >= 1 || abs === 0 ? ONE_DECIMAL : TWO_SIGNIFICANT).format(x)} %`;
  }
  const name = ALIASES[unit] ?? unit;
  const family = FAMILIES.find((rungs) => rungs.some(([u]) => u === name));
  if (!family || x === 0) return unit === '' ? formatNumber(x) : `${formatNumber(x)} ${unit}`;
  const base = x * family.find(([u]) => u === name)![1];
  const rung = family.findLast(([, size]) => size <= Math.abs(base)) ?? family[0];
  return `${formatNumber(base / rung[1])} ${rung[0]}`;
}

/**
 * A count as a whole number with thousands separators; NaN and ±Infinity -> '–'.
 * @example formatCount(1234567) // '1,234,567'
 */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? INTEGER.format(n) : MISSING;
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

/**
 * Epoch ms as local 'HH:mm' (24-hour), for axis labels; NaN -> '–'.
 * @example formatClock(new Date(2024, 0, 1, 9, 5).getTime()) // '09:05'
 */
export function formatClock(ms: number): string {
  if (!Number.isFinite(ms)) return MISSING;
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Epoch ms as local 'YYYY-MM-DD HH:mm', for tooltips and tables; NaN -> '–'.
 * @example formatTime(new Date(2024, 0, 31, 9, 5).getTime()) // '2024-01-31 09:05'
 */
export function formatTime(ms: number): string {
  if (!Number.isFinite(ms)) return MISSING;
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${formatClock(ms)}`;
}
