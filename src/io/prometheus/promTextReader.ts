import type { RowBatch } from '../csv/csvParser';
import type { ReaderResult } from '../metrics/metricsReader';
import type { SkipLog } from '../metrics/skipLog';
import type { SkipReason } from '../readReport';
import { labelledSeries } from './labelledSeries';
import type { LineBatch } from './lineBatches';
import { parseLabels } from './parseLabels';
import { parsePromValue, parseTimestamp } from './parsePromValue';
import { parseSampleLine } from './parseSampleLine';

const EOF_LINE = /^#[ \t]*EOF[ \t]*$/;
const NON_BLANK = /\S/;

/** Reads the lines of a text-format file; see promTextReader. */
export interface PromTextReader {
  add(batch: LineBatch): void;
  /** Lines read so far that are not blank (comments included). */
  readonly linesParsed: number;
  /** True once an OpenMetrics `# EOF` line has been read. */
  readonly sawEof: boolean;
  /** Whether the samples carry timestamps, as the first sample line does; null before one. */
  readonly timestamps: boolean | null;
  /** The dataset; `msPerUnit` as in LabelledSeries.finish (ignored without timestamps). */
  finish(msPerUnit: number): ReaderResult;
}

/**
 * A reader for the line formats of Prometheus: the text exposition format (a scraped /metrics
 * page or a /federate dump), OpenMetrics, and `promtool tsdb dump` output. `# HELP`, `# TYPE`,
 * `# UNIT`, other comments and blank lines are passed over; each sample line
 * (see parseSampleLine) adds one sample to the series of its name and labels, so a histogram's
 * `_bucket{le=...}`, `_sum` and `_count` are series like any other. Whether samples carry a
 * timestamp is set by the first sample line. A line is left out (and logged with its line number) as
 * 'field-count' when it does not split into series, value and timestamp or its label block is
 * malformed, 'bad-timestamp' when its timestamp is not a number or it has one where the first
 * sample had none (or none where it had one), and 'non-numeric' when its value is not a number.
 */
export function promTextReader(log: SkipLog): PromTextReader {
  const collected = labelledSeries();
  /** Series by the text of their name and labels, so each text is parsed once. */
  const seriesOf = new Map<string, number>();
  let linesParsed = 0;
  let sawEof = false;
  let timestamps: boolean | null = null;
  let rowsRead = 0;

  function skip(reason: SkipReason, line: number, text: string) {
    const batch: RowBatch = { rows: [], lines: [line], rawText: () => text };
    log.skip(reason, batch, 0);
  }

  return {
    add({ lines, firstLine }) {
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const start = line.search(NON_BLANK);
        if (start < 0) continue;
        linesParsed++;
        if (line.charCodeAt(start) === 35 /* # */) {
          sawEof ||= EOF_LINE.test(line.trim());
          continue;
        }
        const sample = parseSampleLine(line);
        let s = sample ? seriesOf.get(sample.series) : undefined;
        const labels = sample && s === undefined ? parseLabels(sample.series) : null;
        if (sample === null || (s === undefined && labels === null)) {
          skip('field-count', firstLine + i, line);
          continue;
        }
        timestamps ??= sample.timestamp !== null;
        const t = sample.timestamp === null ? NaN : parseTimestamp(sample.timestamp);
        if (timestamps !== (sample.timestamp !== null) || (timestamps && t !== t)) {
          skip('bad-timestamp', firstLine + i, line);
          continue;
        }
        const value = parsePromValue(sample.value);
        if (value === null) {
          skip('non-numeric', firstLine + i, line);
          continue;
        }
        if (s === undefined) {
          s = collected.seriesOf(labels!);
          seriesOf.set(sample.series, s);
        }
        collected.push(s, t, value);
        rowsRead++;
      }
    },

    get linesParsed() {
      return linesParsed;
    },
    get sawEof() {
      return sawEof;
    },
    get timestamps() {
      return timestamps;
    },

    finish(msPerUnit) {
      const pivot = collected.finish(timestamps ? msPerUnit : null);
      return { ok: true, ...pivot, rowsRead };
    },
  };
}
