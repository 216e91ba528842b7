import { type CsvBatch, openCsv } from './csv/openCsv';
import type { Dataset } from './dataset';
import { detectFormat } from './metrics/detectFormat';
import { detectLayout, SAMPLE_ROWS } from './metrics/detectLayout';
import { influxReader } from './metrics/influxReader';
import { longReader } from './metrics/longReader';
import type { ColumnRole } from './metrics/columnRoles';
import type { MetricsReader, ReaderResult } from './metrics/metricsReader';
import { type SkipLog, skipLog } from './metrics/skipLog';
import { wideReader } from './metrics/wideReader';
import { prometheusPlan, readPrometheus } from './prometheus/readPrometheus';
import type { MetricsFormat, ReadReport, SkippedRows, TimeReport } from './readReport';

/** How far reading has got; reported once per chunk of input. */
export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
  /** CSV rows parsed so far (header and annotation rows included, blank lines not). */
  rowsParsed: number;
  /** For a source fetched in parts (Prometheus query_range calls): how many are in, of how many. */
  parts?: { done: number; total: number };
}

export interface ReadOptions {
  /** The field delimiter; detected among `,` `;` and tab when absent. */
  delimiter?: string;
  /** Whether row 1 is a header; detected when absent (see detectLayout). */
  header?: boolean;
  /** The layout, when detection gets it wrong. */
  format?: MetricsFormat;
  /** The timestamp column by header name or 0-based index; null for none (x is the index). */
  timeColumn?: string | number | null;
  /**
   * Every column's role, from the column-mapping step: overrides the detected layout and
   * timeColumn (the header is still detected unless `header` says). Table-shaped formats only.
   */
  columns?: ColumnRole[];
  /** A unit per column, for value columns whose cells carry none ('%', 'ms', 'B', 'B/s'). */
  units?: string[];
  /**
   * For a file without a timestamp column: the first sample's time (epoch ms) and the spacing of
   * samples, which give x as time instead of the sample index.
   */
  sampling?: { startMs: number; stepSeconds: number };
  onProgress?: (progress: ReadProgress) => void;
  /** Aborting makes readMetrics resolve to { ok: false, reason: 'cancelled' } (it never rejects). */
  signal?: AbortSignal;
  /**
   * false sends every row through the general CSV parser instead of reading plain rows straight
   * from their bytes (see wideReader); the outcome is the same. For tests and benchmarks.
   */
  plainRows?: boolean;
  /**
   * Bytes of input read per block, the step of progress and cancel: about 1 MiB, the first block
   * 64 KiB, when absent. Tests give small blocks so that rows cross many block boundaries.
   */
  blockBytes?: number;
}

export type ReadOutcome =
  | { ok: true; dataset: Dataset; report: ReadReport }
  | { ok: false; reason: string; report?: Partial<ReadReport> };

const INFLUX_TIME: TimeReport = {
  column: '_time',
  kind: 'iso-zoned',
  note: 'RFC 3339 timestamps with a zone, read exactly',
};

/** The reader chosen for a file and what was detected on the way. */
interface Plan {
  reader: MetricsReader;
  format: MetricsFormat;
  header: boolean;
  time: TimeReport;
}

const INDEX_TIME: TimeReport = {
  column: null,
  kind: 'index',
  note: 'no timestamp column: x is the sample index',
};

/** The time report of a file without a timestamp column read with `sampling`. */
function samplingTime({ startMs, stepSeconds }: NonNullable<ReadOptions['sampling']>): TimeReport {
  const start = new Date(startMs).toISOString().slice(0, 16).replace('T', ' ');
  return {
    column: null,
    kind: 'sampling-interval',
    note: `no timestamp column: samples ${stepSeconds} s apart from ${start} UTC, as set in the column mapping`,
  };
}

/**
 * `dataset` with times startMs + i * stepSeconds on its steps, when it has none: a long layout
 * without a time column, whose k-th sample of each series is step k (wide layouts time each row
 * by its position in the file, see wideReader).
 */
function withSampling(dataset: Dataset, sampling: ReadOptions['sampling']): Dataset {
  if (!sampling || dataset.timeMs !== null) return dataset;
  const { startMs, stepSeconds } = sampling;
  const stepMs = stepSeconds * 1000;
  const steps = dataset.series.reduce((most, s) => Math.max(most, s.values.length), 0);
  const timeMs = Float64Array.from({ length: steps }, (_, i) => startMs + i * stepMs);
  return { ...dataset, timeMs };
}

