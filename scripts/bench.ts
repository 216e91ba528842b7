/**
 * `npm run bench`: times the kernel on 1e5, 1e6 and 1e7 seeded samples and, when /usr/bin/python3
 * has NumPy, the same NumPy operations on the same bytes (scripts/bench_numpy.py), then prints one
 * table with the ratio NumPy ms / our ms (> 1: we are faster) and each result's relative error
 * against NumPy's. NumPy runs first, on its own, so the two never share the CPU.
 * Then parse throughput: readMetrics on a generated 1e6-row wide CSV (ISO timestamp + 3 numeric
 * columns, ~42 MB) from a string and from a file-backed Blob, against, when /usr/bin/python3 has
 * pandas, pandas.read_csv(path, parse_dates=['timestamp']) on the same file (scripts/bench_pandas.py),
 * again run first and on its own.
 */
import { mkdtempSync, openAsBlob, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_START_MS, simulateFarm } from '../src/io/simulate';
import { random } from '../src/io/random';
import { readMetrics } from '../src/io/readMetrics';
import {
  argsort,
  convolve,
  corrcoef,
  max,
  mean,
  min,
  movingMean,
  movingStd,
  percentile,
  polyfit,
  std,
  sum,
} from '../src/kernel';
import { formatTable } from './bench/formatTable';
import { measure, measureAsync } from './bench/measure';
import { relativeError } from './bench/relativeError';
import { runNumpy } from './bench/runNumpy';
import { runPandas } from './bench/runPandas';
import { writeWideCsv } from './bench/writeWideCsv';

const SIZES = [1e5, 1e6, 1e7];
const N = SIZES[SIZES.length - 1];
// sliding_window_view(x, 60).std(axis=1) at 1e7 builds 4.8 GB of temporaries and takes ~30 s a run.
const NUMPY_SKIP = ['movingStd w=60@10000000'];

// Seeded data: a slow upward trend (so polyfit has a slope to find) plus normal noise; smaller sizes
// use prefixes of the same array, as NumPy does.
const rng = random(20261126, 'bench');
const x = new Float64Array(N);
const t = new Float64Array(N);
for (let i = 0; i < N; i++) {
  x[i] = 50 + 1e-4 * i + rng.normal(0, 10);
  t[i] = DEFAULT_START_MS / 1000 + 60 * i;
}
const { farm } = simulateFarm(20261126, { servers: 1000, hours: 24, stepsPerHour: 60 });
const box = (w: number) => new Float64Array(w).fill(1 / w);
const [box5, box60] = [box(5), box(60)];

/** op name -> how our kernel computes it on the first n samples. */
const ops: Record<string, (n: number) => number | ArrayLike<number>> = {
  sum: (n) => sum(x.subarray(0, n)),
  mean: (n) => mean(x.subarray(0, n)),
  std: (n) => std(x.subarray(0, n)),
  min: (n) => min(x.subarray(0, n)),
  max: (n) => max(x.subarray(0, n)),
  'percentile q=95': (n) => percentile(x.subarray(0, n), 95),
  'percentile q=[50,95,99]': (n) => percentile(x.subarray(0, n), [50, 95, 99]),
  'movingStd w=10': (n) => movingStd(x.subarray(0, n), 10),
  'movingStd w=60': (n) => movingStd(x.subarray(0, n), 60),
  'movingMean w=60': (n) => movingMean(x.subarray(0, n), 60),
  'convolve 5-tap valid': (n) => convolve(x.subarray(0, n), box5, 'valid'),
  'convolve 60-tap valid': (n) => convolve(x.subarray(0, n), box60, 'valid'),
  'polyfit deg 1': (n) => polyfit(t.subarray(0, n), x.subarray(0, n), 1),
  argsort: (n) => argsort(x.subarray(0, n)),
  // 8 series of n/8 each (consecutive slices of x), so 1e7 stays at 80 MB instead of 640 MB.
  'corrcoef 8 x n/8': (n) =>
    corrcoef(Array.from({ length: 8 }, (_, k) => x.subarray((k * n) / 8, ((k + 1) * n) / 8))),
  'farm mean axis 1': () => mean(farm, 1).data,
};
const CSV_ROWS = 1e6;

const sizesOf = (op: string) => (op === 'farm mean axis 1' ? [farm.data.length] : SIZES);
const jobs = Object.keys(ops).flatMap((op) =>
  sizesOf(op).map((n) => ({ op, n, skip: NUMPY_SKIP.includes(`${op}@${n}`) })),
);

