import type { ReaderResult } from '../metrics/metricsReader';
import { type SkipLog, skipLine } from '../metrics/skipLog';
import type { SkipReason, TimeReport } from '../readReport';
import { labelledSeries } from './labelledSeries';
import type { LineBatch } from './lineBatches';
import { parsePromValue } from './parsePromValue';

const NON_BLANK = /\S/;

type JsonObject = Record<string, unknown>;

const isObject = (x: unknown): x is JsonObject =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads VictoriaMetrics' JSON line export batch by batch; see vmExportReader. */
export interface VmExportReader {
  add(batch: LineBatch): void;
  /** Lines read so far that are not blank. */
  readonly linesParsed: number;
  /** The dataset, and how its timestamps were read. */
  finish(): { result: ReaderResult; time: TimeReport };
}

const TIME: TimeReport = {
  column: 'timestamps',
  kind: 'epoch-ms',
  note: 'epoch milliseconds, as VictoriaMetrics exports them',
};

/** A sample value: a JSON number, null (missing), or Prometheus's spellings of NaN and ±Inf. */
function sampleValue(x: unknown): number | null {
  if (typeof x === 'number') return x;
  if (x === null) return NaN;
  return typeof x === 'string' ? parsePromValue(x) : null;
}

/** Why a parsed line is not a series of the export, or its labels and samples. */
function seriesOfLine(
  body: unknown,
):
  | { ok: true; labels: Map<string, string>; values: unknown[]; timestamps: unknown[] }
  | { ok: false; reason: SkipReason } {
  if (!isObject(body) || !isObject(body.metric)) return { ok: false, reason: 'field-count' };
  const { metric, values, timestamps } = body;
  if (!Array.isArray(values) || !Array.isArray(timestamps) || values.length !== timestamps.length) {
    return { ok: false, reason: 'field-count' };
  }
  const labels = new Map<string, string>();
  for (const [name, value] of Object.entries(metric)) {
    if (typeof value !== 'string') return { ok: false, reason: 'field-count' };
    labels.set(name, value);
  }
  return { ok: true, labels, values, timestamps };
}

/**
 * A reader for VictoriaMetrics' `/api/v1/export` output
 * (https://docs.victoriametrics.com/#how-to-export-time-series): one JSON object per line,
 * `{"metric":{"__name__":"up","job":"a"},"values":[1,0],"timestamps":[1700000000000,...]}`,
 * timestamps in epoch milliseconds. Each line is one series, read as a Prometheus series (metric
 * `__name__`, the other labels as labels; see labelledSeries); the series share the union of
 * their timestamps. A line is left out (logged with its line number) as 'field-count' when it is
 * not JSON of that shape (values and timestamps of different lengths included), 'non-numeric'
 * when a value is not a number, and 'bad-timestamp' when a timestamp is not a finite number.
 * rowsRead counts the lines read.
 */
export function vmExportReader(log: SkipLog): VmExportReader {
  const collected = labelledSeries();
  let linesParsed = 0;
  let rowsRead = 0;

  return {
    add({ lines, firstLine }) {
      lines: for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (!NON_BLANK.test(line)) continue;
        linesParsed++;
        let body: unknown;
        try {
          body = JSON.parse(line);
        } catch {
          skipLine(log, 'field-count', firstLine + i, line);
          continue;
        }
        const found = seriesOfLine(body);
        if (!found.ok) {
          skipLine(log, found.reason, firstLine + i, line);
          continue;
        }
        const { labels, values, timestamps } = found;
        const samples: number[] = [];
        for (let k = 0; k < values.length; k++) {
          const t = timestamps[k];
          const v = sampleValue(values[k]);
          if (typeof t !== 'number' || !Number.isFinite(t)) {
            skipLine(log, 'bad-timestamp', firstLine + i, line);
            continue lines;
          }
          if (v === null) {
            skipLine(log, 'non-numeric', firstLine + i, line);
            continue lines;
          }
          samples.push(t, v);
        }
        const s = collected.seriesOf(labels);
        for (let k = 0; k < samples.length; k += 2) collected.push(s, samples[k], samples[k + 1]);
        rowsRead++;
      }
    },

    get linesParsed() {
      return linesParsed;
    },

    finish() {
      return { result: { ok: true, ...collected.finish(1), rowsRead }, time: TIME };
    },
  };
}