function plan(
  sample: string[][],
  firstLine: string,
  sepLine: boolean,
  options: ReadOptions,
  log: SkipLog,
): { ok: true; plan: Plan } | { ok: false; reason: string } {
  const detected = detectFormat(sample[0], firstLine, sepLine);
  if ((options.format ?? detected) === 'influx-annotated') {
    const reader = influxReader(log);
    return {
      ok: true,
      plan: { reader, format: 'influx-annotated', header: true, time: INFLUX_TIME },
    };
  }
  const found = detectLayout(sample, detected, options);
  if (!found.ok) return found;
  const { sampling } = options;
  const layout = {
    ...found.layout,
    units: options.units,
    ...(sampling && {
      sampling: { startMs: sampling.startMs, stepMs: sampling.stepSeconds * 1000 },
    }),
  };
  const long = layout.format === 'long' || layout.format === 'grafana-series-rows';
  const time: TimeReport = layout.time
    ? {
        column: layout.names[layout.time.index],
        kind: layout.time.parser.kind,
        note: layout.time.parser.note,
      }
    : options.sampling
      ? samplingTime(options.sampling)
      : INDEX_TIME;
  return {
    ok: true,
    plan: {
      reader: long ? longReader(layout, log) : wideReader(layout, log),
      format: layout.format,
      header: layout.header,
      time,
    },
  };
}

const REASON_TEXT: Record<SkippedRows['reason'], string> = {
  'field-count': 'the wrong number of fields',
  'non-numeric': 'a value that is not a number',
  'bad-timestamp': 'a timestamp that could not be read',
};

function noRowsReason(log: SkipLog): string {
  if (log.count === 0) return 'The file has a header but no data rows.';
  const why = log
    .entries()
    .map(({ reason, count }) => `${count} with ${REASON_TEXT[reason]}`)
    .join(', ');
  return `None of the ${log.count} data rows could be read (${why}).`;
}

/** The note a report gives about its timestamps, when their unit is one people may not expect. */
function timeNotes(time: TimeReport): string[] {
  if (time.kind === 'epoch-us' || time.kind === 'epoch-ns') {
    const unit = time.kind === 'epoch-us' ? 'microseconds' : 'nanoseconds';
    return [`Timestamps read as epoch ${unit} (by their magnitude), to the millisecond.`];
  }
  return [];
}

/** What every reader reports besides its counts. */
type Known = Pick<ReadReport, 'format' | 'delimiter' | 'header' | 'time' | 'bytesRead'>;

/** The outcome of a finished reader: its dataset with the report, or why there is none. */
function outcomeOf(
  result: ReaderResult,
  found: Known,
  log: SkipLog,
  sampling?: ReadOptions['sampling'],
): ReadOutcome {
  const known = { ...found, rowsSkipped: log.count, skipped: log.entries() };
  if (!result.ok) return { ok: false, reason: result.reason, report: { ...known, rowsRead: 0 } };
  if (result.rowsRead === 0) {
    return { ok: false, reason: noRowsReason(log), report: { ...known, rowsRead: 0 } };
  }
  const dataset = withSampling(result.dataset, sampling);
  const report: ReadReport = {
    ...known,
    rowsRead: result.rowsRead,
    missingValues: Object.fromEntries(dataset.series.map((s) => [s.name, s.missing])),
    resorted: result.resorted,
    duplicateTimestamps: result.duplicateTimestamps,
    notes: [...timeNotes(found.time), ...(result.notes ?? [])],
  };
  return { ok: true, dataset, report };
}

