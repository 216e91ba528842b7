import { join } from 'node:path';
import { runPython } from './runPython';

const SCRIPT = join(import.meta.dirname, '..', 'bench_pandas.py');

export type PandasRun =
  | {
      ok: true;
      version: string;
      /** Median ms of `pandas.read_csv(path, parse_dates=['timestamp'])`. */
      medianMs: number;
      runs: number;
      /** Rows in the DataFrame read, to check both readers read the same file. */
      rows: number;
      /** Column name -> mean, NaN skipped, to check both readers read the same values. */
      means: Record<string, number>;
    }
  | { ok: false; reason: string };

/**
 * Times pandas reading the CSV at `path` with scripts/bench_pandas.py (same timing policy as
 * measure.ts). Returns { ok: false, reason } when Python or pandas is missing or the script fails.
 */
export function runPandas(path: string): PandasRun {
  const run = runPython<{
    ms: number;
    runs: number;
    rows: number;
    means: Record<string, number>;
    pandas: string;
  }>(SCRIPT, [path], 'pandas');
  if (!run.ok) return run;
  const { ms, runs, rows, means, pandas } = run.output;
  return { ok: true, version: pandas, medianMs: ms, runs, rows, means };
}
