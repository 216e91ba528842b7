import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pythonMissing, runPython } from './runPython';

const SCRIPT = join(import.meta.dirname, '..', 'bench_numpy.py');

/**
 * What scripts/bench_numpy.py is asked to time: each op at each n, unless skipped; the farm view's
 * [servers, metrics] (x[:n] as [servers, n / (servers * metrics), metrics]) and the percentile
 * levels of 'percentile x5'.
 */
export interface NumpyManifest {
  jobs: { op: string; n: number; skip: boolean }[];
  farm: [number, number];
  percentiles: number[];
}

export type NumpyRun =
  | {
      ok: true;
      version: string;
      /** Median ms of each job, in manifest order; null where the job was skipped. */
      timings: (number | null)[];
      /** NumPy's result for job i, flattened to float64. */
      result: (job: number) => Float64Array;
    }
  | { ok: false; reason: string };

function readFloat64(path: string): Float64Array {
  const bytes = readFileSync(path);
  return new Float64Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
}

/**
 * Writes manifest.json into `dir`, runs scripts/bench_numpy.py on it and the data `files` already
 * there (raw little-endian float64, e.g. x.f64, host byte order on every machine this runs on), and
 * returns its timings and a reader for its results.
 * Returns { ok: false, reason } instead of throwing when Python or NumPy is missing or the
 * script fails, so the benchmark can still print its own columns.
 */
export function runNumpy(dir: string, files: string[], manifest: NumpyManifest): NumpyRun {
  const missing = pythonMissing('numpy');
  if (missing !== null) return { ok: false, reason: missing };
  const absent = files.filter((name) => !existsSync(join(dir, name)));
  if (absent.length > 0) return { ok: false, reason: `no ${absent.join(', ')} in ${dir}` };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const run = runPython<{ timings: (number | null)[]; numpy: string }>(SCRIPT, [dir], 'numpy');
  if (!run.ok) return run;
  const { timings, numpy } = run.output;
  return {
    ok: true,
    version: numpy,
    timings,
    result: (job) => readFloat64(join(dir, `result-${job}.f64`)),
  };
}