/**
 * Reads metrics from CSV text or a Prometheus file: a Blob (streamed, never held whole as a
 * string, except Prometheus JSON) or a string. Formats, detected from the first rows unless
 * options.format is given:
 * - 'wide': `timestamp, s1, s2, ...` (NAB's `timestamp,value` is one), one series per column;
 * - 'long': `timestamp, host, metric, value` or `timestamp, host, cpu, mem, io`, one series per
 *   (host, metric) labelled `host`, on a common grid so hosts line up (see longReader);
 * - 'grafana': Inspect > Data > Download CSV, raw or formatted (values like `41.2%`, `1.2 GB`,
 *   `350 ms` are converted to base units, kept in series.unit), with or without `sep=`;
 * - 'grafana-series-rows': Grafana's older `Series;Time;Value` export;
 * - 'influx-annotated': InfluxDB 2's annotated CSV, every table of it;
 * - 'prometheus-json' (an HTTP API query response), 'prometheus-text' (a scraped /metrics page or
 *   a /federate dump), 'openmetrics' (the same with `# EOF`, times in seconds) and
 *   'promtool-dump' (`promtool tsdb dump` output): one series per label set, named
 *   `name{label="value",...}` (see readPrometheus);
 * - 'influx-line' (InfluxDB line protocol, Telegraf's default output) and 'victoriametrics-jsonl'
 *   (VictoriaMetrics' /api/v1/export): one series per measurement, tag set and field, or per line.
 * The last two groups are told from CSV by their first 16 KiB (see detectLineFormat,
 * detectPrometheus); options.delimiter, header, timeColumn, columns, units and sampling do not
 * apply to them, and the report gives delimiter '' and header false. report.notes says what was
 * left out or interpreted (string fields and tables, booleans read as 0/1, µs or ns timestamps).
 * Timestamps: ISO 8601 with a zone (exact), without one (read as UTC, and the report says so),
 * epoch s, ms, µs or ns told apart by magnitude (see timeParser; µs and ns get a report note), or
 * none (x is the sample index, or time from options.sampling). options.columns and options.units carry the column-mapping step's choices
 * (see inspectMetrics for what it is shown).
 * Bad data never throws: rows are skipped and reported with their line numbers (see wideReader),
 * missing-value cells become NaN. A file that cannot be read at all (empty, binary, only a
 * header, no numeric column, nothing readable, a format recognised but not read such as
 * Prometheus protobuf) gives ok: false and one sentence saying why.
 * @example (await readMetrics('timestamp,value\n2014-02-14 14:30:00,1.5\n')).ok // true
 */
export async function readMetrics(
  input: Blob | string,
  options: ReadOptions = {},
): Promise<ReadOutcome> {
  const { signal, onProgress } = options;
  const cancelled = { ok: false, reason: 'cancelled' } as const;
  if (signal?.aborted) return cancelled;
  const prometheus = await prometheusPlan(input, options.format);
  if (prometheus !== null) {
    const log = skipLog();
    const read = await readPrometheus(input, prometheus, options, log);
    if (signal?.aborted) return cancelled;
    if (!read.ok) return read;
    const { format, time, result, bytesRead } = read;
    return outcomeOf(result, { format, delimiter: '', header: false, time, bytesRead }, log);
  }
  const opened = await openCsv(input, options.delimiter, options.blockBytes);
  if (!opened.ok)
    return { ok: false, reason: opened.reason, report: { bytesRead: opened.bytesRead } };
  const { csv } = opened;
  const log = skipLog();
  const pending: CsvBatch[] = [];
  let sampled = 0;
  let rowsParsed = 0;
  let bytesRead = 0;
  let planned: Plan | string | null = null;

  /** Plans from the pending batches and feeds them to the reader; a string says why not. */
  const start = (): Plan | string => {
    const sample = pending.flatMap((batch) => batch.rows).slice(0, SAMPLE_ROWS);
    const first = pending.find((batch) => batch.rows.length > 0)!;
    const made = plan(sample, first.rawText(0), csv.sepLine, options, log);
    if (!made.ok) return made.reason;
    let header = made.plan.header && made.plan.format !== 'influx-annotated';
    for (const batch of pending) {
      made.plan.reader.add(batch, header && batch.rows.length > 0 ? 1 : 0);
      header &&= batch.rows.length === 0;
    }
    return made.plan;
  };

  for await (const batch of csv.batches) {
    if (signal?.aborted) return cancelled;
    rowsParsed += batch.rowsParsed;
    bytesRead = batch.bytesRead;
    onProgress?.({ bytesRead, totalBytes: csv.totalBytes, rowsParsed });
    // Once planned, the rows of later batches go straight to the reader (see handRowsTo).
    if (planned !== null) continue;
    pending.push(batch);
    sampled += batch.rows.length;
    if (sampled < SAMPLE_ROWS) continue;
    const started = start();
    if (typeof started === 'string') return { ok: false, reason: started, report: { bytesRead } };
    planned = started;
    const { reader } = planned;
    csv.handRowsTo(
      options.plainRows === false ? { add: (rows, from) => reader.add(rows, from) } : reader,
    );
  }
  if (signal?.aborted) return cancelled;
  if (sampled === 0) return { ok: false, reason: 'The file is empty.', report: { bytesRead } };
  planned ??= start();
  if (typeof planned === 'string') return { ok: false, reason: planned, report: { bytesRead } };

  const { reader, format, header, time } = planned;
  return outcomeOf(
    reader.finish(),
    { format, delimiter: csv.delimiter, header, time, bytesRead },
    log,
    time.kind === 'sampling-interval' ? options.sampling : undefined,
  );
}
