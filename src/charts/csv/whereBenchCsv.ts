import type { BenchResult } from '../../analysis/benchWhereVsLoop';
import { csvText } from './csvText';

/**
 * The Vectorised vs loop panel's measurement as CSV, one row: values transformed, the median time
 * of the vectorised transform and of the loop in ms, and the speed-up (loop / vectorised).
 * @example whereBenchCsv({ n: 1000, vectorisedMs: 2, loopMs: 9, speedup: 4.5 }) // 'values,vectorised (ms),loop (ms),speed-up\r\n1000,2,9,4.5\r\n'
 */
export function whereBenchCsv(result: BenchResult): string {
  return csvText(
    ['values', 'vectorised (ms)', 'loop (ms)', 'speed-up'],
    [[result.n, result.vectorisedMs, result.loopMs, result.speedup]],
  );
}
