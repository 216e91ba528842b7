/** A sample line cut into its parts, each as it stands in the file. */
export interface SampleLine {
  /** The metric name and label block: `up{job="node"}`, `up`, or promtool's `{__name__="up"}`. */
  series: string;
  value: string;
  /** The timestamp token, or null when the line has none. */
  timestamp: string | null;
}

const SPACE = 32;
const TAB = 9;
const QUOTE = 34;
const BACKSLASH = 92;
const OPEN = 123;
const CLOSE = 125;
const BLANKS = /[ \t]+/;

const isBlank = (c: number) => c === SPACE || c === TAB;

/** [a-zA-Z_:] for the first character of a metric name, [a-zA-Z0-9_:] after it. */
function isNameChar(c: number, first: boolean): boolean {
  const letter = (c | 0x20) >= 97 && (c | 0x20) <= 122;
  return letter || c === 95 || c === 58 || (!first && c >= 48 && c <= 57);
}

/** The index after the `}` closing the label block that opens at `open`, or -1 if none does. */
function blockEnd(line: string, open: number): number {
  let quoted = false;
  for (let i = open + 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (quoted) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) quoted = false;
    } else if (c === QUOTE) quoted = true;
    else if (c === CLOSE) return i + 1;
  }
  return -1;
}

/**
 * Cuts a sample line of the Prometheus text format, OpenMetrics or `promtool tsdb dump` into
 * series, value and timestamp: `name{labels} value [timestamp]`, where the name or the label block
 * may be left out (not both) and blanks (spaces or tabs) separate the tokens; leading and trailing
 * blanks are ignored. Quotes and backslash escapes inside the label block are honoured when
 * looking for its end. An OpenMetrics exemplar (from a `#` token on) is dropped. Returns null when
 * the line does not have this shape: no series, an unclosed label block, no value, or a token
 * after the timestamp. The tokens are not checked further (see parsePromValue, parseLabels).
 * @example parseSampleLine('up{job="a b"} 1 1700000000000') // { series: 'up{job="a b"}', value: '1', timestamp: '1700000000000' }
 */
export function parseSampleLine(line: string): SampleLine | null {
  let i = 0;
  while (i < line.length && isBlank(line.charCodeAt(i))) i++;
  const start = i;
  while (i < line.length && isNameChar(line.charCodeAt(i), i === start)) i++;
  if (line.charCodeAt(i) === OPEN) i = blockEnd(line, i);
  if (i <= start || !isBlank(line.charCodeAt(i))) return null;
  const [value, timestamp, after] = line.slice(i).trim().split(BLANKS);
  if (value === '' || value.startsWith('#')) return null;
  if (timestamp === undefined || timestamp.startsWith('#')) {
    return { series: line.slice(start, i), value, timestamp: null };
  }
  if (after !== undefined && !after.startsWith('#')) return null;
  return { series: line.slice(start, i), value, timestamp };
}
