import { textChunks } from '../csv/textChunks';
import { byteSize } from '../csv/utf8Length';
import { detectLineFormat } from '../detectLineFormat';
import { lineProtocolReader } from '../influx/lineProtocolReader';
import type { ReaderResult } from '../metrics/metricsReader';
import type { SkipLog } from '../metrics/skipLog';
import type {
  LineFormat,
  MetricsFormat,
  PrometheusFormat,
  ReadReport,
  TimeReport,
} from '../readReport';
import { detectPrometheus } from './detectPrometheus';
import { type LineBatch, lineBatches } from './lineBatches';
import { parsePromJson } from './parsePromJson';
import { promTextReader } from './promTextReader';
import { vmExportReader } from './vmExportReader';

/** Bytes (or, for a string, characters) looked at to detect a Prometheus format. */
const HEAD_SIZE = 16_384;
/** The formats read here rather than as CSV: Prometheus's own, and the line formats. */
type OwnFormat = PrometheusFormat | LineFormat;

const FORMATS: ReadonlySet<MetricsFormat> = new Set<OwnFormat>([
  'prometheus-json',
  'prometheus-text',
  'openmetrics',
  'promtool-dump',
  'influx-line',
  'victoriametrics-jsonl',
]);

const TIME: Record<PrometheusFormat, TimeReport> = {
  'prometheus-json': {
    column: 'timestamp',
    kind: 'epoch-s',
    note: 'epoch seconds with a fraction, as the Prometheus API writes them, read to the millisecond',
  },
  'prometheus-text': {
    column: 'timestamp',
    kind: 'epoch-ms',
    note: 'epoch milliseconds, as the Prometheus text format writes them',
  },
  openmetrics: {
    column: 'timestamp',
    kind: 'epoch-s',
    note: 'epoch seconds with a fraction, as OpenMetrics writes them, read to the millisecond',
  },
  'promtool-dump': {
    column: 'timestamp',
    kind: 'epoch-ms',
    note: 'epoch milliseconds, as promtool tsdb dump writes them',
  },
};
const NO_TIME: TimeReport = {
  column: null,
  kind: 'index',
  note: 'a scrape without timestamps: one sample per series',
};

const CANCELLED = { ok: false, reason: 'cancelled', report: {} } as const;

/** The format to read a file as, and whether it was asked for (else it was detected). */
export interface PrometheusPlan {
  format: OwnFormat;
  exact: boolean;
}

/** The options readPrometheus honours (the same fields as readMetrics' ReadOptions). */
export interface PrometheusOptions {
  onProgress?: (progress: { bytesRead: number; totalBytes: number; rowsParsed: number }) => void;
  /** Checked between chunks: once aborted, reading stops with the reason 'cancelled'. */
  signal?: AbortSignal;
}

export type PrometheusRead =
  | {
      ok: true;
      format: OwnFormat;
      time: TimeReport;
      result: Extract<ReaderResult, { ok: true }>;
      bytesRead: number;
    }
  | { ok: false; reason: string; report: Partial<ReadReport> };

/**
 * The Prometheus or line format to read `input` as: `format` when it is one (null when it is
 * another), else what detectLineFormat, then detectPrometheus, make of the first 16 KiB; null
 * when it is none of them (the file is then read as CSV).
 */
export async function prometheusPlan(
  input: Blob | string,
  format: MetricsFormat | undefined,
): Promise<PrometheusPlan | null> {
  if (format !== undefined) {
    return FORMATS.has(format) ? { format: format as OwnFormat, exact: true } : null;
  }
  const size = typeof input === 'string' ? input.length : input.size;
  const head =
    typeof input === 'string' ? input.slice(0, HEAD_SIZE) : await input.slice(0, HEAD_SIZE).text();
  const complete = size <= HEAD_SIZE;
  const detected = detectLineFormat(head, complete) ?? detectPrometheus(head, complete);
  return detected && { format: detected, exact: false };
}

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

async function readJson(
  input: Blob | string,
  totalBytes: number,
  options: PrometheusOptions,
): Promise<PrometheusRead> {
  // JSON.parse needs the whole text, so a Blob is read into one string (streaming JSON is not
  // worth it for API responses, which Prometheus itself builds whole in memory).
  const text = withoutBom(typeof input === 'string' ? input : await input.text());
  if (options.signal?.aborted) return CANCELLED;
  const format = 'prometheus-json';
  const report = { format, bytesRead: totalBytes } as const;
  if (text.trim() === '') return { ok: false, reason: 'The file is empty.', report };
  const result = parsePromJson(text);
  options.onProgress?.({
    bytesRead: totalBytes,
    totalBytes,
    rowsParsed: result.ok ? result.rowsRead : 0,
  });
  if (!result.ok) return { ok: false, reason: result.reason, report };
  return { ok: true, format, time: TIME[format], result, bytesRead: totalBytes };
}

