import { useId } from 'react';
import { formatCount, formatCountOf, formatValue } from '../../charts/formatNumber';
import type { MetricsFormat, ReadReport, SkipReason } from '../../io/readReport';
import { changeMapping } from '../../store/columnMapping';
import { dismissReport } from '../../store/loading';
import { type FileReport, type MappingSource, useMetricscope } from '../../store/state';
import { delimiterName } from './delimiterName';

const FORMATS: Readonly<Record<MetricsFormat, string>> = {
  wide: 'wide CSV (one column per series)',
  long: 'long CSV (one row per sample: time, series, value)',
  grafana: 'Grafana CSV export',
  'grafana-series-rows': 'Grafana CSV export (series as rows)',
  'influx-annotated': 'InfluxDB annotated CSV',
  'prometheus-json': 'Prometheus HTTP API JSON',
  'prometheus-text': 'Prometheus text exposition format',
  openmetrics: 'OpenMetrics text',
  'promtool-dump': 'promtool tsdb dump',
  'influx-line': 'InfluxDB line protocol',
  'victoriametrics-jsonl': 'VictoriaMetrics export (JSON lines)',
};

const REASONS: Readonly<Record<SkipReason, string>> = {
  'field-count': 'wrong number of fields',
  'non-numeric': 'a value that is not a number',
  'bad-timestamp': 'a timestamp that could not be read',
};

/** The rows left out, per reason, with the first few as they appear in the file. */
function SkippedRowsList({ report }: { report: ReadReport }) {
  return (
    <div className="skipped">
      <h3>{formatCountOf(report.rowsSkipped, 'row')} skipped</h3>
      <ul>
        {report.skipped.map(({ reason, count, examples }) => (
          <li key={reason}>
            {formatCountOf(count, 'row')} with {REASONS[reason] ?? reason}
            {examples.length > 0 && (
              <ul className="examples">
                {examples.map(({ line, text }) => (
                  <li key={line}>
                    line {line}: <code>{text}</code>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

const MAPPINGS: Readonly<Record<MappingSource, string>> = {
  detected: 'detected',
  chosen: 'as chosen',
  remembered: 'remembered for this header',
};

/** Formats laid out by their own specification, which have no columns to map. */
const FIXED_LAYOUTS: ReadonlySet<MetricsFormat> = new Set<MetricsFormat>([
  'influx-annotated',
  'prometheus-json',
  'prometheus-text',
  'openmetrics',
  'promtool-dump',
]);

/**
 * How long the worker took to read `bytes` in `ms`, and at what rate (decimal megabytes a second,
 * as pandas' and the benchmarks' figures are); the time alone when it is under a millisecond.
 */
function readTime(ms: number, bytes: number): string {
  const time = formatValue(ms / 1e3, 's');
  return ms < 1 ? time : `${time} at ${formatValue(bytes / 1e6 / (ms / 1e3), 'MB/s')}`;
}

/** Series named in the missing-values finding; the rest are counted. */
const MISSING_LISTED = 10;

/** One file's report: its facts, the rows it skipped, and what was found or repaired. */
function FileFacts({ file, several }: { file: FileReport; several: boolean }) {
  const { report, name, mapping } = file;
  // Most gaps first (file order among equals); a farm of thousands lists only the worst.
  const missing = Object.entries(report.missingValues)
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a);
  const missingTotal = missing.reduce((total, [, n]) => total + n, 0);
  const missingUnlisted = missing.length - MISSING_LISTED;
  const mappable = !FIXED_LAYOUTS.has(report.format);
  return (
    <div
      className="file-facts"
      aria-label={several ? name : undefined}
      role={several ? 'group' : undefined}
    >
      {several && <h3 className="file-name">{name}</h3>}
      <dl className="facts">
        <div>
          <dt>Format</dt>
          <dd>{FORMATS[report.format] ?? report.format}</dd>
        </div>
        {report.delimiter !== '' && (
          <div>
            <dt>Delimiter</dt>
            <dd>{delimiterName(report.delimiter)}</dd>
          </div>
        )}
        <div>
          <dt>Header</dt>
          <dd>{report.header ? 'yes' : 'no'}</dd>
        </div>
        <div>
          <dt>Time</dt>
          <dd>
            {report.time.column !== null && (
              <>
                <code>{report.time.column}</code>:{' '}
              </>
            )}
            {report.time.note}
          </dd>
        </div>
        <div>
          <dt>Rows read</dt>
          <dd>{formatCount(report.rowsRead)}</dd>
        </div>
        <div>
          <dt>Size</dt>
          <dd>{formatValue(report.bytesRead, 'B')}</dd>
        </div>
        <div>
          <dt>Read in</dt>
          <dd data-read-ms={file.readMs.toFixed(1)}>{readTime(file.readMs, report.bytesRead)}</dd>
        </div>
        {mappable && (
          <div>
            <dt>Columns</dt>
            <dd>
              {MAPPINGS[mapping]}{' '}
              <button
                type="button"
                className="link"
                aria-label={several ? `Change column mapping of ${name}` : undefined}
                onClick={() => void changeMapping(name)}
              >
                Change column mapping
              </button>
            </dd>
          </div>
        )}
      </dl>
      {report.rowsSkipped > 0 && <SkippedRowsList report={report} />}
      {(missingTotal > 0 || report.resorted || report.duplicateTimestamps > 0) && (
        <ul className="findings">
          {missingTotal > 0 && (
            <li>
              {formatCountOf(missingTotal, 'missing value')}:{' '}
              {missing
                .slice(0, MISSING_LISTED)
                .map(([series, n]) => `${series} ${formatCount(n)}`)
                .join(', ')}
              {missingUnlisted > 0 &&
                ` and ${formatCountOf(missingUnlisted, 'more series', 'more series')}`}
            </li>
          )}
          {report.resorted && <li>The rows were not in time order; they were sorted by time.</li>}
          {report.duplicateTimestamps > 0 && (
            <li>
              {formatCountOf(report.duplicateTimestamps, 'sample')}{' '}
              {report.duplicateTimestamps === 1 ? 'shares' : 'share'} a timestamp with an earlier
              one.
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

/**
 * What the reader found in the files just loaded: per file its layout, delimiter, header, how
 * timestamps were read, rows read and skipped (with examples), missing values, reordering, and
 * where its column mapping came from (with a way to change it); files that could not be read, and
 * what merging several did. Every string from a file is rendered as text. Dismiss hides it.
 */
export function ReadReportPanel() {
  const reports = useMetricscope((s) => s.readReports);
  const failures = useMetricscope((s) => s.fileFailures);
  const notes = useMetricscope((s) => s.loadNotes);
  const name = useMetricscope((s) => s.source.name);
  const headingId = useId();
  if (reports.length === 0) return null;
  const several = reports.length + failures.length > 1;
  return (
    <section className="file-report" aria-labelledby={headingId}>
      <header className="file-report-header">
        <h2 id={headingId}>File report</h2>
        <span className="muted">{name}</span>
        <button type="button" className="secondary" onClick={dismissReport}>
          Dismiss
        </button>
      </header>
      {reports.map((file) => (
        <FileFacts key={file.name} file={file} several={several} />
      ))}
      {(failures.length > 0 || notes.length > 0) && (
        <ul className="findings">
          {failures.map((failure) => (
            <li key={failure.name}>
              <strong>{failure.name} could not be read:</strong> {failure.reason}
            </li>
          ))}
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
