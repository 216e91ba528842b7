import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RowBatch } from '../../../src/io/csv/csvParser';
import { openCsv } from '../../../src/io/csv/openCsv';
import { type ReadOptions, type ReadOutcome, readMetrics } from '../../../src/io/readMetrics';

/**
 * The fast path (plain lines read from their bytes, see rowHandler and plainRowParser) against the
 * general path (every row through csvParser, `plainRows: false`): the outcomes, data and reports
 * with line numbers, reasons and examples, must be identical. Small blocks make the fast path
 * start after the first 51 rows and cross many block boundaries.
 */
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const SHARED = process.env.METRICSCOPE_SHARED ?? resolve(REPO, '../shared');
const FIXTURES = resolve(REPO, 'test/fixtures/io');

const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(csv|txt|prom|json|jsonl|influx)$/.test(path))
    .sort()
    .map((path) => resolve(dir, path));

const FILES = [
  ...filesIn(FIXTURES),
  ...filesIn(resolve(SHARED, 'datasets/real-exports')),
  ...filesIn(resolve(SHARED, 'datasets/nab/data')),
];

/** Every value of the outcome's series as its bits, so that -0 and 0 (or two NaNs) are told apart. */
function bitsOf(outcome: ReadOutcome): string[] {
  if (!outcome.ok) return [];
  const arrays = [outcome.dataset.timeMs, ...outcome.dataset.series.map((s) => s.values)];
  return arrays.map((a) =>
    a ? Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex') : '',
  );
}

/** Reads `input` through the general path and the fast path (a Blob, blocks of several sizes). */
async function expectSameBothWays(
  input: string | Uint8Array<ArrayBuffer>,
  options: ReadOptions = {},
) {
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  const blob = new Blob([input]);
  const general = await readMetrics(typeof input === 'string' ? input : blob, {
    ...options,
    plainRows: false,
  });
  for (const blockBytes of [undefined, 61, 4096]) {
    const fast = await readMetrics(blob, { ...options, blockBytes });
    expect(fast).toEqual(general);
    expect(bitsOf(fast)).toEqual(bitsOf(general));
  }
  return { general, text };
}

/** `rows` plain wide rows from 2024-01-01 (one a minute), the lines the fast path reads. */
function plainRows(rows: number, from = 0): string {
  let text = '';
  for (let i = from; i < from + rows; i++) {
    text += `${new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString()},${i % 97}.25,${i}\n`;
  }
  return text;
}

/** A wide file of plain rows with `lines` in the middle, where the fast path is reading. */
const around = (lines: string) => `time,a,b\n${plainRows(80)}${lines}${plainRows(80, 80)}`;

describe('rowHandler', () => {
  /** Where each row of `text` goes once handed over after the first batch: [line, via, text]. */
  async function routes(text: string, refuse: (line: string) => boolean) {
    const opened = await openCsv(text, ',', 8);
    if (!opened.ok) throw new Error(opened.reason);
    const seen: [number | null, string, string][] = [];
    const decoder = new TextDecoder();
    const sink = {
      add(batch: RowBatch) {
        batch.rows.forEach((_, i) => seen.push([batch.lines[i], 'add', batch.rawText(i)]));
      },
      row(bytes: Uint8Array, start: number, end: number) {
        const lf = bytes.indexOf(10, start);
        const next = lf < 0 || lf >= end ? end : lf + 1;
        const line = decoder.decode(bytes.subarray(start, next)).replace(/\r?\n$/, '');
        if (refuse(line)) return -1;
        seen.push([null, 'row', line]);
        return next;
      },
    };
    let first = true;
    for await (const batch of opened.csv.batches) {
      batch.rows.forEach((_, i) => seen.push([batch.lines[i], 'head', batch.rawText(i)]));
      if (first) opened.csv.handRowsTo(sink);
      first = false;
    }
    return seen;
  }

  it('hands plain lines to sink.row, refused and quoted ones parsed to sink.add, in file order, back to sink.row after a quoted row', async () => {
    const text = 'h,1\n1,1\n2,2\r\n\nx,3\n"q,\n",4\n5,5\n6,6';
    expect(await routes(text, (line) => line.startsWith('x'))).toEqual([
      [1, 'head', 'h,1'],
      [2, 'head', '1,1'],
      [null, 'row', '2,2'],
      [5, 'add', 'x,3'],
      [6, 'add', '"q,\n",4'],
      [null, 'row', '5,5'],
      [null, 'row', '6,6'],
    ]);
  });

  it('sends the rest of the file to sink.add after 256 refusals that are over an eighth of the lines', async () => {
    const lines = Array.from({ length: 600 }, (_, i) => `${i},${i}`);
    const seen = await routes(
      `h,1\n${lines.join('\n')}\n`,
      (line) => Number(line.split(',')[0]) < 300,
    );
    expect(seen.filter(([, via]) => via === 'row')).toEqual([]);
    expect(seen.at(-1)).toEqual([601, 'add', '599,599']);
  });
});

