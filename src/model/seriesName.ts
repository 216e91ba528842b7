const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const ESCAPED = /[\\"\n]/g;

/** `text` in double quotes, with `\`, `"` and newlines escaped as the text format does. */
function quote(text: string): string {
  return `"${text.replace(ESCAPED, (c) => (c === '\n' ? '\\n' : `\\${c}`))}"`;
}

/**
 * A series' name in Prometheus's own notation: `metric{label="value",...}` with the labels sorted
 * by name (as Prometheus sorts them), values quoted and escaped (`\\`, `\"`, `\n`), empty values and
 * the labels in `omit` left out; a series with no other labels is just `metric`. As in Prometheus
 * 3, a name that is not a classic identifier is quoted (and goes first inside the block), and a
 * series with neither name nor labels is `{}`.
 * @example seriesName('up', { job: 'a"b', instance: 'x' }, ['instance']) // 'up{job="a\\"b"}'
 */
export function seriesName(
  metric: string,
  labels: Readonly<Record<string, string>>,
  omit: readonly string[] = [],
): string {
  const plain = METRIC_NAME.test(metric);
  const parts = metric !== '' && !plain ? [quote(metric)] : [];
  const keys = Object.keys(labels)
    .filter((k) => k !== '__name__' && labels[k] !== '' && !omit.includes(k))
    .sort();
  for (const k of keys) parts.push(`${LABEL_NAME.test(k) ? k : quote(k)}=${quote(labels[k])}`);
  const head = plain ? metric : '';
  if (parts.length === 0) return head === '' ? '{}' : head;
  return `${head}{${parts.join(',')}}`;
}
