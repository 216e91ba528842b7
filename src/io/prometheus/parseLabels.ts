const QUOTE = 34;
const BACKSLASH = 92;
const LABEL_NAME = /[a-zA-Z_][a-zA-Z0-9_]*/y;
const BLANKS = /[ \t]*/y;
const ESCAPES: Record<string, string> = { n: '\n', '\\': '\\', '"': '"' };

/** A quoted string starting at `open` (a `"`) unescaped, and the index after its closing quote. */
function readQuoted(text: string, open: number): { value: string; end: number } | null {
  let value = '';
  let from = open + 1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return { value: value + text.slice(from, i), end: i + 1 };
    if (c === BACKSLASH) {
      const next = text[i + 1] ?? '';
      value += text.slice(from, i) + (ESCAPES[next] ?? `\\${next}`);
      from = ++i + 1;
    }
  }
  return null;
}

/**
 * The labels of a series as written in a sample line (see parseSampleLine): the metric name, if
 * any, under `__name__`, then each `name="value"` of the label block in file order. Label values
 * are unescaped (`\\`, `\"` and `\n`; any other backslash pair is kept as it is, as Prometheus
 * does). Blanks may follow the commas (promtool writes `, `), a trailing comma is allowed, and
 * Prometheus 3's quoted forms are read: `"my.label"="v"` and a bare `"my.metric"` for the name.
 * Returns null when the block is malformed or names a label twice.
 * @example parseLabels('up{job="a\\"b"}') // Map { '__name__' => 'up', 'job' => 'a"b' }
 */
export function parseLabels(series: string): Map<string, string> | null {
  const labels = new Map<string, string>();
  const open = series.indexOf('{');
  if (open !== 0) labels.set('__name__', open < 0 ? series : series.slice(0, open));
  if (open < 0) return labels;
  let i = open + 1;
  const skipBlanks = () => {
    BLANKS.lastIndex = i;
    BLANKS.test(series);
    i = BLANKS.lastIndex;
  };
  for (;;) {
    skipBlanks();
    if (series[i] === '}') break;
    let name: string;
    let quotedName = false;
    if (series.charCodeAt(i) === QUOTE) {
      const quoted = readQuoted(series, i);
      if (!quoted) return null;
      ({ value: name, end: i } = quoted);
      quotedName = true;
    } else {
      LABEL_NAME.lastIndex = i;
      const match = LABEL_NAME.exec(series);
      if (!match) return null;
      name = match[0];
      i = LABEL_NAME.lastIndex;
    }
    skipBlanks();
    if (series[i] === '=') {
      i++;
      skipBlanks();
      const quoted = series.charCodeAt(i) === QUOTE ? readQuoted(series, i) : null;
      if (!quoted || labels.has(name)) return null;
      labels.set(name, quoted.value);
      i = quoted.end;
    } else if (quotedName && !labels.has('__name__')) {
      labels.set('__name__', name);
    } else {
      return null;
    }
    skipBlanks();
    if (series[i] === ',') i++;
    else if (series[i] !== '}') return null;
  }
  return i === series.length - 1 ? labels : null;
}
