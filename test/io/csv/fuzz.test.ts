import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { type ReadOptions, type ReadOutcome, readMetrics } from '../../../src/io/readMetrics';
import type { MetricsFormat } from '../../../src/io/readReport';

/**
 * Generated and mutated files through readMetrics, the worker's entry, on both paths: the general
 * one (every row through csvParser) and the fast one (plain lines from their bytes) with small
 * blocks, so rows cross block boundaries. For every file: it resolves, never throws; a refusal
 * is one non-empty sentence; both paths give the same outcome; every CSV row is either read, the
 * header, or counted among the skipped rows, whose examples name their real line; the series
 * are Float64Arrays as long as the time axis; and each read ends within a generous bound.
 */
const SEED = 20_261_203;
/** Generous: a small file reads in milliseconds, a loaded 2-core machine may be 100 times slower. */
const SMALL_FILE_MS = 10_000;
const BIG_FILE_MS = 120_000;
const CSV_FORMATS: readonly MetricsFormat[] = ['wide', 'long', 'grafana', 'grafana-series-rows'];

const counts = { files: 0, read: 0, refused: 0, rowsSkipped: 0, crashes: 0, slowestMs: 0 };
/** Refusals by their reason, with names and numbers taken out. */
const reasons = new Map<string, number>();

afterAll(() => {
  console.info(
    `CSV fuzz: ${counts.files} files, ${counts.read} read, ${counts.refused} refused with a reason, ` +
      `${counts.rowsSkipped} rows skipped and reported, ${counts.crashes} crashes; slowest read ` +
      `${counts.slowestMs.toFixed(0)} ms. Refusals: ` +
      [...reasons]
        .sort((a, b) => b[1] - a[1])
        .map(([reason, n]) => `${n} "${reason}"`)
        .join(', '),
  );
});

const encoder = new TextEncoder();
// The BOM is kept, for rowsOf to drop one as the reader does (a second one is text).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The rows csvParser's rules give `text` (the reference count of rows in the file). */
function rowsOf(text: string, delimiter: string): { rows: number; lines: string[] | null } {
  const unmarked = text.replace(/^\ufeff/, '');
  const newline = unmarked.includes('\n') || !unmarked.includes('\r') ? '\n' : '\r';
  const body = unmarked.replace(/^sep=[^\r\n]\r?(?:\n|$)/, '');
  const parsed = new Papa.Parser({ delimiter, newline, quoteChar: '"' }).parse(body, 0, false);
  const rows = parsed.data.filter((row) => row.length > 1 || row[0].replace(/\r$/, '') !== '');
  // Without quotes a row is a line: the examples' line numbers can be checked against them.
  return { rows: rows.length, lines: text.includes('"') ? null : unmarked.split(newline) };
}

/** Reads `bytes` both ways and checks everything the file header says. */
async function check(
  bytes: Uint8Array<ArrayBuffer>,
  options: ReadOptions = {},
  limitMs = SMALL_FILE_MS,
) {
  counts.files++;
  const blob = new Blob([bytes]);
  let general: ReadOutcome;
  let fast: ReadOutcome;
  const started = performance.now();
  try {
    general = await readMetrics(blob, { ...options, plainRows: false });
    // About eight blocks a file: the fast path starts after the 51 rows the layout is planned on.
    const blockBytes = Math.max(32, (bytes.length >> 3) + (bytes.length % 97));
    fast = await readMetrics(blob, { ...options, blockBytes });
  } catch (error) {
    counts.crashes++;
    throw error;
  }
  const ms = (performance.now() - started) / 2;
  counts.slowestMs = Math.max(counts.slowestMs, ms);
  expect(ms).toBeLessThan(limitMs);
  expect(fast).toEqual(general);

  if (!general.ok) {
    counts.refused++;
    const reason = general.reason.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N');
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    expect(typeof general.reason).toBe('string');
    expect(general.reason.length).toBeGreaterThan(0);
    return general;
  }
  counts.read++;
  const { dataset, report } = general;
  const steps = dataset.timeMs?.length ?? null;
  for (const s of dataset.series) {
    expect(s.values).toBeInstanceOf(Float64Array);
    if (steps !== null) expect(s.values.length).toBe(steps);
    expect(s.missing).toBe(s.values.filter((v) => v !== v).length);
  }
  expect(report.rowsSkipped).toBe(report.skipped.reduce((n, s) => n + s.count, 0));
  counts.rowsSkipped += report.rowsSkipped;
  if (CSV_FORMATS.includes(report.format)) {
    const { rows, lines } = rowsOf(decoder.decode(bytes), report.delimiter);
    expect(report.rowsRead + report.rowsSkipped + (report.header ? 1 : 0)).toBe(rows);
    for (const { examples } of report.skipped) {
      for (const { line, text } of examples) {
        expect(line).toBeGreaterThanOrEqual(1);
        if (lines) expect(lines[line - 1].replace(/\r$/, '').slice(0, 200)).toBe(text);
      }
    }
  }
  return general;
}

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

