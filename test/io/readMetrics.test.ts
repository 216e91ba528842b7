import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ReadOptions, type ReadOutcome, readMetrics } from '../../src/io/readMetrics';

const NAB = fileURLToPath(new URL('../../../shared/datasets/nab/data/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/io/', import.meta.url));

const nabFiles = readdirSync(NAB, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.csv'))
  .sort();
const fixture = (name: string) => readFileSync(FIXTURES + name, 'utf8');
const utc = (iso: string) => Date.parse(iso);

/** The outcome's dataset and report, failing the test with the reason when it is not ok. */
async function read(input: Blob | string, options?: ReadOptions) {
  const outcome = await readMetrics(input, options);
  if (!outcome.ok) throw new Error(`not ok: ${outcome.reason}`);
  return outcome;
}

/** Series as [name, unit, ...values] for compact exact comparisons. */
const seriesOf = (outcome: Extract<ReadOutcome, { ok: true }>) =>
  outcome.dataset.series.map((s) => [s.name, s.unit, ...s.values]);

describe('readMetrics on the NAB corpus', () => {
  it('finds every NAB folder', () => {
    const folders = new Set(nabFiles.map((path) => path.split(/[\\/]/)[0]));
    expect([...folders].sort()).toEqual([
      'artificialNoAnomaly',
      'artificialWithAnomaly',
      'realAWSCloudwatch',
      'realKnownCause',
    ]);
  });

  it.each(nabFiles)('%s loads every row with the right timestamps and values', async (path) => {
    const text = readFileSync(NAB + path, 'utf8');
    // An independent reading: split lines and commas, parse the time as UTC with Date.parse.
    const rows = text
      .split(/\r?\n/)
      .filter((line) => line !== '')
      .slice(1)
      .map((line) => line.split(','));
    const times = rows.map(([time]) => Date.parse(`${time.replace(' ', 'T')}Z`));
    const sortedTimes = Float64Array.from(times).sort();
    const duplicates = sortedTimes.filter((t, i) => i > 0 && t === sortedTimes[i - 1]).length;

    const { dataset, report } = await read(text);
    expect(report).toMatchObject({
      format: 'wide',
      delimiter: ',',
      header: true,
      time: {
        column: 'timestamp',
        kind: 'iso-local-as-utc',
        note: 'YYYY-MM-DD HH:mm:ss read as UTC (the file gives no zone)',
      },
      rowsRead: rows.length,
      rowsSkipped: 0,
      skipped: [],
      missingValues: { value: 0 },
      resorted: times.some((t, i) => i > 0 && t < times[i - 1]),
      duplicateTimestamps: duplicates,
      bytesRead: Buffer.byteLength(text),
    });
    expect(dataset.timeMs).toEqual(sortedTimes);
    expect(dataset.timeMs![0]).toBe(times[0]);
    expect(dataset.timeMs!.at(-1)).toBe(times.at(-1));
    expect(dataset.series).toHaveLength(1);
    expect(dataset.series[0].values.slice().sort()).toEqual(
      Float64Array.from(rows, ([, value]) => Number(value)).sort(),
    );
  });

  it('reads an unsorted NAB file in time order, keeping each value with its timestamp', async () => {
    const text = readFileSync(
      NAB + 'realKnownCause/machine_temperature_system_failure.csv',
      'utf8',
    );
    const { dataset, report } = await read(text);
    expect(report.resorted).toBe(true);
    // Lines 10151-10162 repeat 02:00-02:55 after line 10150; the stable sort keeps file order.
    const at = dataset.timeMs!.indexOf(utc('2014-01-07T02:00:00Z'));
    expect(dataset.timeMs![at + 1]).toBe(dataset.timeMs![at]);
    expect([...dataset.series[0].values.subarray(at, at + 2)]).toEqual([94.42340604, 94.13972336]);
  });
});

describe('readMetrics formats', () => {
  it('wide: one series per column, NaN and blank cells missing', async () => {
    const outcome = await read(fixture('wide-iso-zoned.csv'));
    expect(outcome.report).toMatchObject({
      format: 'wide',
      time: { column: 'time', kind: 'iso-zoned', note: 'ISO 8601 with a zone, read exactly' },
      rowsRead: 4,
      missingValues: { cpu: 1, mem: 1 },
    });
    expect([...outcome.dataset.timeMs!]).toEqual(
      [0, 1, 2, 3].map((m) => utc('2024-03-01T00:00Z') + m * 60_000),
    );
    expect(seriesOf(outcome)).toEqual([
      ['cpu', '', 12.5, 13, NaN, 15.5],
      ['mem', '', 40, 41, 42, NaN],
    ]);
  });

  it('long timestamp,host,metric,value: a series per host and metric on a 5-minute grid, NaN gaps', async () => {
    const outcome = await read(fixture('long-metric-value.csv'));
    const start = utc('2024-03-01T00:00:00Z');
    expect(outcome.report).toMatchObject({
      format: 'long',
      time: { kind: 'iso-local-as-utc' },
      rowsRead: 11,
      missingValues: {
        'cpu{host="web-01"}': 1,
        'mem{host="web-01"}': 2,
        'cpu{host="web-02"}': 2,
        'mem{host="web-02"}': 1,
      },
      notes: [],
    });
    expect([...outcome.dataset.timeMs!]).toEqual([0, 1, 2, 3].map((k) => start + k * 300_000));
    expect(seriesOf(outcome)).toEqual([
      ['cpu{host="web-01"}', '', 10, 12, NaN, 14],
      ['mem{host="web-01"}', '', 50, 52, NaN, NaN],
      ['cpu{host="web-02"}', '', 30, NaN, NaN, 34],
      ['mem{host="web-02"}', '', 70, 72, NaN, 74],
    ]);
    expect(outcome.dataset.series.map((s) => [s.metric, s.labels])).toEqual([
      ['cpu', { host: 'web-01' }],
      ['mem', { host: 'web-01' }],
      ['cpu', { host: 'web-02' }],
      ['mem', { host: 'web-02' }],
    ]);
  });

  it('long timestamp,host,cpu,mem,io with epoch seconds: one metric per column', async () => {
    const outcome = await read(fixture('long-columns.csv'));
    expect(outcome.report).toMatchObject({ format: 'long', time: { kind: 'epoch-s' } });
    expect(outcome.dataset.timeMs).toEqual(Float64Array.of(1709251200000, 1709251260000));
    expect(seriesOf(outcome)).toEqual([
      ['cpu{host="db-01"}', '', 5.5, 7.5],
      ['mem{host="db-01"}', '', 60, 64],
      ['io{host="db-01"}', '', 100, 300],
      ['cpu{host="db-02"}', '', 6.5, 8.5],
      ['mem{host="db-02"}', '', 62, 66],
      ['io{host="db-02"}', '', 200, 400],
    ]);
  });

  it('grafana raw: quoted names with doubled quotes, CRLF, epoch ms, blank cells', async () => {
    const outcome = await read(fixture('grafana-raw.csv'));
    expect(outcome.report).toMatchObject({
      format: 'grafana',
      header: true,
      time: { column: 'Time', kind: 'epoch-ms' },
      rowsRead: 3,
    });
    expect(seriesOf(outcome)).toEqual([
      ['{instance="srv-01:9100", job="node"}', '', 0.25, NaN, 0.5],
      ['{instance="srv-02:9100", job="node"}', '', 0.5, 0.75, 1],
    ]);
    expect(outcome.dataset.series[1]).toMatchObject({
      metric: '',
      labels: { instance: 'srv-02:9100', job: 'node' },
    });
    expect(outcome.dataset.timeMs).toEqual(
      Float64Array.of(1709251200000, 1709251215000, 1709251230000),
    );
  });

  it('grafana formatted: sep= line, local time read as UTC, units stripped and scaled', async () => {
    const outcome = await read(fixture('grafana-formatted.csv'));
    expect(outcome.report).toMatchObject({
      format: 'grafana',
      delimiter: ',',
      time: {
        column: 'Time',
        kind: 'iso-local-as-utc',
        note: 'YYYY-MM-DD HH:mm:ss read as UTC (the file gives no zone)',
      },
    });
    expect(outcome.dataset.timeMs![0]).toBe(utc('2024-03-01T00:00:00Z'));
    expect(seriesOf(outcome)).toEqual([
      ['cpu', '%', 41.2, 43, NaN],
      ['memory', 'B', 1.2e9, 1.5 * 2 ** 30, 9e8],
      ['latency', 's', 0.35, 1.2, 120],
    ]);
  });

  it('grafana series as rows: Series;Time;Value pivoted onto the distinct times', async () => {
    const outcome = await read(fixture('grafana-series-rows.csv'));
    expect(outcome.report).toMatchObject({
      format: 'grafana-series-rows',
      delimiter: ';',
      time: { column: 'Time', kind: 'iso-zoned' },
      rowsRead: 4,
    });
    expect([...outcome.dataset.timeMs!]).toEqual(
      [0, 1, 2].map((m) => utc('2024-03-01T00:00Z') + m * 60_000),
    );
    expect(seriesOf(outcome)).toEqual([
      ['cpu', '', 0.5, 0.6, NaN],
      ['mem', '', 40, NaN, 42],
    ]);
  });

  it('influx annotated: two tables, a series per tag set, tags as labels, hosts on a grid', async () => {
    const outcome = await read(fixture('influx-annotated.csv'));
    expect(outcome.report).toMatchObject({
      format: 'influx-annotated',
      header: true,
      time: { column: '_time', kind: 'iso-zoned' },
      rowsRead: 7,
      rowsSkipped: 0,
      notes: [],
    });
    expect(outcome.dataset.timeMs).toEqual(
      Float64Array.of(utc('2024-03-01T00:00:00Z'), utc('2024-03-01T00:01:00Z')),
    );
    expect(seriesOf(outcome)).toEqual([
      ['cpu_usage_user{host="srv-01"}', '', 1.5, 2.5],
      ['cpu_usage_user{host="srv-02"}', '', 3.5, 4.5],
      ['disk_used{host="srv-01",path="/"}', '', 1000, 1100],
      ['disk_used{host="srv-02",path="/"}', '', NaN, 2000],
    ]);
    expect(outcome.dataset.series[2]).toMatchObject({
      metric: 'disk_used',
      labels: { host: 'srv-01', path: '/' },
    });
  });

  it('reads a BOM, CRLF, semicolons and no final line end', async () => {
    const text = '\ufefftime;a;b\r\n2024-03-01;1.5;2\r\n2024-03-02;3;4';
    const outcome = await read(text);
    expect(outcome.report).toMatchObject({ delimiter: ';', rowsRead: 2, bytesRead: 45 });
    expect(new Blob([text]).size).toBe(45);
    expect(seriesOf(outcome)).toEqual([
      ['a', '', 1.5, 3],
      ['b', '', 2, 4],
    ]);
  });

  it('reads tab-separated text without a header', async () => {
    const outcome = await read('2024-03-01T00:00:00Z\t1\n2024-03-01T00:01:00Z\t2\n');
    expect(outcome.report).toMatchObject({
      delimiter: '\t',
      header: false,
      time: { column: 'column 1' },
    });
    expect(seriesOf(outcome)).toEqual([['column 2', '', 1, 2]]);
  });

  it('reads headerless epoch seconds as time', async () => {
    const outcome = await read('1709251200,5\n1709251260,6\n');
    expect(outcome.report.time).toEqual({
      column: 'column 1',
      kind: 'epoch-s',
      note: 'epoch seconds (numbers below 1e11)',
    });
    expect(outcome.dataset.timeMs).toEqual(Float64Array.of(1709251200000, 1709251260000));
  });

  it('without a timestamp column, x is the index', async () => {
    const outcome = await read('cpu,mem\n1,2\n3,4\n');
    expect(outcome.dataset.timeMs).toBeNull();
    expect(outcome.report.time).toEqual({
      column: null,
      kind: 'index',
      note: 'no timestamp column: x is the sample index',
    });
  });

  it('without a timestamp column, options.sampling gives x as time from its start', async () => {
    const sampling = { startMs: utc('2026-11-26T00:00:00Z'), stepSeconds: 60 };
    const outcome = await read('cpu,mem\n1,2\n3,4\n5,6\n', { sampling });
    expect(outcome.dataset.timeMs).toEqual(
      Float64Array.of(sampling.startMs, sampling.startMs + 60_000, sampling.startMs + 120_000),
    );
    expect(outcome.report.time).toEqual({
      column: null,
      kind: 'sampling-interval',
      note: 'no timestamp column: samples 60 s apart from 2026-11-26 00:00 UTC, as set in the column mapping',
    });
  });

  it('options.sampling times a row by its place in the file: a bad row leaves a gap', async () => {
    const sampling = { startMs: 0, stepSeconds: 60 };
    const outcome = await read('a,b\n1,2\nx,3\n4,5\n', { sampling });
    expect(outcome.dataset.timeMs).toEqual(Float64Array.of(0, 120_000));
    expect(outcome.report.rowsSkipped).toBe(1);
  });

  it('options.sampling puts hosts without timestamps on the same grid', async () => {
    const sampling = { startMs: utc('2026-11-26T00:00:00Z'), stepSeconds: 300 };
    const outcome = await read('host,cpu\na,1\nb,2\na,3\nb,4\n', { sampling });
    expect(seriesOf(outcome)).toEqual([
      ['cpu{host="a"}', '', 1, 3],
      ['cpu{host="b"}', '', 2, 4],
    ]);
    expect(outcome.dataset.timeMs).toEqual(
      Float64Array.of(sampling.startMs, sampling.startMs + 300_000),
    );
  });

  it('ignores options.sampling when the file has timestamps', async () => {
    const sampling = { startMs: 0, stepSeconds: 60 };
    const outcome = await read('time,cpu\n2026-11-26T10:00:00Z,1\n', { sampling });
    expect(outcome.dataset.timeMs).toEqual(Float64Array.of(utc('2026-11-26T10:00:00Z')));
    expect(outcome.report.time.kind).toBe('iso-zoned');
  });

  it('options.columns: roles chosen by hand make an unnamed text column the host', async () => {
    const text = 'when,box,load\n2026-11-26T10:00:00Z,a,1\n2026-11-26T10:00:00Z,b,3\n';
    const outcome = await read(text, { columns: ['time', 'host', 'value'] });
    expect(outcome.report.format).toBe('long');
    expect(seriesOf(outcome)).toEqual([
      ['load{host="a"}', '', 1],
      ['load{host="b"}', '', 3],
    ]);
  });

  it('options.columns: an ignored column is not read, a label joins the series name', async () => {
    const text = 't,dc,cpu,junk\n1709251200,eu,1,x\n1709251200,us,2,y\n';
    const outcome = await read(text, { columns: ['time', 'label', 'value', 'ignore'] });
    expect(seriesOf(outcome)).toEqual([
      ['cpu{dc="eu"}', '', 1],
      ['cpu{dc="us"}', '', 2],
    ]);
    expect(outcome.report.rowsSkipped).toBe(0);
  });

  it.each([
    [['time', 'value'], 'The mapping names 2 columns but the file has 3.'],
    [['time', 'ignore', 'ignore'], 'Choose at least one value column.'],
    [['time', 'time', 'value'], 'Choose at most one time column.'],
    [['value', 'time', 'value'], 'Column "a" does not hold timestamps.'],
    [
      ['time', 'value', 'value'],
      'Column "a" holds text, not numbers: make it the host, the metric name, a label, or ignore it.',
    ],
  ] as const)('options.columns %j is refused: %s', async (columns, reason) => {
    const outcome = await readMetrics('t,a,b\n1709251200,up,2\n', { columns: [...columns] });
    expect(outcome).toMatchObject({ ok: false, reason });
  });

  it('options.units labels unitless value columns; a unit in the cells wins', async () => {
    const text = 'time,lat,used\n1709251200,350 ms,12\n1709251260,400 ms,13\n';
    const outcome = await read(text, { units: ['', 'ms', 'B'] });
    expect(seriesOf(outcome)).toEqual([
      ['lat', 's', 0.35, 0.4],
      ['used', 'B', 12, 13],
    ]);
  });

  it('options.units labels the metrics of a long file by their value column', async () => {
    const text = 'time,host,metric,value\n1709251200,a,cpu,1\n1709251200,a,mem,2\n';
    const outcome = await read(text, { units: ['', '', '', '%'] });
    expect(seriesOf(outcome)).toEqual([
      ['cpu{host="a"}', '%', 1],
      ['mem{host="a"}', '%', 2],
    ]);
  });

  it('honours options.format: a long file read as wide has no numeric rows', async () => {
    const outcome = await readMetrics(fixture('long-metric-value.csv'), { format: 'wide' });
    expect(outcome).toMatchObject({
      ok: false,
      reason: 'None of the 11 data rows could be read (11 with a value that is not a number).',
      report: { format: 'wide', rowsSkipped: 11 },
    });
  });

  it('honours options.delimiter and options.header', async () => {
    const outcome = await read('a;b\n1;2\n', { delimiter: ';', header: false });
    expect(outcome.report).toMatchObject({ delimiter: ';', header: false, rowsRead: 1 });
    expect(outcome.report.skipped).toEqual([
      { reason: 'non-numeric', count: 1, examples: [{ line: 1, text: 'a;b' }] },
    ]);
  });

  it('honours options.timeColumn', async () => {
    const outcome = await read('t1,t2,v\n2024-03-01,2024-03-05,1\n', { timeColumn: 't2' });
    expect(outcome.report.time.column).toBe('t2');
    expect(outcome.dataset.timeMs).toEqual(Float64Array.of(utc('2024-03-05T00:00:00Z')));
  });
});

describe('readMetrics bad input', () => {
  it('loads the good rows of a file with bad ones and reports each bad row', async () => {
    const outcome = await read(fixture('bad-rows.csv'));
    expect(outcome.report).toEqual({
      format: 'wide',
      delimiter: ',',
      header: true,
      time: { column: 'timestamp', kind: 'iso-zoned', note: 'ISO 8601 with a zone, read exactly' },
      rowsRead: 5,
      rowsSkipped: 5,
      skipped: [
        {
          reason: 'field-count',
          count: 2,
          examples: [
            { line: 4, text: '2024-03-01T00:01:00Z,2' },
            { line: 12, text: '2024-03-01T00:06:00Z,6,60,extra' },
          ],
        },
        {
          reason: 'non-numeric',
          count: 2,
          examples: [
            { line: 6, text: '2024-03-01T00:03:00Z,abc,50' },
            { line: 10, text: '2024-03-01T00:05:00Z,"x\ny",60' },
          ],
        },
        { reason: 'bad-timestamp', count: 1, examples: [{ line: 5, text: 'not a time,4,40' }] },
      ],
      missingValues: { cpu: 1, mem: 1 },
      resorted: true,
      duplicateTimestamps: 1,
      notes: [],
      bytesRead: 281,
    });
    const minutes = [0, 2, 2, 4, 7].map((m) => utc('2024-03-01T00:00:00Z') + m * 60_000);
    expect([...outcome.dataset.timeMs!]).toEqual(minutes);
    expect(seriesOf(outcome)).toEqual([
      ['cpu', '', 1, 3, 2.5, NaN, 7],
      ['mem', '', 10, 30, 25, NaN, 70],
    ]);
  });

  it('keeps the first five examples of a reason and cuts their text to 200 characters', async () => {
    const long = 'x'.repeat(250);
    const bad = Array.from({ length: 7 }, (_, i) => `2024-03-01,${long}${i}`).join('\n');
    const good = Array.from({ length: 10 }, (_, i) => `2024-03-01,${i}`).join('\n');
    const outcome = await read(`time,v\n${good}\n${bad}\n`);
    const [entry] = outcome.report.skipped;
    expect(entry.count).toBe(7);
    expect(entry.examples.map((e) => e.line)).toEqual([12, 13, 14, 15, 16]);
    expect(entry.examples[0].text).toBe(`2024-03-01,${long}`.slice(0, 200));
  });

  it.each([
    ['an empty file', '', 'The file is empty.'],
    ['blank lines only', '\n\r\n  \n', 'The file is empty.'],
    ['a header only', 'timestamp,value\n', 'The file has a header but no data rows.'],
    [
      'no numeric column',
      'time,host\n2024-03-01,a\n2024-03-02,b\n',
      'The file has no numeric column: every column other than the timestamps holds text.',
    ],
    [
      'no readable row',
      'time,v\n2024-03-01,x\n2024-03-02,1,2\nlater,1\n2024-03-03,y\n',
      'None of the 4 data rows could be read (1 with the wrong number of fields, 2 with a value that is not a number, 1 with a timestamp that could not be read).',
      { format: 'wide' },
    ],
    [
      'a missing time column',
      'a,b\n1,2\n',
      'The file has no column named "time".',
      { timeColumn: 'time' },
    ],
  ] as [string, string, string, ReadOptions?][])(
    'refuses %s with one sentence saying why',
    async (_, input, reason, options = {}) => {
      const outcome = await readMetrics(input, options);
      expect(outcome).toMatchObject({ ok: false, reason });
    },
  );

  it('refuses binary files: NUL bytes, or over 10 % of bytes not UTF-8', async () => {
    const zip = new Blob([Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00)]);
    expect(await readMetrics(zip)).toEqual({
      ok: false,
      reason: 'The file is not CSV text: it contains NUL bytes.',
      report: { bytesRead: 6 },
    });
    const latin = new Blob([
      Uint8Array.from({ length: 100 }, (_, i) => (i % 5 === 0 ? 0xe9 : 0x61)),
    ]);
    expect(await readMetrics(latin)).toMatchObject({
      ok: false,
      reason: 'The file is not CSV text: more than 10 % of its first 64 KB is not valid UTF-8.',
    });
  });

  it('gives an InfluxDB error response as the reason', async () => {
    const error =
      '#datatype,string,string\n#group,true,true\n#default,,\n,error,reference\n,unauthorized access,\n';
    expect(await readMetrics(error)).toMatchObject({
      ok: false,
      reason: 'InfluxDB returned an error instead of data: unauthorized access',
    });
  });
});

