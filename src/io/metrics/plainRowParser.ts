import type { Layout } from './layout';
import { daysFromCivil, daysInMonth } from './parseIsoTimestamp';
import { parseValue } from './parseValue';

/**
 * Reads the fields of a plain line (see RowSink.row) at bytes[start...]: value column k's cell
 * into out[k] and the time cell's epoch ms into out[layout.values.length]. Returns where the next
 * line starts, or -1 when the row is not one it reads exactly as the general path would keep it.
 */
export type PlainRowParser = (
  bytes: Uint8Array,
  start: number,
  end: number,
  delimiter: number,
  out: Float64Array,
) => number;

const LF = 10;
const CR = 13;
const SPACE = 32;
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const COLON = 58;
const UPPER_T = 84;
const UPPER_Z = 90;
const ZERO = 48;
const NINE = 57;

/** What a column is to the reader: skipped (0), the time, or a value. */
const TIME = 1;
const VALUE = 2;

/** Exact powers of ten: every one up to 1e22 is a double, so m / 10^k rounds once (Clinger). */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
/** Digits a decimal may have to be read by the fast path: 10^15 - 1 < 2^53, so m is exact. */
const MAX_DIGITS = 15;

/**
 * A byte-level reader of a wide layout's rows, for the fast path of wideReader. Exact: whatever it
 * reads is what parseValue and the layout's time parser make of the same text. Plain decimals
 * (`-12.50`: sign, at most 15 digits, a point) are read from their digits as m / 10^k, which is
 * the correctly rounded double and so equals Number(text); ISO 8601 timestamps of the shape
 * `YYYY-MM-DD[(T| )HH:mm[:ss[.S{1,3}]]][Z|±HH:mm]` are read from their digits, the days of the
 * date kept from the row before (most rows share it), and epoch seconds and milliseconds from
 * their digits. Any other cell (exponents, spaces, missing-value tokens, more digits, other zone
 * forms) is decoded and read by parseValue or the time parser; a row with a cell neither reads,
 * or with the wrong field count, is refused for the general path to skip and report.
 */