const numberCell = fc.oneof(
  { weight: 6, arbitrary: fc.double({ noNaN: true }).map(String) },
  { weight: 4, arbitrary: fc.integer({ min: -1e6, max: 1e6 }).map((n) => (n / 100).toFixed(2)) },
  { weight: 2, arbitrary: fc.tuple(digits(1, 25), digits(0, 25)).map(([a, b]) => `${a}.${b}`) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ...[
        'Infinity',
        '-Infinity',
        '1e309',
        '-1e309',
        '5e-324',
        '1e-400',
        '-0',
        '+7',
        ' 8 ',
        '0x1F',
      ],
      ...['.5', '5.', '.', '-', '', 'NaN', 'nan', 'null', 'N/A', 'undefined', '1e5', '1E-5'],
      ...['41.2%', '1.5 kB', '350 ms', '3 KiB/s', '1,5', '١٢', '\ufeff5', '5\u00a0'],
    ),
  },
);

const timeCell = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.date({
          min: new Date(Date.UTC(1970, 0, 1)),
          max: new Date(Date.UTC(2100, 0, 1)),
          noInvalidDate: true,
        }),
        fc.constantFrom(24, 23, 19, 16, 10),
        fc.constantFrom('Z', '', '+02:00', '-0530', 'z'),
        fc.constantFrom('T', ' '),
      )
      .map(
        ([d, n, zone, sep]) =>
          d.toISOString().slice(0, n).replace('T', sep).replace(/Z$/, '') + (n > 10 ? zone : ''),
      ),
  },
  { weight: 3, arbitrary: fc.integer({ min: 1_000_000_000, max: 4_000_000_000 }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: 1e12, max: 4e12 }).map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('2024-02-30 00:00:00', '2024-01-01T24:00:00Z', 'yesterday', '', '0'),
  },
);

const textCell = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    'web-01',
    'db"1',
    '"quoted, cell"',
    '"multi\nline"',
    'a;b',
    'tab\there',
    'é',
    '\ud83d\ude00',
  ),
);

/** A CSV file of a random shape: header, delimiter, line ends, BOM, sep= line, quoting. */
const csvFile = fc
  .record({
    columns: fc.noBias(fc.integer({ min: 1, max: 5 })),
    rows: fc.noBias(fc.integer({ min: 0, max: 100 })),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    lineEnd: fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
    header: fc.boolean(),
    bom: fc.boolean(),
    sepLine: fc.boolean(),
    quoteAll: fc.boolean(),
    hostColumn: fc.boolean(),
    seed: fc.integer(),
  })
  .chain((shape) =>
    fc
      .array(
        fc.tuple(
          timeCell,
          shape.hostColumn ? textCell : fc.constant(null),
          fc.array(
            fc.oneof({ weight: 8, arbitrary: numberCell }, { weight: 1, arbitrary: textCell }),
            {
              minLength: Math.max(0, shape.columns - 1),
              maxLength: shape.columns + 1,
            },
          ),
          fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n', '\r'),
        ),
        { minLength: shape.rows, maxLength: shape.rows },
      )
      .map((rows) => {
        const d = shape.delimiter;
        const quote = (cell: string) => (shape.quoteAll ? `"${cell.replaceAll('"', '""')}"` : cell);
        const names = [
          'time',
          ...(shape.hostColumn ? ['host'] : []),
          ...Array.from({ length: shape.columns - 1 }, (_, k) => `v${k}`),
        ];
        let text = shape.bom ? '\ufeff' : '';
        if (shape.sepLine) text += `sep=${d}\n`;
        const end = (mixed: string) => (shape.lineEnd === 'mixed' ? mixed : shape.lineEnd);
        if (shape.header) text += names.map(quote).join(d) + end('\n');
        for (const [time, host, values, lineEnd] of rows) {
          text +=
            [time, ...(host === null ? [] : [host]), ...values].map(quote).join(d) + end(lineEnd);
        }
        return text;
      }),
  );

