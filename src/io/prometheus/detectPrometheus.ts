import { looksBinary } from '../csv/looksBinary';
import type { PrometheusFormat } from '../readReport';
import { parseLabels } from './parseLabels';
import { parsePromValue, parseTimestamp } from './parsePromValue';
import { parseSampleLine } from './parseSampleLine';

/** A JSON object, or an array of objects, arrays or strings (never a CSV's first cell). */
const JSON_START = /^\s*(?:\{|\[\s*[[{"\]])/;
/** The metadata lines of the text format and OpenMetrics: `# HELP`, `# TYPE`, `# UNIT`, `# EOF`. */
const METADATA = /^#[ \t]+(?:HELP|TYPE|UNIT|EOF)(?:[ \t]|$)/;
/** Sample lines that must all read as samples when no metadata line says what the file is. */
const LINES_CHECKED = 5;

/**
 * True for a sample line written the way exporters, /federate and promtool write them: a series,
 * a value and an optional timestamp that all parse, separated by spaces (a tab would make it a
 * tab-separated table).
 */
function isSample(line: string): boolean {
  const sample = parseSampleLine(line);
  if (sample === null || parseLabels(sample.series) === null) return false;
  if (parsePromValue(sample.value) === null) return false;
  if (sample.timestamp !== null && Number.isNaN(parseTimestamp(sample.timestamp))) return false;
  return !line.slice(sample.series.length).includes('\t');
}

/**
 * The Prometheus format of a file from its first characters (`head`; `complete` when they are
 * the whole file, else its cut last line is not looked at), or null when it is none of them (and
 * so is read as CSV): 'prometheus-text' when the first line that is neither blank nor a comment
 * comes after a `# HELP`, `# TYPE`, `# UNIT` or `# EOF` line, or when it and the next four such
 * lines are sample lines (OpenMetrics is told apart later, by its `# EOF`); 'promtool-dump' when
 * those sample lines start with a label block; else 'prometheus-json' when the text starts like
 * JSON (an object, or an array of objects, arrays or strings). Binary heads give null.
 * @example detectPrometheus('# HELP up Up.\n# TYPE up gauge\nup 1\n', true) // 'prometheus-text'
 */
export function detectPrometheus(head: string, complete: boolean): PrometheusFormat | null {
  if (looksBinary(head) !== null) return null;
  const lines = head.split('\n');
  if (!complete) lines.pop();
  let metadata = false;
  let samples = 0;
  let failed = false;
  let promtool = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('#')) {
      metadata ||= METADATA.test(line);
      continue;
    }
    if (metadata) break;
    if (!isSample(line)) {
      failed = true;
      break;
    }
    if (samples++ === 0) promtool = line.startsWith('{');
    if (samples === LINES_CHECKED) break;
  }
  if (metadata) return 'prometheus-text';
  if (samples > 0 && !failed) return promtool ? 'promtool-dump' : 'prometheus-text';
  return JSON_START.test(head) ? 'prometheus-json' : null;
}
