import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inspectMetrics } from '../../src/io/inspectMetrics';
import { type ReadOptions, type ReadOutcome, readMetrics } from '../../src/io/readMetrics';
import type { MetricsFormat } from '../../src/io/readReport';

/**
 * Real files written by other projects' tools, kept outside the repository (never copied in):
 * `<shared>/datasets/real-exports`, where <shared> is $METRICSCOPE_SHARED or the `shared` folder
 * beside the checkout. Their SOURCES.md says what reading each should give; each row below is one
 * file's "Expect" line.
 */
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = process.env.METRICSCOPE_SHARED ?? resolve(REPO, '../shared');
const DIR = resolve(SHARED, 'datasets/real-exports');

type Ok = Extract<ReadOutcome, { ok: true }>;

/** What a file should read as, from its entry in SOURCES.md. */
interface Read {
  format: MetricsFormat;
  series: number;
  /** The length of the time axis; [min, max] for a range; null when the file has no times. */
  timestamps: number | [number, number] | null;
  /** Non-missing values over all series; { atLeast } for a lower bound. */
  samples: number | { atLeast: number };
  /** The first timestamp, ISO 8601 in UTC. */
  first?: string;
  options?: ReadOptions;
  /** Anything else the entry says. */
  check?: (outcome: Ok) => void;
}
type Expectation = Read | { refused: RegExp };

const count = (outcome: Ok) =>
  outcome.dataset.series.reduce((n, s) => n + s.values.length - s.missing, 0);
const metrics = (outcome: Ok) => new Set(outcome.dataset.series.map((s) => s.metric)).size;
const iso = (ms: number) => new Date(ms).toISOString();

const ALIBABA_COLUMNS: ReadOptions['columns'] = ['host', 'time', ...Array(7).fill('value')];