/** A wide CSV of `rows` rows, about 40 bytes each. */
function bigCsv(rows: number): string {
  const lines = ['timestamp,cpu,mem,io'];
  const start = utc('2024-01-01T00:00:00Z');
  for (let i = 0; i < rows; i++) {
    lines.push(`${new Date(start + i * 60_000).toISOString()},${i % 100},${(i * 7) % 50},${i}`);
  }
  return lines.join('\n') + '\n';
}

describe('readMetrics input and control', () => {
  const big = bigCsv(60_000);

  it.each([
    'wide-iso-zoned.csv',
    'long-metric-value.csv',
    'grafana-formatted.csv',
    'grafana-series-rows.csv',
    'influx-annotated.csv',
    'bad-rows.csv',
  ])('reads a Blob of %s exactly as the string', async (name) => {
    const text = fixture(name);
    expect(await readMetrics(new Blob([text]))).toEqual(await readMetrics(text));
  });

  it('reads a multi-chunk Blob exactly as the string', async () => {
    expect(await readMetrics(new Blob([big]))).toEqual(await readMetrics(big));
  });

  it('reports progress per chunk, increasing, ending at totalBytes', async () => {
    for (const input of [big, new Blob([big])]) {
      const seen: { bytesRead: number; totalBytes: number; rowsParsed: number }[] = [];
      const outcome = await read(input, { onProgress: (p) => seen.push(p) });
      expect(seen.length).toBeGreaterThan(2);
      expect(seen.every((p) => p.totalBytes === big.length)).toBe(true);
      expect(seen.every((p, i) => i === 0 || p.bytesRead >= seen[i - 1].bytesRead)).toBe(true);
      expect(seen.at(-1)).toEqual({
        bytesRead: big.length,
        totalBytes: big.length,
        rowsParsed: 60_001,
      });
      expect(outcome.report.rowsRead).toBe(60_000);
    }
  });

  it("resolves to { ok: false, reason: 'cancelled' } when aborted before it starts", async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await readMetrics(big, { signal: controller.signal })).toEqual({
      ok: false,
      reason: 'cancelled',
    });
  });

  it('stops reading at the next chunk when aborted while reading', async () => {
    for (const input of [big, new Blob([big])]) {
      const controller = new AbortController();
      let calls = 0;
      const outcome = await readMetrics(input, {
        signal: controller.signal,
        onProgress: () => {
          calls++;
          controller.abort();
        },
      });
      expect(outcome).toEqual({ ok: false, reason: 'cancelled' });
      expect(calls).toBe(1);
    }
  });
});