/** Changes to a file's bytes: cut, drop, insert (random bytes, BOMs, quotes, line ends), repeat. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 8 }),
      fc.constantFrom(
        ...[
          [0xef, 0xbb, 0xbf],
          [0x22],
          [0x0d],
          [0x0a],
          [0x2c],
          [0x3b],
          [0x09],
          [0x00],
          [0xff, 0xfe],
          [0xe2, 0x82],
        ].map((b) => Uint8Array.from(b)),
      ),
    ),
  }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 60 }),
    times: fc.integer({ min: 2, max: 30 }),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = bytes.length === 0 ? 0 : m.at % (bytes.length + 1);
  switch (m.kind) {
    case 'truncate':
      return bytes.slice(0, at);
    case 'delete':
      return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + m.length)]);
    case 'insert':
      return Uint8Array.from([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
    case 'repeat': {
      const piece = bytes.subarray(at, at + m.length);
      return Uint8Array.from([
        ...bytes.subarray(0, at),
        ...Array.from({ length: m.times }, () => [...piece]).flat(),
        ...bytes.subarray(at),
      ]);
    }
  }
}

const settings = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true });

describe('CSV fuzz: generated and mutated files through readMetrics, both paths', () => {
  it('generated CSV files of every shape', async () => {
    await fc.assert(
      fc.asyncProperty(csvFile, async (text) => {
        await check(encoder.encode(text));
      }),
      settings(800),
    );
  }, 300_000);

  it('generated files, mutated', async () => {
    await fc.assert(
      fc.asyncProperty(
        csvFile,
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (text, mutations) => {
          const bytes = mutations.reduce<Uint8Array>(mutate, encoder.encode(text));
          await check(Uint8Array.from(bytes));
        },
      ),
      settings(800),
    );
  }, 300_000);

  it('random bytes and random text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }),
          fc.string({ unit: 'binary', maxLength: 1500 }).map((s) => encoder.encode(s)),
          fc
            .string({ unit: fc.constantFrom(...'0123456789.,;\t\n\r"-eE+ :TZ'), maxLength: 2000 })
            .map((s) => encoder.encode(s)),
        ),
        async (bytes) => {
          await check(Uint8Array.from(bytes));
        },
      ),
      settings(500),
    );
  }, 300_000);

  it('big shapes: 10,000 columns, a 2 MB line, an unclosed quote before 10,000 rows, 30,000 rows with faults', async () => {
    const wideHeader = ['time', ...Array.from({ length: 9_999 }, (_, k) => `c${k}`)].join(',');
    const wideRows = Array.from({ length: 55 }, (_, i) =>
      [
        `2024-01-01T00:${String(i).padStart(2, '0')}:00Z`,
        ...Array.from({ length: 9_999 }, (_, k) => `${(i * k) % 10}`),
      ].join(','),
    );
    wideRows[30] += ',extra';
    await check(encoder.encode(`${wideHeader}\n${wideRows.join('\n')}\n`), {}, BIG_FILE_MS);

    const rows = (n: number, fault: (i: number) => string | null) =>
      Array.from(
        { length: n },
        (_, i) =>
          fault(i) ??
          `${new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString()},${i % 997}.25,${-i}`,
      ).join('\n');
    await check(
      encoder.encode(
        `time,a,b\n${rows(100, () => null)}\n2024-06-01T00:00:00Z,${'9'.repeat(2_000_000)},1\n${rows(100, () => null)}\n`,
      ),
      {},
      BIG_FILE_MS,
    );
    await check(
      encoder.encode(
        `time,a,b\n${rows(100, () => null)}\n2024-06-01T00:00:00Z,"1,2\n${rows(10_000, () => null)}\n`,
      ),
      {},
      BIG_FILE_MS,
    );
    const faults = [
      'x,1,2',
      '2024-01-01T00:00:00Z,1',
      '2024-01-01T00:00:00Z,"1",2',
      '',
      '2024-01-01T00:00:00Z,1e309,-0',
      '\ufeff2024-01-01T00:00:00Z,1,2',
    ];
    await check(
      encoder.encode(
        `time,a,b\n${rows(30_000, (i) => (i % 101 === 50 ? faults[i % faults.length] : null))}\n`,
      ),
      {},
      BIG_FILE_MS,
    );
  }, 600_000);
});
