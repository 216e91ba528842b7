import type { TimeKind } from '../readReport';
import { hasZone, parseIsoTimestamp } from './parseIsoTimestamp';
import { parseValue } from './parseValue';

/**
 * Epoch numbers below this are seconds, from it on milliseconds: 1e11 s is in the year 5138 and
 * 1e11 ms is 1973-03-03T09:46:40Z, so real timestamps of either kind fall on their own side.
 */
export const EPOCH_MS_FROM = 1e11;

/**
 * The epoch units told apart by magnitude, each from the number where it starts: a factor of 1000
 * apart, so that each boundary is both the year 5138 in the smaller unit and 1973 in the larger.
 * Microseconds (1e14 and above) and nanoseconds (1e17 and above) are what Telegraf, InfluxDB and
 * Go programs write; they are truncated to the millisecond, as ISO fractions are.
 */
const EPOCH_UNITS = [
  {
    from: 1e17,
    kind: 'epoch-ns',
    note: 'epoch nanoseconds (numbers of 1e17 and above), truncated to the millisecond',
    divisor: 1e6,
  },
  {
    from: 1e14,
    kind: 'epoch-us',
    note: 'epoch microseconds (numbers of 1e14 and above), truncated to the millisecond',
    divisor: 1e3,
  },
  {
    from: EPOCH_MS_FROM,
    kind: 'epoch-ms',
    note: 'epoch milliseconds (numbers of 1e11 and above)',
    divisor: 1,
  },
  { from: 0, kind: 'epoch-s', note: 'epoch seconds (numbers below 1e11)', divisor: 1e-3 },
] as const;

/** The epoch unit of a number, by its magnitude (see EPOCH_UNITS). */
export function epochUnit(value: number): (typeof EPOCH_UNITS)[number] {
  const magnitude = Math.abs(value);
  return EPOCH_UNITS.find(({ from }) => magnitude >= from)!;
}

const DIGITS = /^\s*\d+\s*$/;

/**
 * Epoch milliseconds of an epoch number (`value`, written as `text`) in the unit that `divisor`
 * turns into milliseconds: seconds and milliseconds rounded (a float's error, 1700000000.366 *
 * 1000), finer units truncated. Nanoseconds are past 2^53, where a double is off by up to 128, so
 * an integer's milliseconds are cut from its digits rather than divided.
 * @example epochMs('1653643420123999999', 1653643420123999999, 1e6) // 1653643420123
 */
export function epochMs(text: string, value: number, divisor: number): number {
  if (divisor <= 1) return Math.round(value / divisor);
  if (DIGITS.test(text)) {
    const digits = text.trim();
    const cut = divisor === 1e6 ? 6 : 3;
    return digits.length > cut ? +digits.slice(0, digits.length - cut) : 0;
  }
  return Math.floor(value / divisor);
}

/** How one column's timestamps are read: the kind, a sentence saying so, and the parser. */
export interface TimeParser {
  kind: Exclude<TimeKind, 'index' | 'sampling-interval'>;
  note: string;
  /** Epoch milliseconds of a cell, NaN when the cell is not a timestamp of this kind. */
  parse(text: string): number;
  /** Epoch kinds: the unit's divisor into milliseconds (see epochMs); parse uses no other. */
  divisor?: number;
}

/** 'YYYY-MM-DD HH:mm:ss' and the like: the layout of an ISO timestamp, for the note. */
function isoLayout(text: string): string {
  let layout = 'YYYY-MM-DD';
  if (text.length > 10) layout += `${text[10]}HH:mm`;
  if (text[16] === ':') layout += ':ss';
  const fraction = /^[.,]\d+/.exec(text.slice(19));
  if (fraction) layout += fraction[0][0] + 'S'.repeat(fraction[0].length - 1);
  return layout;
}

function parseIso(text: string): number {
  const t = parseIsoTimestamp(text);
  return t === t ? t : parseIsoTimestamp(text.trim());
}

function epochParser(divisor: number): (text: string) => number {
  return (text) => {
    const v = parseValue(text);
    return v !== null && Number.isFinite(v) ? epochMs(text, v, divisor) : NaN;
  };
}

/**
 * How to read a column whose sample cells are `samples`, or null when it is not a timestamp
 * column: ISO 8601 text (see parseIsoTimestamp) when more than half the non-blank cells are;
 * otherwise, if `epoch`, plain numbers as epoch seconds, milliseconds, microseconds or
 * nanoseconds, told apart once from the first number's magnitude (see EPOCH_UNITS). The kind of zone is taken from the first cell.
 * @example timeParser(['2014-02-14 14:30:00'], false)?.note // 'YYYY-MM-DD HH:mm:ss read as UTC (the file gives no zone)'
 */
export function timeParser(samples: readonly string[], epoch: boolean): TimeParser | null {
  const cells = samples.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (cells.length === 0) return null;
  const iso = cells.filter((cell) => !Number.isNaN(parseIsoTimestamp(cell)));
  if (iso.length * 2 > cells.length) {
    return hasZone(iso[0])
      ? { kind: 'iso-zoned', note: 'ISO 8601 with a zone, read exactly', parse: parseIso }
      : {
          kind: 'iso-local-as-utc',
          note: `${isoLayout(iso[0])} read as UTC (the file gives no zone)`,
          parse: parseIso,
        };
  }
  if (!epoch) return null;
  const numbers = cells.map(parseValue).filter((v) => v !== null && Number.isFinite(v));
  if (numbers.length * 2 <= cells.length) return null;
  const { kind, note, divisor } = epochUnit(numbers[0]!);
  return { kind, note, parse: epochParser(divisor), divisor };
}
