const BACKSLASH = 92;
const QUOTE = 34;
const SPACE = 32;
const COMMA = 44;
const EQUALS = 61;

/** A field's value as line protocol types it. */
export type FieldValue =
  | { type: 'float' | 'integer' | 'uinteger'; value: number }
  | { type: 'boolean'; value: 0 | 1 }
  | { type: 'string'; value: string };

/** One point of InfluxDB line protocol, keys and values unescaped. */
export interface LinePoint {
  measurement: string;
  /** Tag keys and values in line order. */
  tags: [string, string][];
  /** Field keys and values in line order; never empty. */
  fields: [string, FieldValue][];
  /** The timestamp as written (an integer in the writer's precision), or null when there is none. */
  timestamp: string | null;
}

const FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+i$/;
const UINTEGER = /^\d+u$/;
const TIMESTAMP = /^-?\d+$/;
const TRUE = new Set(['t', 'T', 'true', 'True', 'TRUE']);
const FALSE = new Set(['f', 'F', 'false', 'False', 'FALSE']);

/**
 * `text` cut at each `separator` that is neither escaped by a backslash nor, when `quotes`, inside
 * a double-quoted string. The pieces keep their escapes.
 */
function split(text: string, separator: number, quotes: boolean, limit = Infinity): string[] {
  const pieces: string[] = [];
  let from = 0;
  let quoted = false;
  for (let i = 0; i < text.length && pieces.length < limit - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (quotes && c === QUOTE) quoted = !quoted;
    else if (c === separator && !quoted) {
      pieces.push(text.slice(from, i));
      from = i + 1;
    }
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** A measurement, tag key, tag value or field key with its escapes (`\,` `\=` `\ `) removed. */
const unescape = (text: string) => text.replace(/\\([,= ])/g, '$1');

/** A field value, or null when it is none of line protocol's types. */
function fieldValue(text: string): FieldValue | null {
  if (
    text.length >= 2 &&
    text.charCodeAt(0) === QUOTE &&
    text.charCodeAt(text.length - 1) === QUOTE
  ) {
    return { type: 'string', value: text.slice(1, -1).replace(/\\(["\\])/g, '$1') };
  }
  if (FLOAT.test(text)) return { type: 'float', value: +text };
  if (INTEGER.test(text)) return { type: 'integer', value: +text.slice(0, -1) };
  if (UINTEGER.test(text)) return { type: 'uinteger', value: +text.slice(0, -1) };
  if (TRUE.has(text)) return { type: 'boolean', value: 1 };
  if (FALSE.has(text)) return { type: 'boolean', value: 0 };
  return null;
}

/** A `key=value` pair split at its first unescaped `=`, or null when it has none or no key. */
function pair(text: string): [string, string] | null {
  const [key, value] = split(text, EQUALS, false, 2);
  return value === undefined || key === '' ? null : [unescape(key), value];
}

/**
 * One line of InfluxDB line protocol (https://docs.influxdata.com/influxdb/v2/reference/syntax/line-protocol/):
 * `measurement[,tag=value...] field=value[,field=value...] [timestamp]`. Commas, spaces and `=` in
 * measurements, keys and tag values are escaped with a backslash; string field values are double
 * quoted with `\"` and `\\` escaped; numbers are floats (`1.5`, `1e3`), integers (`3i`) or
 * unsigned integers (`3u`); booleans are t, T, true, True, TRUE and f, F, false, False, FALSE.
 * Returns null when the line does not have this shape (no field set, a field or tag without `=`,
 * a value of no type, a timestamp that is not an integer, or more after it). Blank and comment
 * (`#`) lines are the caller's to pass over.
 * @example parseLineProtocol('cpu,host=a usage=0.5,up=true 1700000000000000000').fields // [['usage', { type: 'float', value: 0.5 }], ['up', { type: 'boolean', value: 1 }]]
 */
export function parseLineProtocol(line: string): LinePoint | null {
  // Quotes mean nothing before the field set: a tag value may hold a literal `"`.
  const [series, rest] = split(line.trim(), SPACE, false, 2);
  if (rest === undefined) return null;
  const sections = split(rest, SPACE, true).filter((section) => section !== '');
  if (sections.length < 1 || sections.length > 2) return null;
  const [fieldSet, timestamp = null] = sections;
  if (timestamp !== null && !TIMESTAMP.test(timestamp)) return null;
  const [measurement, ...tagPairs] = split(series, COMMA, false);
  if (measurement === '') return null;
  const tags: [string, string][] = [];
  for (const text of tagPairs) {
    const tag = pair(text);
    if (tag === null) return null;
    tags.push([tag[0], unescape(tag[1])]);
  }
  const fields: [string, FieldValue][] = [];
  for (const text of split(fieldSet, COMMA, true)) {
    const field = pair(text);
    const value = field && fieldValue(field[1]);
    if (!field || !value) return null;
    fields.push([field[0], value]);
  }
  return { measurement: unescape(measurement), tags, fields, timestamp };
}
