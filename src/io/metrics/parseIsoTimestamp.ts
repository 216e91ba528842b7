/** The n-digit number at text[at, at + n), or -1 when a character there is not a digit. */
function digits(text: string, at: number, n: number): number {
  let value = 0;
  for (let i = at; i < at + n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar, by Howard Hinnant's
 * days_from_civil (https://howardhinnant.github.io/date_algorithms.html): integer arithmetic
 * only, several times faster than Date.UTC, and right for years 0-99, which Date.UTC moves to
 * the 1900s.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Days in `month` (1-12) of `year`, in the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Epoch milliseconds of an ISO 8601 / RFC 3339 date or date-time, NaN when the text is not one:
 * `YYYY-MM-DD`, then optionally `T` or a space and `HH:mm`, `:ss`, a fraction (`.` or `,`, any
 * number of digits, cut to milliseconds like Date.parse), and a zone `Z`, `±HH`, `±HHmm` or
 * `±HH:mm`. Without a zone the fields are read as UTC. Field ranges are checked (no 24:00, no
 * leap second, no 30 February). A strict hand parser: Date.parse accepts more than this and
 * reads zone-less date-times as local time.
 * @example parseIsoTimestamp('2014-02-14 14:30:00') // 1392388200000
 */
export function parseIsoTimestamp(text: string): number {
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || text[4] !== '-' || text[7] !== '-') {
    return NaN;
  }
  if (day > daysInMonth(year, month)) return NaN;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let at = 10;
  const sep = text[10];
  if (sep === 'T' || sep === ' ' || sep === 't') {
    hour = digits(text, 11, 2);
    minute = digits(text, 14, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || text[13] !== ':') return NaN;
    at = 16;
    if (text[16] === ':') {
      second = digits(text, 17, 2);
      if (second < 0 || second > 59) return NaN;
      at = 19;
      if (text[19] === '.' || text[19] === ',') {
        let scale = 100;
        for (at = 20; at < text.length; at++) {
          const d = text.charCodeAt(at) - 48;
          if (!(d >= 0 && d <= 9)) break;
          ms += d * scale;
          scale /= 10;
        }
        if (at === 20) return NaN;
        ms = Math.trunc(ms);
      }
    }
  }
  let offsetMinutes = 0;
  const zone = text[at];
  if (zone === 'Z' || zone === 'z') at++;
  else if (zone === '+' || zone === '-') {
    const hours = digits(text, at + 1, 2);
    let mins = 0;
    at += 3;
    if (at < text.length) {
      if (text[at] === ':') at++;
      mins = digits(text, at, 2);
      at += 2;
    }
    if (hours < 0 || hours > 23 || mins < 0 || mins > 59) return NaN;
    offsetMinutes = (zone === '+' ? 1 : -1) * (hours * 60 + mins);
  }
  if (at !== text.length) return NaN;
  const days = daysFromCivil(year, month, day);
  return (((days * 24 + hour) * 60 + minute - offsetMinutes) * 60 + second) * 1000 + ms;
}

/** True when `text` (a timestamp parseIsoTimestamp reads) ends in a zone: Z or an offset. */
export function hasZone(text: string): boolean {
  return text.length > 10 && /(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$/.test(text.slice(16));
}