/**
 * Feeds the lines of `input` to `reader`, reporting progress per chunk; the bytes read, or null
 * when `options.signal` aborted.
 */
async function streamLines(
  input: Blob | string,
  reader: { add(batch: LineBatch): void; readonly linesParsed: number },
  totalBytes: number,
  options: PrometheusOptions,
): Promise<number | null> {
  let bytesRead = 0;
  for await (const batch of lineBatches(textChunks(input))) {
    if (options.signal?.aborted) return null;
    reader.add(batch);
    bytesRead = batch.bytesRead;
    options.onProgress?.({ bytesRead, totalBytes, rowsParsed: reader.linesParsed });
  }
  return bytesRead;
}

/** Reads InfluxDB line protocol or a VictoriaMetrics export, streamed line by line. */
async function readLineFormat(
  input: Blob | string,
  format: LineFormat,
  totalBytes: number,
  options: PrometheusOptions,
  log: SkipLog,
): Promise<PrometheusRead> {
  const reader = format === 'influx-line' ? lineProtocolReader(log) : vmExportReader(log);
  const bytesRead = await streamLines(input, reader, totalBytes, options);
  if (bytesRead === null) return CANCELLED;
  if (reader.linesParsed === 0) {
    return { ok: false, reason: 'The file is empty.', report: { format, bytesRead } };
  }
  const { result, time } = reader.finish();
  if (!result.ok) return { ok: false, reason: result.reason, report: { format, bytesRead } };
  return { ok: true, format, time, result, bytesRead };
}

async function readText(
  input: Blob | string,
  plan: PrometheusPlan & { format: PrometheusFormat },
  totalBytes: number,
  options: PrometheusOptions,
  log: SkipLog,
): Promise<PrometheusRead> {
  const reader = promTextReader(log);
  const bytesRead = await streamLines(input, reader, totalBytes, options);
  if (bytesRead === null) return CANCELLED;
  const format =
    !plan.exact && plan.format === 'prometheus-text' && reader.sawEof ? 'openmetrics' : plan.format;
  if (reader.linesParsed === 0) {
    return { ok: false, reason: 'The file is empty.', report: { format, bytesRead } };
  }
  const result = reader.finish(format === 'openmetrics' ? 1000 : 1);
  if (!result.ok) return { ok: false, reason: result.reason, report: { format, bytesRead } };
  if (result.rowsRead === 0 && log.count === 0) {
    return {
      ok: false,
      reason: 'The file holds no samples, only comments and metadata.',
      report: { format, bytesRead, rowsRead: 0 },
    };
  }
  const time = reader.timestamps ? TIME[format] : NO_TIME;
  return { ok: true, format, time, result, bytesRead };
}

/**
 * Reads a file in one of Prometheus's own formats or a line format, as planned by prometheusPlan:
 * - 'prometheus-json': an HTTP API response saved as JSON (see parsePromJson). The whole text is
 *   read into memory first, which is fine for query responses; streaming JSON is out of scope.
 * - 'prometheus-text', 'openmetrics', 'promtool-dump': line formats read as a stream, chunk by
 *   chunk (see promTextReader). A detected text-format file is OpenMetrics when it has a `# EOF`
 *   line, and its timestamps are then seconds, not milliseconds.
 * - 'influx-line' (InfluxDB line protocol, see lineProtocolReader) and 'victoriametrics-jsonl'
 *   (VictoriaMetrics' /api/v1/export, see vmExportReader): streamed line by line in the same way.
 * Every series is one dataset series, its metric `__name__` and its labels the others, named in
 * Prometheus's notation (see labelledSeries). Never throws; bad lines go to `log`.
 */
export async function readPrometheus(
  input: Blob | string,
  plan: PrometheusPlan,
  options: PrometheusOptions,
  log: SkipLog,
): Promise<PrometheusRead> {
  const totalBytes = byteSize(input);
  const { format } = plan;
  if (format === 'prometheus-json') return readJson(input, totalBytes, options);
  if (format === 'influx-line' || format === 'victoriametrics-jsonl') {
    return readLineFormat(input, format, totalBytes, options, log);
  }
  return readText(input, { ...plan, format }, totalBytes, options, log);
}
