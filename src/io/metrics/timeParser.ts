import type { TimeKind } from '../readReport';
import { hasZone, parseIsoTimestamp } from './parseIsoTimestamp';
import { parseValue } from './parseValue';

/**
 * Epoch numbers below this are seconds, from it on milliseconds: 1e11 s is in the year 5138 and
 * 1e11 ms is 1973-03-03T09:46:40Z, so real timestamps of either kind fall on their own side.
 */
export const EPOCH_MS_FROM = 1e11;

/** How one column's timestamps are read: the kind, a sentence saying so, and the parser. */
export interface TimeParser {
  kind: Exclude<TimeKind, 'index' | 'sampling-interval'>;
  note: string;
  /** Epoch milliseconds of a cell, NaN when the cell is not a timestamp of this kind. */
  parse(text: string): number;
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

function epochParser(scale: number): (text: string) => number {
  return (text) => {
    const v = parseValue(text);
    return v !== null && Number.isFinite(v) ? Math.round(v * scale) : NaN;
  };
}

/**
 * How to read a column whose sample cells are `samples`, or null when it is not a timestamp
 * column: ISO 8601 text (see parseIsoTimestamp) when more than half the non-blank cells are;
 * otherwise, if `epoch`, plain numbers as epoch seconds or milliseconds, told apart once from the
 * first number's magnitude (see EPOCH_MS_FROM). The kind of zone is taken from the first cell.
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
  return Math.abs(numbers[0]!) < EPOCH_MS_FROM
    ? { kind: 'epoch-s', note: 'epoch seconds (numbers below 1e11)', parse: epochParser(1000) }
    : {
        kind: 'epoch-ms',
        note: 'epoch milliseconds (numbers of 1e11 and above)',
        parse: epochParser(1),
      };
}