const FILES: [string, Expectation][] = [
  // Prometheus text format, OpenMetrics, promtool
  [
    'prom_text_node_exporter_e2e.txt',
    {
      format: 'prometheus-text',
      series: 3027,
      timestamps: null,
      samples: 3027,
      check: (o) => {
        expect(metrics(o)).toBe(1181);
        expect(o.dataset.series.every((s) => s.values.length === 1)).toBe(true);
      },
    },
  ],
  [
    'prom_text_nometa_alltypes.prom.txt',
    {
      // Detected from sample lines alone; its `# EOF` makes it OpenMetrics.
      format: 'openmetrics',
      series: 1857,
      timestamps: null,
      samples: 1845,
      check: (o) => expect(o.dataset.series.filter((s) => s.missing === 1)).toHaveLength(12),
    },
  ],
  [
    'openmetrics_roundtrip.txt',
    { format: 'openmetrics', series: 40, timestamps: null, samples: 37 },
  ],
  [
    'promtool_dump_test1.prom',
    {
      format: 'promtool-dump',
      series: 3,
      timestamps: 5,
      samples: 15,
      first: '1970-01-01T00:00:00.000Z',
      check: (o) => expect(iso(o.dataset.timeMs!.at(-1)!)).toBe('1970-01-01T00:04:00.000Z'),
    },
  ],
  [
    'promtool_dump_openmetrics_roundtrip.prom',
    {
      format: 'openmetrics',
      series: 7,
      timestamps: 8,
      samples: 14,
      first: '2023-11-17T08:44:41.366Z',
    },
  ],
  // Prometheus HTTP API JSON
  [
    'prom_query_range_robustperception.json',
    {
      format: 'prometheus-json',
      series: 4,
      timestamps: 61,
      samples: 244,
      first: '2020-09-19T03:56:10.436Z',
      check: (o) => {
        const t = o.dataset.timeMs!;
        expect(t[1] - t[0]).toBe(10_000);
        expect(o.dataset.series.map((s) => s.metric)).toEqual(Array(4).fill('go_goroutines'));
        expect(new Set(o.dataset.series.map((s) => s.labels.job)).size).toBe(4);
      },
    },
  ],
  [
    'prom_query_range_robustperception_big.json',
    {
      format: 'prometheus-json',
      series: 4,
      timestamps: 8703,
      samples: 34812,
      first: '2019-08-04T20:06:56.000Z',
    },
  ],
  [
    'prom_query_instant_vector_robustperception.json',
    {
      format: 'prometheus-json',
      series: 4,
      timestamps: 1,
      samples: 4,
      first: '2020-09-18T16:25:57.000Z',
    },
  ],
  ['prom_query_range_empty_result.json', { refused: /the query matched nothing/ }],
  [
    'prom_targets_metadata.json',
    { refused: /Prometheus API response, but not a query result: .*targets\/metadata/ },
  ],
  [
    'prom_result_array_only_aiops.json',
    {
      // SOURCES.md says 7919 samples; the file holds 6839 (5 targets x 1080 at 20 s, less one,
      // and 4 x 360 at 60 s, as its own description gives), each at a distinct timestamp.
      format: 'prometheus-json',
      series: 9,
      timestamps: 6839,
      samples: 6839,
      check: (o) => {
        const lengths = o.dataset.series.map((s) => s.values.length - s.missing);
        expect(lengths.sort((a, b) => a - b)).toEqual([
          360, 360, 360, 360, 1079, 1080, 1080, 1080, 1080,
        ]);
      },
    },
  ],
  [
    'prom_range_missing_grafana.json',
    {
      format: 'prometheus-json',
      series: 2,
      timestamps: 5,
      samples: 5,
      check: (o) => expect(o.dataset.series.map((s) => s.missing)).toEqual([2, 3]),
    },
  ],
  [
    'prom_matrix_nan_inf_grafana.json',
    {
      format: 'prometheus-json',
      series: 1,
      timestamps: 3,
      samples: 2,
      check: (o) => {
        const [s] = o.dataset.series;
        expect(s.metric).toBe('');
        expect([...s.values].filter((v) => !Number.isNaN(v)).sort()).toEqual([-Infinity, Infinity]);
      },
    },
  ],
  // InfluxDB 2 annotated CSV
  [
    'influx_annotated_multiple_types_grafana.csv',
    {
      format: 'influx-annotated',
      series: 4,
      timestamps: 4,
      samples: 8,
      check: (o) => {
        expect(o.dataset.series.map((s) => s.values.length - s.missing)).toEqual([2, 2, 2, 2]);
        expect(o.report.notes).toContain(
          '1 table of booleans ("test_f") read as 0 (false) and 1 (true).',
        );
      },
    },
  ],
  [
    'influx_annotated_aggregate_grafana.csv',
    {
      format: 'influx-annotated',
      series: 1,
      timestamps: 3,
      samples: 3,
      first: '2020-06-05T12:06:00.000Z',
      check: (o) => expect(o.dataset.series[0].labels).toEqual({ host: 'hostname.ru' }),
    },
  ],
  [
    'influx_annotated_string_table_client_js.csv',
    {
      format: 'influx-annotated',
      series: 1,
      timestamps: 3,
      samples: 3,
      first: '1970-01-01T00:26:15.995Z',
      check: (o) =>
        expect(o.report.notes).toEqual([
          '1 table of strings ("temperature_text") left out: only numbers and booleans are read.',
        ]),
    },
  ],
  // Grafana "Download CSV"
  [
    'grafana_export_excel_sep_goldfish.csv',
    {
      format: 'grafana',
      series: 4,
      timestamps: 28551,
      samples: 70232,
      first: '2019-01-15T12:10:00.000Z',
      check: (o) => {
        expect(o.report.rowsSkipped).toBeLessThanOrEqual(1);
        expect(o.report.skipped.flatMap((s) => s.examples.map((e) => e.line))).toEqual([3]);
      },
    },
  ],
  [
    'grafana_export_wide_undefined_cloudfn.csv',
    {
      format: 'wide',
      series: 5,
      timestamps: [1346, 1358],
      samples: { atLeast: 6716 },
      check: (o) => {
        expect(o.report.rowsSkipped).toBe(0);
        expect(o.report.rowsRead).toBe(1358);
        expect(o.dataset.series.map((s) => s.name)).toEqual(['1024', '128', '2048', '256', '512']);
      },
    },
  ],
  [
    'grafana_export_series_rows_quoted_varmelager.csv',
    {
      format: 'grafana-series-rows',
      series: 4,
      timestamps: 301,
      samples: 1190,
      first: '2020-05-04T13:29:37.000Z',
      check: (o) => expect(o.report.duplicateTimestamps).toBe(4800),
    },
  ],
  [
    'grafana_export_series_rows_monasca_truncated.csv',
    {
      format: 'grafana-series-rows',
      series: 21,
      timestamps: 4901,
      samples: 15916,
      check: (o) => expect(o.report.delimiter).toBe(';'),
    },
  ],
  // Wide and long CSV
  [
    'nab_cloudwatch_networkin.csv',
    {
      format: 'wide',
      series: 1,
      timestamps: 1243,
      samples: 1243,
      first: '2013-10-09T16:25:00.000Z',
      check: (o) => expect(o.report.time.kind).toBe('iso-local-as-utc'),
    },
  ],
  [
    'alibaba_machine_usage_noheader_truncated.csv',
    {
      // Read with the column mapping a person gives (the inspect step asks, see below).
      format: 'long',
      series: 49,
      timestamps: 69119,
      samples: 243951,
      first: '1970-01-01T00:00:00.000Z',
      options: { columns: ALIBABA_COLUMNS },
      check: (o) => {
        const t = o.dataset.timeMs!;
        expect(t[1] - t[0]).toBe(10_000);
        expect(new Set(o.dataset.series.map((s) => s.labels.host)).size).toBe(7);
        expect(metrics(o)).toBe(7);
      },
    },
  ],
  // Neighbouring formats
  [
    'victoriametrics_export.jsonl',
    {
      format: 'victoriametrics-jsonl',
      series: 10,
      timestamps: 31,
      samples: 310,
      check: (o) =>
        expect(o.dataset.series.every((s) => s.values.every((v) => v === 0))).toBe(true),
    },
  ],
  [
    'telegraf_line_protocol_influxdb.influx',
    {
      format: 'influx-line',
      series: 1554,
      timestamps: 1,
      samples: 1554,
      first: '2024-05-31T13:56:30.675Z',
      check: (o) => {
        expect(o.report.time.kind).toBe('epoch-ns');
        expect(o.report.notes.some((n) => /^\d+ string fields .* left out/.test(n))).toBe(true);
        expect(o.report.notes.some((n) => /^2 boolean fields .* read as 0/.test(n))).toBe(true);
      },
    },
  ],
  [
    'telegraf_csv_unix_ns.csv',
    {
      format: 'long',
      series: 4,
      timestamps: 2,
      samples: 4,
      first: '2022-05-27T09:23:40.000Z',
      check: (o) => {
        expect(iso(o.dataset.timeMs![1])).toBe('2022-05-27T10:19:49.000Z');
        expect(o.report.time.kind).toBe('epoch-ns');
        expect(o.dataset.series.map((s) => [s.metric, s.labels.host])).toEqual([
          ['temperature', 'A1'],
          ['pressure', 'A1'],
          ['temperature', 'X9'],
          ['pressure', 'X9'],
        ]);
      },
    },
  ],
  ['telegraf_prometheus_protobuf.bin', { refused: /protobuf exposition format.*not text/ }],
  [
    'cloudwatch_metric_streams_firehose.json',
    { refused: /Kinesis Firehose delivery \(CloudWatch Metric Streams/ },
  ],
];

const file = (name: string) => new Blob([readFileSync(resolve(DIR, name))]);

describe(`real exports in ${DIR}`, () => {
  it('has one row per file of SOURCES.md', () => {
    const listed = [...readFileSync(resolve(DIR, 'SOURCES.md'), 'utf8').matchAll(/^### (\S+)$/gm)];
    expect(FILES.map(([name]) => name).sort()).toEqual(listed.map((m) => m[1]).sort());
  });

  it.each(FILES)(
    '%s reads as SOURCES.md expects',
    async (name, expected) => {
      const options = 'options' in expected ? expected.options : undefined;
      const outcome = await readMetrics(file(name), options);
      if ('refused' in expected) {
        expect(outcome.ok).toBe(false);
        expect(!outcome.ok && outcome.reason).toMatch(expected.refused);
        return;
      }
      if (!outcome.ok) throw new Error(`${name} was refused: ${outcome.reason}`);
      const { format, series, timestamps, samples, first, check } = expected;
      expect(outcome.report.format).toBe(format);
      expect(outcome.dataset.series).toHaveLength(series);
      const steps = outcome.dataset.timeMs?.length ?? null;
      if (Array.isArray(timestamps)) {
        expect(steps).toBeGreaterThanOrEqual(timestamps[0]);
        expect(steps).toBeLessThanOrEqual(timestamps[1]);
      } else expect(steps).toBe(timestamps);
      if (typeof samples === 'number') expect(count(outcome)).toBe(samples);
      else expect(count(outcome)).toBeGreaterThanOrEqual(samples.atLeast);
      if (first !== undefined) expect(iso(outcome.dataset.timeMs![0])).toBe(first);
      expect(new Set(outcome.dataset.series.map((s) => s.name)).size).toBe(series);
      check?.(outcome);
    },
    60_000,
  );

  it('the Alibaba trace, headerless and without a time column, asks a person to map it', async () => {
    const inspected = await inspectMetrics(file('alibaba_machine_usage_noheader_truncated.csv'));
    expect(inspected.ok).toBe(true);
    const doubts = inspected.ok ? (inspected.preview?.doubts ?? []) : [];
    expect(doubts).toContain(
      'The first row does not look like a header, so the columns are numbered.',
    );
    expect(doubts.some((d) => d.startsWith('No column holds timestamps'))).toBe(true);
  });
});