const dir = mkdtempSync(join(tmpdir(), 'metricscope-bench-'));
try {
  process.stderr.write('Timing NumPy...\n');
  const numpy = runNumpy(
    dir,
    { 'x.f64': x, 't.f64': t, 'farm.f64': farm.data },
    { jobs, farm_shape: [...farm.shape] },
  );
  process.stderr.write('Timing Metricscope');
  let worst = { error: 0, at: 'none' };
  const rows = jobs.map(({ op, n }, i) => {
    const { timing, result } = measure(() => ops[op](n));
    process.stderr.write('.');
    const ms = timing.medianMs;
    const row = [
      op,
      n.toExponential(1).replace('.0', ''),
      ms.toFixed(3),
      ((ms * 1e6) / n).toFixed(2),
    ];
    if (!numpy.ok) return row;
    const theirMs = numpy.timings[i];
    if (theirMs === null) return [...row, 'skipped', '-', '-'];
    const error = relativeError(result, numpy.result(i));
    if (error >= worst.error) worst = { error, at: `${op} at n = ${n}` };
    return [...row, theirMs.toFixed(3), `${(theirMs / ms).toFixed(2)}x`, error.toExponential(1)];
  });
  process.stderr.write('\n');

  const header = ['operation', 'n', 'Metricscope ms', 'ns/elem'];
  if (numpy.ok) header.push('NumPy ms', 'ratio', 'rel. err');
  console.log(
    `Node ${process.version}, ${availableParallelism()} cores; median of >= 3 runs and >= 200 ms.`,
  );
  console.log(
    numpy.ok
      ? `NumPy ${numpy.version} on the same float64 data.`
      : `No NumPy columns: ${numpy.reason}.`,
  );
  console.log(formatTable(header, rows));
  if (numpy.ok) {
    console.log(
      `max rel. error vs NumPy: ${worst.error.toExponential(2)} (${worst.at}; max |ours - NumPy| / max |NumPy|)`,
    );
    console.log('ratio = NumPy ms / Metricscope ms; > 1 means Metricscope is faster.');
    console.log(
      'NumPy movingStd = sliding_window_view(x, w).std(axis=1), O(n w), as the seed does;',
    );
    console.log('NumPy movingMean = cumsum differences, O(n); argsort uses kind="stable".');
    console.log(`Skipped in NumPy: ${NUMPY_SKIP.join(', ')} (4.8 GB of temporaries, ~30 s a run).`);
  }
  await benchParse(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Prints the parse-throughput table: readMetrics from a string and from a Blob on a generated
 * wide CSV of {@link CSV_ROWS} rows, and pandas.read_csv on the same file when it is there.
 * Every reader must read every row; the series means must agree with pandas' to 1e-9.
 */
async function benchParse(dir: string): Promise<void> {
  const path = join(dir, 'wide.csv');
  process.stderr.write(`Writing a ${CSV_ROWS.toExponential(0)}-row CSV...\n`);
  const bytes = writeWideCsv(path, CSV_ROWS);
  process.stderr.write('Timing pandas.read_csv...\n');
  const pandas = runPandas(path);
  const text = readFileSync(path, 'utf8');
  const blob = await openAsBlob(path, { type: 'text/csv' });
  const inputs = { 'readMetrics(string)': () => text, 'readMetrics(Blob)': () => blob };

  const mb = bytes / 1e6;
  const rowOf = (reader: string, ms: number) => [
    reader,
    mb.toFixed(1),
    ms.toFixed(0),
    (mb / (ms / 1e3)).toFixed(1),
    (CSV_ROWS / (ms / 1e3)).toExponential(2),
  ];
  const rows: string[][] = [];
  let worstMeanError = 0;
  for (const [reader, input] of Object.entries(inputs)) {
    process.stderr.write(`Timing ${reader}...\n`);
    // A read takes seconds: no budget, just the warm-up and three timed runs.
    const { timing, result } = await measureAsync(() => readMetrics(input()), 0);
    if (!result.ok) throw new Error(`${reader} failed: ${result.reason}`);
    if (result.report.rowsRead !== CSV_ROWS)
      throw new Error(`${reader} read ${result.report.rowsRead} rows, not ${CSV_ROWS}`);
    const row = rowOf(reader, timing.medianMs);
    if (pandas.ok) {
      for (const { name, values } of result.dataset.series)
        worstMeanError = Math.max(
          worstMeanError,
          relativeError(mean(values), new Float64Array([pandas.means[name]])),
        );
      row.push(`${(pandas.medianMs / timing.medianMs).toFixed(2)}x`);
    }
    rows.push(row);
  }

  const header = ['reader', 'MB', 'ms', 'MB/s', 'rows/s'];
  if (pandas.ok) {
    if (pandas.rows !== CSV_ROWS)
      throw new Error(`pandas read ${pandas.rows} rows, not ${CSV_ROWS}`);
    header.push('ratio vs pandas');
    rows.push([...rowOf(`pandas ${pandas.version} read_csv`, pandas.medianMs), '1.00x']);
  }
  console.log('');
  console.log(
    `Parse throughput: ${CSV_ROWS.toLocaleString('en-US')} rows of ISO timestamp + 3 numeric ` +
      'columns; median of 3 runs after a warm-up; MB = 1e6 bytes.',
  );
  console.log(
    pandas.ok
      ? "pandas: read_csv(path, parse_dates=['timestamp']) on the same file, run first, on its own."
      : `No pandas row: ${pandas.reason} (Debian: apt-get install python3-pandas).`,
  );
  console.log(formatTable(header, rows));
  if (pandas.ok) {
    console.log('ratio vs pandas = pandas ms / reader ms; > 1 means faster than pandas.');
    console.log(
      `Every reader read all ${CSV_ROWS.toLocaleString('en-US')} rows; max rel. difference of a ` +
        `column mean vs pandas: ${worstMeanError.toExponential(1)}.`,
    );
  }
}