describe('rowHandler: the fast path reads what the general path reads', () => {
  it('finds the test fixtures and the shared datasets', () => {
    expect(FILES.length).toBeGreaterThan(70);
  });

  // Each file is read twice in full (real exports up to ~2 MB): seconds on a busy 2-core machine.
  it.each(FILES.map((path) => [path.slice(REPO.length - 1), path]))(
    '%s reads the same both ways',
    async (_, path) => {
      await expectSameBothWays(readFileSync(path));
    },
    30_000,
  );

  it.each([
    ['a quoted row with a delimiter and a newline inside', '"2024-02-01T00:00:00Z","1,5",\n"2"\n'],
    ['a quoted row whose quote never closes', '2024-02-01T00:00:00Z,"1,2\n'],
    ['a quote inside an unquoted cell', '2024-02-01T00:00:00Z,1"5,2\n'],
    ['a row with too few fields', '2024-02-01T00:00:00Z,1\n'],
    ['a row with too many fields', '2024-02-01T00:00:00Z,1,2,3\n'],
    ['a trailing delimiter', '2024-02-01T00:00:00Z,1,2,\n'],
    ['a bad timestamp', '2024-02-30T00:00:00Z,1,2\n'],
    ['a non-numeric cell', '2024-02-01T00:00:00Z,1,abc\n'],
    ['missing-value tokens', '2024-02-01T00:00:00Z,,NaN\n2024-02-01T00:01:00Z,N/A,-\n'],
    ['cells Number() reads', '2024-02-01T00:00:00Z, 5 ,1e3\n2024-02-01T00:01:00Z,+5,Infinity\n'],
    [
      'huge and tiny numbers',
      '2024-02-01T00:00:00Z,1e309,-1e-400\n2024-02-01T00:01:00Z,1.7976931348623157e308,5e-324\n',
    ],
    ['negative zero and bare points', '2024-02-01T00:00:00Z,-0,-0.0\n2024-02-01T00:01:00Z,.5,5.\n'],
    ['16 and more digits', '2024-02-01T00:00:00Z,1234567890123456,0.12345678901234567890\n'],
    ['15 digits', '2024-02-01T00:00:00Z,123456789012345,-0.00000000000001\n'],
    ['hex and other prefixes', '2024-02-01T00:00:00Z,0x10,0b1\n'],
    ['a lone point and a lone minus', '2024-02-01T00:00:00Z,.,-\n'],
    ['cells with units', '2024-02-01T00:00:00Z,41.2%,1.5 kB\n'],
    ['CRLF line ends', '2024-02-01T00:00:00Z,1,2\r\n2024-02-01T00:01:00Z,3,4\r\n'],
    ['blank lines, CRLF and not', '\n\r\n\n2024-02-01T00:00:00Z,1,2\n\r\n'],
    ['a CR inside a line', '2024-02-01T00:00:00Z,1\r,2\n2024-02-01T00:01:00Z,1,2\r\r\n'],
    ['a BOM in the middle', '\ufeff2024-02-01T00:00:00Z,1,2\n2024-02-01T00:01:00Z,\ufeff1,2\n'],
    ['non-ASCII cells', '2024-02-01T00:00:00Z,é,2\n2024-02-01T00:01:00Z,１,2\n'],
    [
      'ISO timestamps of every shape',
      [
        '2024-02-01T00:00:00.5Z,1,2',
        '2024-02-01T00:00:00.12Z,1,2',
        '2024-02-01T00:00:00.1234Z,1,2',
        '2024-02-01T00:00:00.999999999Z,1,2',
        '2024-02-01T00:00:00,5Z,1,2',
        '2024-02-01t00:00:00z,1,2',
        '2024-02-01 00:00,1,2',
        '2024-02-01,1,2',
        '2024-02-01T05:30+05:30,1,2',
        '2024-02-01T05:30:00-0800,1,2',
        '2024-02-01T05:30:00+01,1,2',
        '2024-02-01T24:00:00Z,1,2',
        '2024-02-01T23:59:60Z,1,2',
        '2024-02-01T23:59Z ,1,2',
        ' 2024-02-01T23:59Z,1,2',
        '2023-02-29T00:00:00Z,1,2',
        '2024-02-29T00:00:00Z,1,2',
        '0001-01-01T00:00:00Z,1,2',
        '2024-13-01T00:00:00Z,1,2',
        '2024-02-01T00:00:00.Z,1,2',
        '2024-02-01T00:00:00.000+00:00,1,2',
      ].join('\n') + '\n',
    ],
  ])('%s', async (_, lines) => {
    await expectSameBothWays(around(lines));
  });

  it('a file that ends without a line end, or with a CR', async () => {
    for (const end of [
      '2024-02-01T00:00:00Z,1,2',
      '2024-02-01T00:00:00Z,1,2\r',
      '2024-02-01T00:00:00Z,1,',
    ]) {
      await expectSameBothWays(`time,a,b\n${plainRows(80)}${end}`);
    }
  });

  it('invalid UTF-8 in a cell and before a line end', async () => {
    const head = new TextEncoder().encode(`time,a,b\n${plainRows(80)}`);
    const bad = Uint8Array.of(...new TextEncoder().encode('2024-02-01T00:00:00Z,1,'), 0xe2, 0x0a);
    const tail = new TextEncoder().encode(plainRows(20, 80));
    await expectSameBothWays(Uint8Array.from([...head, ...bad, ...tail]));
  });

  it.each([
    ['epoch seconds', (i: number) => `${1.7e9 + i * 60}`],
    ['epoch seconds with a fraction', (i: number) => `${1.7e9 + i * 60}.${i % 1000}`],
    ['epoch milliseconds', (i: number) => `${1.7e12 + i * 60_000}`],
    ['epoch microseconds', (i: number) => `${1.7e15 + i * 6e7}`],
    [
      'epoch nanoseconds',
      (i: number) => `${1_700_000_000_000_000_000n + BigInt(i) * 60_000_000_123n}`,
    ],
    [
      'epoch seconds, some odd',
      (i: number) => (i % 17 === 5 ? ['1.7e9', ' 1700000000', 'x', ''][i % 4] : `${1.7e9 + i}`),
    ],
  ])('%s', async (_, time) => {
    const rows = Array.from({ length: 300 }, (_, i) => `${time(i)};${i % 13}.5;${-i}`);
    await expectSameBothWays(`ts;a;b\n${rows.join('\n')}\n`);
  });

  it.each<[string, string, ReadOptions]>([
    ['tabs', 'time\ta\tb\n', {}],
    ['a given delimiter that the fast path does not take', 'time a b\n', { delimiter: ' ' }],
    ['a pipe', 'time|a|b\n', { delimiter: '|' }],
  ])('delimiter: %s', async (_, header, options) => {
    const delimiter = header[4];
    const rows = plainRows(200).replaceAll(',', delimiter);
    await expectSameBothWays(header + rows, options);
  });

  it('options.sampling and timeColumn null, with rows left out', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => (i % 31 === 7 ? 'x,1' : `${i}.5,${i * 2}`));
    const text = `a,b\n${rows.join('\n')}\n`;
    await expectSameBothWays(text, { sampling: { startMs: 0, stepSeconds: 60 } });
    await expectSameBothWays(text, { timeColumn: null });
  });

  it('unused columns: an empty-named column and a second timestamp column', async () => {
    const rows = Array.from(
      { length: 200 },
      (_, i) =>
        `2024-01-01T00:${String(i % 60).padStart(2, '0')}:00Z,${i},2024-01-02T00:00:00Z,x"y,`,
    );
    await expectSameBothWays(`time,a,end,label,\n${rows.join('\n')}\n`, {
      columns: ['time', 'value', 'ignore', 'ignore', 'ignore'],
    });
  });

  it('gives up on the fast path when most rows go to the general path, with the same result', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) =>
      i < 100 || i % 50 === 0
        ? `2024-01-01T00:00:${String(i % 60).padStart(2, '0')}Z,${i},1`
        : `2024-01-01T00:00:00Z,${i}%,"1"`,
    );
    await expectSameBothWays(`time,a,b\n${rows.join('\n')}\n`);
  });

  it('keeps the skipped rows’ physical line numbers after quoted newlines and blank lines', async () => {
    const { general } = await expectSameBothWays(
      around('"2024-02-01T00:00:00Z",1,"2\n3"\n\n\r\nbad,1,2\n'),
    );
    expect(general.ok && general.report.skipped).toEqual([
      {
        reason: 'non-numeric',
        count: 1,
        examples: [{ line: 82, text: '"2024-02-01T00:00:00Z",1,"2\n3"' }],
      },
      { reason: 'bad-timestamp', count: 1, examples: [{ line: 86, text: 'bad,1,2' }] },
    ]);
  });
});
