/**
 * `npm run bench`: times the array kernel on 1e5, 1e6 and 1e7 seeded samples and NumPy on the same
 * bytes (scripts/bench_numpy.py; the data is written once to a temp file that both sides read),
 * then prints one table with each op's ms, NumPy's ms, the ratio ours / NumPy's (> 1: we are
 * slower) and the relative error against NumPy's result, followed by the geometric mean of the
 * ratios at 1e6 and 1e7 and the worst op. NumPy runs first, on its own, so the two never share the
 * CPU. Then parse throughput: readMetrics on a generated 1e6-row wide CSV against pandas.read_csv.
 *
 * Flags: --smoke (1e5 only and a 1e4-row CSV: seconds, for CI, so the bench never rots; exits 1
 * when a result disagrees with NumPy's), --json (one JSON object on stdout instead of the tables),
 * --kernel-only (skip the parse table), --only=sum,std (time just the ops whose names start with
 * one of these).
 */
import { mkdtempSync, openAsBlob, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_START_MS } from '../src/io/simulate';
import { random } from '../src/io/random';
import { readMetrics } from '../src/io/readMetrics';
import { mean } from '../src/kernel';
import { formatTable } from './bench/formatTable';
import { FARM_METRICS, FARM_SERVERS, kernelOps, PERCENTILE_LEVELS } from './bench/kernelOps';
import { measure, measureAsync } from './bench/measure';
import { relativeError } from './bench/relativeError';
import { runNumpy } from './bench/runNumpy';
import { runPandas } from './bench/runPandas';
import { summarise, type KernelRow } from './bench/summarise';
import { writeWideCsv } from './bench/writeWideCsv';

const args = new Set(process.argv.slice(2));
const SMOKE = args.has('--smoke');
const JSON_OUT = args.has('--json');
const SIZES = SMOKE ? [1e5] : [1e5, 1e6, 1e7];
/** The sizes the geometric mean and the worst op are taken over (the issue's targets). */
const SUMMARY_SIZES = SMOKE ? [1e5] : [1e6, 1e7];
const N = SIZES[SIZES.length - 1];
const CSV_ROWS = SMOKE ? 1e4 : 1e6;
/** A result further than this from NumPy's (normwise relative error) fails the smoke run. */
const SMOKE_TOLERANCE = 1e-9;

const log = (line: string) => process.stderr.write(line);
const print = (line: string) => {
  if (!JSON_OUT) console.log(line);
};

// Seeded data: a slow upward trend (so polyfit has a slope to find) plus normal noise, written to
// a temp file that NumPy and the kernel both read.
const dir = mkdtempSync(join(tmpdir(), 'metricscope-bench-'));
const rng = random(20261126, 'bench');
const generated = { x: new Float64Array(N), t: new Float64Array(N) };
for (let i = 0; i < N; i++) {
  generated.x[i] = 50 + 1e-4 * i + rng.normal(0, 10);
  generated.t[i] = DEFAULT_START_MS / 1000 + 60 * i;
}
const readBack = (name: string, data: Float64Array) => {
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  const bytes = readFileSync(path);
  return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
};
const x = readBack('x.f64', generated.x);
const t = readBack('t.f64', generated.t);

const ops = kernelOps(x, t);
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const selected = Object.entries(ops).filter(
  ([op]) => only === undefined || only.some((prefix) => op.startsWith(prefix)),
);
const jobs = selected.flatMap(([op, { counted }]) => SIZES.map((n) => ({ op, n, skip: !counted })));