describe('readMetrics Prometheus files', () => {
  const prometheusFixtures = [
    'prometheus-query-range.json',
    'prometheus-vector.json',
    'prometheus-error.json',
    'prometheus-exposition.txt',
    'openmetrics.txt',
    'prometheus-federate.txt',
    'promtool-dump.txt',
    'prometheus-bad-lines.txt',
  ];

  it('query_range JSON: a series per instance and metric, cell by cell, NaN where no sample', async () => {
    const text = fixture('prometheus-query-range.json');
    const outcome = await read(text);
    expect(outcome.report).toEqual({
      format: 'prometheus-json',
      delimiter: '',
      header: false,
      time: {
        column: 'timestamp',
        kind: 'epoch-s',
        note: 'epoch seconds with a fraction, as the Prometheus API writes them, read to the millisecond',
      },
      rowsRead: 23,
      rowsSkipped: 0,
      skipped: [],
      missingValues: {
        'node_cpu_busy{instance="srv-01:9100",job="node"}': 0,
        'node_cpu_busy{instance="srv-02:9100",job="node"}': 0,
        'node_cpu_busy{instance="srv-03:9100",job="node"}': 1,
        'node_memory_used_bytes{instance="srv-01:9100",job="node"}': 0,
        'node_memory_used_bytes{instance="srv-02:9100",job="node"}': 1,
        'node_memory_used_bytes{instance="srv-03:9100",job="node"}': 0,
      },
      resorted: false,
      duplicateTimestamps: 0,
      notes: [],
      bytesRead: Buffer.byteLength(text),
    });
    const start = 1700000000500;
    expect([...outcome.dataset.timeMs!]).toEqual([0, 1, 2, 3].map((k) => start + k * 15_000));
    // srv-02 has no memory sample at the third step; srv-03's cpu is "NaN" at the second.
    expect(seriesOf(outcome)).toEqual([
      ['node_cpu_busy{instance="srv-01:9100",job="node"}', '', 0.25, 0.5, 0.25, 0.5],
      ['node_cpu_busy{instance="srv-02:9100",job="node"}', '', 0.75, 1, 0.75, 0.5],
      ['node_cpu_busy{instance="srv-03:9100",job="node"}', '', 0.5, NaN, 0.5, 0.5],
      ['node_memory_used_bytes{instance="srv-01:9100",job="node"}', '', 1000, 1100, 1200, 1300],
      ['node_memory_used_bytes{instance="srv-02:9100",job="node"}', '', 2000, 2100, NaN, 2300],
      ['node_memory_used_bytes{instance="srv-03:9100",job="node"}', '', 3000, 3100, 3200, 3300],
    ]);
  });

  it('vector JSON: one step, escaped label values in the series names', async () => {
    const outcome = await read(fixture('prometheus-vector.json'));
    expect(outcome.report).toMatchObject({ format: 'prometheus-json', rowsRead: 3 });
    expect(outcome.dataset.timeMs).toEqual(Float64Array.of(1700000000123));
    expect(outcome.dataset.series.map((s) => s.name)).toEqual([
      'node_uname_info{instance="srv-01:9100",job="node",nodename="rack \\"A\\" \\\\ unit 1\\nspare"}',
      'up{instance="srv-01:9100",job="node"}',
      'up{instance="srv-02:9100",job="node"}',
    ]);
  });

  it('an error body gives Prometheus own message as the reason', async () => {
    const text = fixture('prometheus-error.json');
    expect(await readMetrics(text)).toEqual({
      ok: false,
      reason:
        'Prometheus returned an error instead of data: bad_data: invalid parameter "query": 1:8: parse error: unexpected "}" in label matching, expected string',
      report: { format: 'prometheus-json', bytesRead: Buffer.byteLength(text) },
    });
  });

  it('JSON that is not a Prometheus response is refused with a reason', async () => {
    expect(await readMetrics('{"series":[1,2]}')).toMatchObject({
      ok: false,
      reason:
        'The JSON file is not a Prometheus API response: it has no "status" of "success" or "error".',
    });
  });

  it('exposition text: one sample per series, x is the index, and the report says why', async () => {
    const outcome = await read(fixture('prometheus-exposition.txt'));
    expect(outcome.report).toMatchObject({
      format: 'prometheus-text',
      delimiter: '',
      header: false,
      time: {
        column: null,
        kind: 'index',
        note: 'a scrape without timestamps: one sample per series',
      },
      rowsRead: 17,
      rowsSkipped: 0,
    });
    expect(outcome.dataset.timeMs).toBeNull();
    expect(seriesOf(outcome).slice(7, 11)).toEqual([
      ['http_request_duration_seconds_bucket{le="0.05"}', '', 24054],
      ['http_request_duration_seconds_bucket{le="0.1"}', '', 33444],
      ['http_request_duration_seconds_bucket{le="0.2"}', '', 100392],
      ['http_request_duration_seconds_bucket{le="+Inf"}', '', 144320],
    ]);
  });

  it('OpenMetrics: told by # EOF, timestamps in seconds with a fraction', async () => {
    const outcome = await read(fixture('openmetrics.txt'));
    expect(outcome.report).toMatchObject({
      format: 'openmetrics',
      time: { column: 'timestamp', kind: 'epoch-s' },
      rowsRead: 7,
    });
    expect(outcome.dataset.timeMs).toEqual(Float64Array.of(1700000000500, 1700000015500));
  });

  it('federate dump: ms timestamps grouped into series over time, one per instance', async () => {
    const outcome = await read(fixture('prometheus-federate.txt'));
    expect(outcome.report).toMatchObject({
      format: 'prometheus-text',
      time: { column: 'timestamp', kind: 'epoch-ms' },
      rowsRead: 11,
      missingValues: {
        'node_load1{instance="srv-01:9100",job="node"}': 0,
        'node_load1{instance="srv-02:9100",job="node"}': 0,
        'node_memory_MemAvailable_bytes{instance="srv-01:9100",job="node"}': 0,
        'node_memory_MemAvailable_bytes{instance="srv-02:9100",job="node"}': 1,
      },
    });
    expect(outcome.dataset.timeMs).toEqual(
      Float64Array.of(1700000000000, 1700000015000, 1700000030000),
    );
    // srv-02's memory is missing from the second pull.
    expect(seriesOf(outcome)).toEqual([
      ['node_load1{instance="srv-01:9100",job="node"}', '', 0.5, 0.75, 1],
      ['node_load1{instance="srv-02:9100",job="node"}', '', 1.5, 1.25, 2],
      ['node_memory_MemAvailable_bytes{instance="srv-01:9100",job="node"}', '', 4e9, 3.5e9, 3e9],
      ['node_memory_MemAvailable_bytes{instance="srv-02:9100",job="node"}', '', 2e9, NaN, 1e9],
    ]);
  });

  it('promtool tsdb dump: the same grouping, a third instance at one step', async () => {
    const outcome = await read(fixture('promtool-dump.txt'));
    expect(outcome.report).toMatchObject({
      format: 'promtool-dump',
      time: {
        column: 'timestamp',
        kind: 'epoch-ms',
        note: 'epoch milliseconds, as promtool tsdb dump writes them',
      },
      rowsRead: 13,
    });
    expect(seriesOf(outcome)).toEqual([
      ['node_load1{instance="srv-01:9100",job="node"}', '', 0.5, 0.75, NaN],
      ['node_load1{instance="srv-02:9100",job="node"}', '', 1.5, 1.25, 2],
      ['up{instance="srv-01:9100",job="node"}', '', 1, 1, 1],
      ['up{instance="srv-02:9100",job="node"}', '', 1, 0, 1],
      ['up{instance="srv-03:9100",job="node"}', '', NaN, NaN, 1],
    ]);
  });

  it('bad lines are skipped and reported with their line numbers', async () => {
    const text = fixture('prometheus-bad-lines.txt');
    const lines = text.split('\n');
    const examples = (...numbers: number[]) =>
      numbers.map((line) => ({ line, text: lines[line - 1] }));
    const outcome = await read(text);
    expect(outcome.report).toEqual({
      format: 'prometheus-text',
      delimiter: '',
      header: false,
      time: {
        column: 'timestamp',
        kind: 'epoch-ms',
        note: 'epoch milliseconds, as the Prometheus text format writes them',
      },
      rowsRead: 2,
      rowsSkipped: 8,
      skipped: [
        { reason: 'field-count', count: 4, examples: examples(5, 9, 10, 11) },
        { reason: 'non-numeric', count: 2, examples: examples(4, 13) },
        { reason: 'bad-timestamp', count: 2, examples: examples(7, 8) },
      ],
      missingValues: { 'node_load1{instance="srv-01:9100"}': 0 },
      resorted: true,
      duplicateTimestamps: 0,
      notes: [],
      bytesRead: Buffer.byteLength(text),
    });
    expect(seriesOf(outcome)).toEqual([['node_load1{instance="srv-01:9100"}', '', 0.25, 0.5]]);
  });

  it('refuses a text file none of whose samples can be read, saying why', async () => {
    expect(await readMetrics('# TYPE up gauge\nup x\nup{ 1\n')).toMatchObject({
      ok: false,
      reason:
        'None of the 2 data rows could be read (1 with the wrong number of fields, 1 with a value that is not a number).',
      report: { format: 'prometheus-text', rowsRead: 0, rowsSkipped: 2 },
    });
  });

  it.each(prometheusFixtures)('reads a Blob of %s exactly as the string', async (name) => {
    const text = fixture(name);
    expect(await readMetrics(new Blob([text]))).toEqual(await readMetrics(text));
  });

  it('reads a multi-chunk text Blob exactly as the string, line numbers exact past chunk 1', async () => {
    const lines = [];
    for (let i = 0; i < 40_000; i++) {
      const instance = `srv-${String(i % 4).padStart(2, '0')}:9100`;
      const t = 1700000000000 + Math.floor(i / 4) * 15_000;
      lines.push(`{__name__="node_load1", instance="${instance}", job="node"} ${i % 7} ${t}`);
    }
    lines[30_000] = '{__name__="node_load1", instance="srv-00:9100"} oops 1700000000000';
    const text = lines.join('\n') + '\n';
    expect(text.length).toBeGreaterThan(2 ** 21);
    const outcome = await read(new Blob([text]));
    expect(await readMetrics(text)).toEqual(outcome);
    expect(outcome.report).toMatchObject({ format: 'promtool-dump', rowsRead: 39_999 });
    expect(outcome.report.skipped).toEqual([
      { reason: 'non-numeric', count: 1, examples: [{ line: 30_001, text: lines[30_000] }] },
    ]);
    expect(outcome.dataset.series).toHaveLength(4);
    expect(outcome.dataset.timeMs).toHaveLength(10_000);
  });

  it('honours options.format: a Prometheus format for any file, a CSV one to read it as CSV', async () => {
    const asText = await readMetrics('timestamp,value\n2024-03-01,1\n', {
      format: 'prometheus-text',
    });
    expect(asText).toMatchObject({ ok: false, report: { format: 'prometheus-text' } });
    const federate = await read(fixture('prometheus-federate.txt'), { format: 'openmetrics' });
    expect(federate.report.format).toBe('openmetrics');
    expect(federate.dataset.timeMs![0]).toBe(1700000000000 * 1000);
    expect((await readMetrics('up 1\nup 2\n')).ok).toBe(true);
    expect(await readMetrics('up 1\nup 2\n', { format: 'wide' })).toMatchObject({
      ok: false,
      reason: 'None of the 2 data rows could be read (2 with a value that is not a number).',
      report: { format: 'wide', delimiter: ',' },
    });
  });

  it.each(readdirSync(FIXTURES).filter((name) => name.endsWith('.csv')))(
    'still reads the CSV fixture %s as CSV',
    async (name) => {
      const outcome = await readMetrics(fixture(name));
      expect(outcome.ok && outcome.report.delimiter).not.toBe('');
      expect(outcome.ok && outcome.report.format).not.toMatch(/prometheus|openmetrics|promtool/);
    },
  );
});

