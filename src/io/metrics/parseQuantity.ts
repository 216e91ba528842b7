/** A value converted to the base of its unit. */
export interface Quantity {
  value: number;
  /** '%', 'B', 'B/s', 'b', 'b/s', 's', '' (Grafana's K/Mil/Bil suffixes) or the unit as written. */
  unit: string;
}

/** Base unit, multiplier and divisor (dividing keeps 350 ms at exactly 0.35 s). */
type Scale = readonly [unit: string, times: number, over: number];

const TIME: Record<string, Scale> = {
  ns: ['s', 1, 1e9],
  '\u00b5s': ['s', 1, 1e6],
  '\u03bcs': ['s', 1, 1e6],
  us: ['s', 1, 1e6],
  ms: ['s', 1, 1e3],
  s: ['s', 1, 1],
  min: ['s', 60, 1],
  h: ['s', 3600, 1],
  hour: ['s', 3600, 1],
  hours: ['s', 3600, 1],
  day: ['s', 86400, 1],
  days: ['s', 86400, 1],
};

/** Grafana's "short" unit suffixes: thousands, millions, billions, trillions. */
const SHORT: Record<string, Scale> = {
  K: ['', 1e3, 1],
  Mil: ['', 1e6, 1],
  Bil: ['', 1e9, 1],
  Tri: ['', 1e12, 1],
};

/** SI prefixes step by 1000 (k and K both: Grafana writes kB); IEC prefixes step by 1024. */
const PREFIX: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
};

const DATA_UNIT = /^(Ki|Mi|Gi|Ti|Pi|[kKMGTP])?([Bb])(\/s|ps)?$/;
const OTHER_UNIT = /^[A-Za-z%\u00b0\u00b5/]+$/;
const QUANTITY = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(\S+)\s*$/;

function scaleOf(unit: string): Scale | null {
  if (unit === '%') return ['%', 1, 1];
  const known = TIME[unit] ?? SHORT[unit];
  if (known) return known;
  const data = DATA_UNIT.exec(unit);
  if (data) return [data[2] + (data[3] ? '/s' : ''), data[1] ? PREFIX[data[1]] : 1, 1];
  return OTHER_UNIT.test(unit) ? [unit, 1, 1] : null;
}

/**
 * A number followed by a unit, as Grafana's "Formatted data" CSV writes values: '41.2%',
 * '1.2 GB', '350 ms', '3 KiB/s', '1.5 K'. Bytes, bits and their rates take SI (x1000) and IEC
 * (x1024) prefixes; durations become seconds; other letter-only units are kept as written with
 * the value unchanged. Null when the text is not a number and a unit.
 * @example parseQuantity('1.5 GiB') // { value: 1610612736, unit: 'B' }
 */
export function parseQuantity(text: string): Quantity | null {
  const match = QUANTITY.exec(text);
  if (match === null) return null;
  const scale = scaleOf(match[2]);
  if (scale === null) return null;
  const [unit, times, over] = scale;
  return { value: (Number(match[1]) * times) / over, unit };
}
