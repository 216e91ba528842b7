import { looksBinary } from './csv/looksBinary';
import { parseLineProtocol } from './influx/parseLineProtocol';
import type { LineFormat } from './readReport';

/** Lines looked at: the first must be a point, and more than half of them. */
const LINES_CHECKED = 5;
/** A VictoriaMetrics export line: an object whose first key is "metric", an object. */
const VM_LINE = /^\s*\{\s*"metric"\s*:\s*\{/;
const VM_ARRAYS = /"(?:values|timestamps)"\s*:\s*\[/;

/**
 * The line-by-line format of a file from its first characters (`head`; `complete` when they are
 * the whole file, else its cut last line is not looked at), or null when it is neither:
 * 'victoriametrics-jsonl' when the first non-blank line is a JSON object starting with a "metric"
 * object and holding "values" or "timestamps" (or is cut before them); 'influx-line' when, of
 * the first five lines that are neither blank nor `#` comments, the first and more than half are
 * line protocol points (see parseLineProtocol; a bad line is then skipped and reported, as in
 * any format). CSV rows, Prometheus samples and JSON documents are
 * none of these. Binary heads give null.
 * @example detectLineFormat('cpu,host=a usage=1 1700000000000000000\n', true) // 'influx-line'
 */
export function detectLineFormat(head: string, complete: boolean): LineFormat | null {
  if (looksBinary(head) !== null) return null;
  const lines = head.split('\n');
  const cut = complete ? null : lines.pop()!;
  const first = lines.find((line) => line.trim() !== '') ?? cut ?? '';
  if (VM_LINE.test(first)) {
    return VM_ARRAYS.test(first) || first === cut ? 'victoriametrics-jsonl' : null;
  }
  let checked = 0;
  let points = 0;
  for (const line of lines) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    const point = parseLineProtocol(text) !== null;
    if (checked === 0 && !point) return null;
    if (point) points++;
    if (++checked === LINES_CHECKED) break;
  }
  return points * 2 > checked ? 'influx-line' : null;
}
