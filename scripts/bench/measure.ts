/** How long one operation takes: the median of `runs` timed calls, after one untimed warm-up. */
export interface Timing {
  medianMs: number;
  runs: number;
}

/**
 * Times `fn` adaptively: one warm-up call, then calls until at least `minRuns` have run and
 * `budgetMs` has passed; returns the median, which shrugs off the odd GC pause or noisy neighbour.
 * scripts/bench_numpy.py applies the same policy (measure()), so the two columns compare.
 * Returns the last result too, so callers can check it and V8 cannot drop the work.
 * @example measure(() => sum(x)).timing.medianMs // e.g. 0.41
 */
export function measure<T>(
  fn: () => T,
  budgetMs = 200,
  minRuns = 3,
): { timing: Timing; result: T } {
  let result = fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < budgetMs) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  return { timing: medianTiming(times), result };
}

/**
 * {@link measure} for work that resolves later (a stream read, say): the same warm-up, run and
 * budget policy, one call at a time, each timed from the call until its promise settles.
 * @example (await measureAsync(() => readMetrics(blob), 0)).timing.medianMs // e.g. 1830
 */
export async function measureAsync<T>(
  fn: () => Promise<T>,
  budgetMs = 200,
  minRuns = 3,
): Promise<{ timing: Timing; result: T }> {
  let result = await fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < budgetMs) {
    const t0 = performance.now();
    result = await fn();
    times.push(performance.now() - t0);
  }
  return { timing: medianTiming(times), result };
}

function medianTiming(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const medianMs = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { medianMs, runs: sorted.length };
}