export function plainRowParser(layout: Layout): PlainRowParser {
  const { width, values } = layout;
  const role = new Uint8Array(width);
  const slot = new Int32Array(width);
  values.forEach((j, k) => {
    role[j] = VALUE;
    slot[j] = k;
  });
  const time = layout.time;
  if (time) role[time.index] = TIME;
  const timeSlot = values.length;
  const parseTime = time ? time.parser.parse : () => NaN;
  const iso = time?.parser.kind === 'iso-zoned' || time?.parser.kind === 'iso-local-as-utc';
  const divisor = time?.parser.divisor ?? Infinity;
  const epoch = divisor <= 1;
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  /** Where the field just read ends (its delimiter, the CR or LF ending the line, or end); -1: refused. */
  let at = 0;
  let dateKey = -1;
  let dateDays = 0;

  /** The field at bytes[p...] as text (a CR ending the line left out); sets `at`. */
  function text(bytes: Uint8Array, p: number, end: number, delimiter: number): string {
    let i = p;
    while (i < end) {
      const c = bytes[i];
      if (c === delimiter || c === LF) break;
      i++;
    }
    at = i;
    const stop = i > p && bytes[i - 1] === CR && (i === end || bytes[i] === LF) ? i - 1 : i;
    return decoder.decode(bytes.subarray(p, stop));
  }

  /** True when bytes[i] ends a field: the delimiter, the line's end, or a CR before it. */
  function endsField(bytes: Uint8Array, i: number, end: number, delimiter: number): boolean {
    if (i >= end) return true;
    const c = bytes[i];
    return c === delimiter || c === LF || (c === CR && (i + 1 === end || bytes[i + 1] === LF));
  }

  /** The number at bytes[p...] (see parseValue); sets `at`, to -1 when it is not one. */
  function number(bytes: Uint8Array, p: number, end: number, delimiter: number): number {
    let i = p;
    let c = i < end ? bytes[i] : LF;
    const negative = c === MINUS;
    if (negative) c = ++i < end ? bytes[i] : LF;
    let m = 0;
    let digits = 0;
    let scale = 0;
    while (c >= ZERO && c <= ZERO + 9) {
      m = m * 10 + (c - ZERO);
      digits++;
      c = ++i < end ? bytes[i] : LF;
    }
    if (c === DOT) {
      c = ++i < end ? bytes[i] : LF;
      while (c >= ZERO && c <= ZERO + 9) {
        m = m * 10 + (c - ZERO);
        digits++;
        scale++;
        c = ++i < end ? bytes[i] : LF;
      }
    }
    if (digits > 0 && digits <= MAX_DIGITS && endsField(bytes, i, end, delimiter)) {
      at = i;
      const v = scale === 0 ? m : m / POW10[scale];
      return negative ? -v : v;
    }
    return textNumber(bytes, p, end, delimiter);
  }

  /** The two digits at bytes[i, i + 2), or -1. */
  function two(bytes: Uint8Array, i: number): number {
    const a = bytes[i] - ZERO;
    const b = bytes[i + 1] - ZERO;
    return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
  }

  /** Epoch ms of the ISO 8601 timestamp at bytes[p...], NaN for a shape it does not read. */
  function isoBytes(bytes: Uint8Array, p: number, end: number, delimiter: number): number {
    if (p + 10 > end || bytes[p + 4] !== MINUS || bytes[p + 7] !== MINUS) return NaN;
    const century = two(bytes, p);
    const yy = two(bytes, p + 2);
    const month = two(bytes, p + 5);
    const day = two(bytes, p + 8);
    if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1) return NaN;
    const year = century * 100 + yy;
    const key = (year * 100 + month) * 100 + day;
    if (key !== dateKey) {
      if (day > daysInMonth(year, month)) return NaN;
      dateKey = key;
      dateDays = daysFromCivil(year, month, day);
    }
    let i = p + 10;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let ms = 0;
    let offset = 0;
    let c = i < end ? bytes[i] : LF;
    if (c === UPPER_T || c === SPACE) {
      if (i + 6 > end || bytes[i + 3] !== COLON) return NaN;
      hour = two(bytes, i + 1);
      minute = two(bytes, i + 4);
      if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
      i += 6;
      c = i < end ? bytes[i] : LF;
      if (c === COLON) {
        if (i + 3 > end) return NaN;
        second = two(bytes, i + 1);
        if (second < 0 || second > 59) return NaN;
        i += 3;
        c = i < end ? bytes[i] : LF;
        if (c === DOT) {
          // Up to 3 digits are milliseconds exactly; more take parseIsoTimestamp's own rounding.
          let scale = 100;
          for (
            c = ++i < end ? bytes[i] : LF;
            c >= ZERO && c <= ZERO + 9 && scale >= 1;
            scale /= 10
          ) {
            ms += (c - ZERO) * scale;
            c = ++i < end ? bytes[i] : LF;
          }
          if (scale === 100 || (c >= ZERO && c <= ZERO + 9)) return NaN;
        }
      }
    }
    if (c === UPPER_Z) {
      i++;
    } else if (c === PLUS || c === MINUS) {
      if (i + 6 > end || bytes[i + 3] !== COLON) return NaN;
      const hours = two(bytes, i + 1);
      const minutes = two(bytes, i + 4);
      if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return NaN;
      offset = (c === PLUS ? 1 : -1) * (hours * 60 + minutes);
      i += 6;
    }
    if (!endsField(bytes, i, end, delimiter)) return NaN;
    at = i;
    return (((dateDays * 24 + hour) * 60 + minute - offset) * 60 + second) * 1000 + ms;
  }

  /** Epoch ms of the time cell at bytes[p...]; sets `at`, to -1 when it is not a timestamp. */
  function timestamp(bytes: Uint8Array, p: number, end: number, delimiter: number): number {
    if (iso) {
      const t = isoBytes(bytes, p, end, delimiter);
      if (t === t) return t;
    } else if (epoch) {
      const v = number(bytes, p, end, delimiter);
      if (at >= 0 && Number.isFinite(v)) return Math.round(v / divisor);
    }
    const t = parseTime(text(bytes, p, end, delimiter));
    if (t !== t) at = -1;
    return t;
  }

  /** The value cell at bytes[p...] as parseValue reads its text; sets `at`, to -1 when none. */
  function textNumber(bytes: Uint8Array, p: number, end: number, delimiter: number): number {
    const value = parseValue(text(bytes, p, end, delimiter));
    if (value === null) at = -1;
    return value ?? NaN;
  }

  // One loop with the plain-decimal path written out: this is the hot path of a large file.
  return (bytes, start, end, delimiter, out) => {
    const last = width - 1;
    let i = start;
    for (let j = 0; ; j++) {
      const r = role[j];
      let c = i < end ? bytes[i] : LF;
      if (r === VALUE) {
        const p = i;
        const negative = c === MINUS;
        if (negative) c = ++i < end ? bytes[i] : LF;
        let m = 0;
        let digits = 0;
        let scale = 0;
        while (c >= ZERO && c <= NINE) {
          m = m * 10 + (c - ZERO);
          digits++;
          c = ++i < end ? bytes[i] : LF;
        }
        if (c === DOT) {
          c = ++i < end ? bytes[i] : LF;
          while (c >= ZERO && c <= NINE) {
            m = m * 10 + (c - ZERO);
            digits++;
            scale++;
            c = ++i < end ? bytes[i] : LF;
          }
        }
        if (
          digits > 0 &&
          digits <= MAX_DIGITS &&
          (c === delimiter || c === LF || (c === CR && (i + 1 >= end || bytes[i + 1] === LF)))
        ) {
          const v = scale === 0 ? m : m / POW10[scale];
          out[slot[j]] = negative ? -v : v;
        } else {
          out[slot[j]] = textNumber(bytes, p, end, delimiter);
          if (at < 0) return -1;
          i = at;
          c = i < end ? bytes[i] : LF;
        }
      } else if (r === TIME) {
        out[timeSlot] = timestamp(bytes, i, end, delimiter);
        if (at < 0) return -1;
        i = at;
        c = i < end ? bytes[i] : LF;
      } else {
        while (c !== delimiter && c !== LF) c = ++i < end ? bytes[i] : LF;
      }
      // bytes[i] (c; LF past the end) ends the field: the delimiter, or the line's CR or LF.
      if (c === delimiter) {
        if (j === last) return -1;
        i++;
        continue;
      }
      if (j !== last) return -1;
      if (c === CR) i++;
      return i < end ? i + 1 : end;
    }
  };
}
