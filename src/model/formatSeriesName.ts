const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const ESCAPED = /[\\"\n]/g;

/** `text` in double quotes, with `\`, `"` and newlines escaped as the text format does. */
function quote(text: string): string {
  return `"${text.replace(ESCAPED, (c) => (c === '\n' ? '\\n' : `\\${c}`))}"`;
}

/**
 * A series' name in Prometheus's own notation: `name{label="value",...}` with the labels sorted
 * by name (as Prometheus sorts them), values quoted and escaped (`\\`, `\"`, `\n`), and `__name__`
 * and the label `omit` (if given) left out of the block; a series with no other labels is just
 * `name`. As in Prometheus 3, a name that is not a classic identifier is quoted (a metric name
 * then goes first inside the block), and a series with neither name nor labels is `{}`.
 * @example formatSeriesName(new Map([['__name__', 'up'], ['job', 'a"b'], ['instance', 'x']]), 'instance') // 'up{job="a\\"b"}'
 */
export function formatSeriesName(labels: ReadonlyMap<string, string>, omit?: string): string {
  const name = labels.get('__name__') ?? '';
  const plain = METRIC_NAME.test(name);
  const parts = name !== '' && !plain ? [quote(name)] : [];
  const names = [...labels.keys()].filter((k) => k !== '__name__' && k !== omit).sort();
  for (const k of names)
    parts.push(`${LABEL_NAME.test(k) ? k : quote(k)}=${quote(labels.get(k)!)}`);
  const head = plain ? name : '';
  if (parts.length === 0) return head === '' ? '{}' : head;
  return `${head}{${parts.join(',')}}`;
}