try {
  log('Timing NumPy...\n');
  const numpy = runNumpy(dir, ['x.f64', 't.f64'], {
    jobs,
    farm: [FARM_SERVERS, FARM_METRICS],
    percentiles: PERCENTILE_LEVELS,
  });
  log('Timing Metricscope');
  const rows: KernelRow[] = jobs.map(({ op, n }, i) => {
    const { timing, result } = measure(() => ops[op].run(n));
    log('.');
    const numpyMs = numpy.ok ? numpy.timings[i] : null;
    const relError = numpy.ok && numpyMs !== null ? relativeError(result, numpy.result(i)) : null;
    const ms = timing.medianMs;
    return {
      op,
      n,
      ms,
      numpyMs,
      ratio: numpyMs === null ? null : ms / numpyMs,
      relError,
      counted: ops[op].counted,
    };
  });
  log('\n');
  const summary = summarise(rows, SUMMARY_SIZES);
  const windows = windowScaling(rows);
  const parse = args.has('--kernel-only') ? null : await benchParse(dir);
  if (JSON_OUT) {
    const header = { node: process.version, cores: availableParallelism() };
    const numpyVersion = numpy.ok ? numpy.version : null;
    const parseRecords = parse?.records ?? null;
    console.log(
      JSON.stringify({
        ...header,
        numpy: numpyVersion,
        rows,
        summary,
        windows,
        parse: parseRecords,
      }),
    );
  } else {
    printKernelTable(rows, summary, windows, numpy.ok ? numpy.version : numpy.reason, numpy.ok);
    if (parse) console.log(parse.text);
  }
  if (SMOKE) {
    const off = rows.filter((r) => r.relError !== null && !(r.relError <= SMOKE_TOLERANCE));
    if (!numpy.ok) log(`Smoke run without NumPy: ${numpy.reason}.\n`);
    if (off.length > 0) {
      log(`Results off NumPy's: ${off.map((r) => `${r.op} (${r.relError})`).join(', ')}\n`);
      process.exitCode = 1;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Time at w = 600 over time at w = 10, per rolling op and size: about 1 for O(n) windows. */
function windowScaling(rows: readonly KernelRow[]) {
  const msOf = (op: string, n: number) => rows.find((r) => r.op === op && r.n === n)?.ms ?? NaN;
  return ['movingMean', 'movingStd']
    .flatMap((op) =>
      SIZES.map((n) => ({ op, n, w600OverW10: msOf(`${op} w=600`, n) / msOf(`${op} w=10`, n) })),
    )
    .filter((w) => !Number.isNaN(w.w600OverW10));
}

function printKernelTable(
  rows: readonly KernelRow[],
  summary: ReturnType<typeof summarise>,
  windows: ReturnType<typeof windowScaling>,
  numpyNote: string,
  withNumpy: boolean,
): void {
  const header = ['operation', 'n', 'Metricscope ms', 'ns/elem'];
  if (withNumpy) header.push('NumPy ms', 'ratio', 'rel. err');
  const table = rows.map((r) => {
    const row = [r.op, r.n.toExponential(0), r.ms.toFixed(3), ((r.ms * 1e6) / r.n).toFixed(2)];
    if (!withNumpy) return row;
    if (r.numpyMs === null || r.ratio === null) return [...row, '-', '-', '-'];
    return [...row, r.numpyMs.toFixed(3), r.ratio.toFixed(2), (r.relError ?? NaN).toExponential(1)];
  });
  const sizes = summary.sizes.map((n) => n.toExponential(0)).join(' and ');
  print(
    `Node ${process.version}, ${availableParallelism()} cores; median of >= 3 runs and >= 200 ms.`,
  );
  print(withNumpy ? `NumPy ${numpyNote} on the same float64 data.` : `No NumPy: ${numpyNote}.`);
  print(formatTable(header, table));
  if (withNumpy && summary.geomean !== null && summary.worst !== null) {
    print('ratio = Metricscope ms / NumPy ms; > 1 means Metricscope is slower.');
    const bySize = Object.entries(summary.geomeanBySize)
      .map(([n, g]) => `${Number(n).toExponential(0)}: ${g.toFixed(2)}`)
      .join(', ');
    print(`geometric mean of the ratios at ${sizes}: ${summary.geomean.toFixed(2)} (${bySize})`);
    const { op, n, ratio } = summary.worst;
    print(`worst op: ${op} at n = ${n.toExponential(0)}, ratio ${ratio.toFixed(2)}`);
    print(
      'NumPy movingStd = sliding_window_view(x, w).std(axis=1), O(n w), in blocks of 2^17 ' +
        'windows; movingMean = cumsum differences, O(n); argsort kind="stable"; IQR filter = ' +
        'percentile([25, 75]) then x[(x >= q1 - 1.5 iqr) & (x <= q3 + 1.5 iqr)].',
    );
    print(
      'where, convolve, movingMean, movingStd and the IQR filter write into an output allocated ' +
        'once (out=), as the analyses reuse buffers across slider moves; NumPy allocates each ' +
        'result, on huge pages for large arrays (madvise), which a typed array cannot ask for. ' +
        'The "fresh output" row shows what a new result array costs here.',
    );
  }
  if (windows.length > 0) {
    print(
      'Rows without NumPy are extra checks; time at w = 600 / time at w = 10 (O(n) windows: ~1): ' +
        windows
          .map((w) => `${w.op} ${w.n.toExponential(0)} ${w.w600OverW10.toFixed(2)}`)
          .join(', '),
    );
  }
}

/**
 * The parse-throughput table, as text and as records: readMetrics from a string and from a Blob on a generated
 * wide CSV of {@link CSV_ROWS} rows, and pandas.read_csv on the same file when it is there.
 * Every reader must read every row; the series means must agree with pandas' to 1e-9.
 */
async function benchParse(dir: string) {
  const lines: string[] = [];
  const records: { reader: string; ms: number; rowsPerSecond: number; ratio: number | null }[] = [];
  const path = join(dir, 'wide.csv');
  log(`Writing a ${CSV_ROWS.toExponential(0)}-row CSV...\n`);
  const bytes = writeWideCsv(path, CSV_ROWS);
  log('Timing pandas.read_csv...\n');
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
    log(`Timing ${reader}...\n`);
    // A read takes seconds: no budget, just the warm-up and three timed runs.
    const { timing, result } = await measureAsync(() => readMetrics(input()), 0);
    if (!result.ok) throw new Error(`${reader} failed: ${result.reason}`);
    if (result.report.rowsRead !== CSV_ROWS)
      throw new Error(`${reader} read ${result.report.rowsRead} rows, not ${CSV_ROWS}`);
    const row = rowOf(reader, timing.medianMs);
    records.push({
      reader,
      ms: timing.medianMs,
      rowsPerSecond: CSV_ROWS / (timing.medianMs / 1e3),
      ratio: pandas.ok ? timing.medianMs / pandas.medianMs : null,
    });
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
  lines.push('');
  lines.push(
    `Parse throughput: ${CSV_ROWS.toLocaleString('en-US')} rows of ISO timestamp + 3 numeric ` +
      'columns; median of 3 runs after a warm-up; MB = 1e6 bytes.',
  );
  lines.push(
    pandas.ok
      ? "pandas: read_csv(path, parse_dates=['timestamp']) on the same file, run first, on its own."
      : `No pandas row: ${pandas.reason} (Debian: apt-get install python3-pandas).`,
  );
  lines.push(formatTable(header, rows));
  if (pandas.ok) {
    lines.push('ratio vs pandas = pandas ms / reader ms; > 1 means faster than pandas.');
    lines.push(
      `Every reader read all ${CSV_ROWS.toLocaleString('en-US')} rows; max rel. difference of a ` +
        `column mean vs pandas: ${worstMeanError.toExponential(1)}.`,
    );
  }
  return { text: lines.join('\n'), records };
}