describe('readMetrics line formats and timestamp units', () => {
  it('reads epoch nanoseconds (Telegraf CSV) as such, with a note', async () => {
    const outcome = await read(
      'timestamp,temperature\n1653643420000000000,23.7\n1653646789000000000,39.9\n',
    );
    expect(outcome.report.time).toEqual({
      column: 'timestamp',
      kind: 'epoch-ns',
      note: 'epoch nanoseconds (numbers of 1e17 and above), truncated to the millisecond',
    });
    expect(outcome.report.notes).toEqual([
      'Timestamps read as epoch nanoseconds (by their magnitude), to the millisecond.',
    ]);
    expect(outcome.dataset.timeMs).toEqual(Float64Array.of(1653643420000, 1653646789000));
  });

  it('reads epoch microseconds as such, with a note', async () => {
    const outcome = await read('ts,v\n1653643420000000,1\n');
    expect(outcome.report.time.kind).toBe('epoch-us');
    expect(outcome.report.notes).toEqual([
      'Timestamps read as epoch microseconds (by their magnitude), to the millisecond.',
    ]);
    expect(outcome.dataset.timeMs).toEqual(Float64Array.of(1653643420000));
  });

  it("reads older Grafana's undefined cells as missing, keeping the row", async () => {
    const outcome = await read('Time;a;b\n2017-08-15T18:30:00.000Z;1.5;undefined\n');
    expect(outcome.report).toMatchObject({ rowsRead: 1, rowsSkipped: 0, missingValues: { b: 1 } });
  });

  it('reads InfluxDB line protocol, streamed, with progress and its notes', async () => {
    const text =
      'cpu,host=a usage=1.5,ok=true,tag="x" 1700000000000000000\n' +
      'cpu,host=b usage=2.5,ok=false,tag="y" 1700000000000000000\n' +
      'not line protocol\n';
    const progress: number[] = [];
    const outcome = await read(new Blob([text]), {
      onProgress: ({ bytesRead }) => progress.push(bytesRead),
    });
    expect(outcome.report).toMatchObject({
      format: 'influx-line',
      delimiter: '',
      header: false,
      rowsRead: 2,
      rowsSkipped: 1,
      skipped: [{ reason: 'field-count', examples: [{ line: 3, text: 'not line protocol' }] }],
      notes: [
        'Timestamps read as epoch nanoseconds (by their magnitude), to the millisecond.',
        '1 boolean field ("cpu_ok") read as 0 (false) and 1 (true).',
        '1 string field ("cpu_tag") left out: only numbers and booleans are read.',
      ],
    });
    expect(progress.at(-1)).toBe(new Blob([text]).size);
    expect(seriesOf(outcome)).toEqual([
      ['cpu_usage{host="a"}', '', 1.5],
      ['cpu_ok{host="a"}', '', 1],
      ['cpu_usage{host="b"}', '', 2.5],
      ['cpu_ok{host="b"}', '', 0],
    ]);
  });

  it('reads a VictoriaMetrics export as Prometheus series', async () => {
    const line = (job: string, v: number) =>
      JSON.stringify({ metric: { __name__: 'up', job }, values: [v], timestamps: [1700000000000] });
    const outcome = await read(`${line('a', 1)}\n${line('b', 0)}\n`);
    expect(outcome.report).toMatchObject({
      format: 'victoriametrics-jsonl',
      time: { kind: 'epoch-ms' },
      rowsRead: 2,
    });
    expect(seriesOf(outcome)).toEqual([
      ['up{job="a"}', '', 1],
      ['up{job="b"}', '', 0],
    ]);
  });

  it('names the Prometheus protobuf exposition format when refusing it', async () => {
    const name = [...'up'].map((c) => c.charCodeAt(0));
    const bytes = Uint8Array.of(6, 0x0a, 2, ...name, 0x18, 0x01, 0x00);
    expect(await readMetrics(new Blob([bytes]))).toMatchObject({
      ok: false,
      reason:
        "The file is Prometheus's protobuf exposition format (delimited MetricFamily messages), not text, which is not read.",
    });
  });

  it('stops reading line protocol when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await readMetrics('m v=1\n', { signal: controller.signal })).toEqual({
      ok: false,
      reason: 'cancelled',
    });
  });
});
