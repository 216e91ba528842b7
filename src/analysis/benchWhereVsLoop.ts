import { median } from '../kernel';
import {
  processMetrics,
  processMetricsDefaults,
  processMetricsOutputs,
  type ProcessMetricsOptions,
} from './processMetrics';

/** Options for {@link benchWhereVsLoop}: the transform's options plus how many timed runs to take. */
export interface BenchOptions extends ProcessMetricsOptions {
  repeats?: number;
}

/** What {@link benchWhereVsLoop} returns: median wall times of each path in milliseconds. */
export interface BenchResult {
  n: number;
  vectorisedMs: number;
  loopMs: number;
  /** loopMs / vectorisedMs; NaN when vectorisedMs is below the clock's resolution (0). */
  speedup: number;
}

/**
 * Times processMetrics (kernel `greater`, `multiply` and `where`) against the seed's per-element
 * loop that pushes onto a plain number[], on n deterministic values in [0, 100). The vectorised
 * path writes into outputs allocated once, before the untimed warm-up (NumPy's out=, as the
 * analyses reuse their buffers): what it times is the arithmetic, not the page faults of 17 MB of
 * fresh memory per run, which cost Chromium more than the loop itself. The loop builds its list
 * anew each run, as the seed's does. After one untimed warm-up of each, every repeat times the
 * vectorised path, then the loop (two `now()` calls each); results are medians.
 * A generator, in steps of at most a few hundred ms on 1e6 values: it pauses once its inputs are
 * made, after each path's warm-up and before each repeat, where whoever drives it may run other
 * work (each timed section runs whole within one step), and returns the result.
 * @throws RangeError (at the first step) when n or repeats is not a valid count; Error if the two
 * paths disagree.
 */
export function* benchWhereVsLoop(
  n: number,
  { repeats = 3, ...options }: BenchOptions = {},
  now: () => number = () => performance.now(),
): Generator<void, BenchResult, void> {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(repeats) || repeats < 1) {
    throw new RangeError(`repeats must be a positive integer, got ${repeats}`);
  }
  const {
    cutoff = processMetricsDefaults.cutoff,
    above = processMetricsDefaults.above,
    below = processMetricsDefaults.below,
  } = options;
  const values = sampleValues(n);
  // Pushed, not Array.from: as packed a number[], in a third of Array.from's time on a typed array.
  const plain: number[] = [];
  for (const v of values) plain.push(v);
  yield;
  const loop = (): number[] => {
    const out: number[] = [];
    for (const v of plain) out.push(v > cutoff ? v * above : v * below);
    return out;
  };
  const outputs = processMetricsOutputs(n);
  const vectorised = processMetrics(values, options, outputs);
  yield;
  const looped = loop();
  yield;
  for (let i = 0; i < n; i++) {
    if (!Object.is(vectorised[i], looped[i]))
      throw new Error('processMetrics and the loop disagree');
  }
  const time = (run: () => unknown): number => {
    const start = now();
    run();
    return now() - start;
  };
  const vectorisedTimes = new Float64Array(repeats);
  const loopTimes = new Float64Array(repeats);
  for (let r = 0; r < repeats; r++) {
    yield;
    vectorisedTimes[r] = time(() => processMetrics(values, options, outputs));
    loopTimes[r] = time(loop);
  }
  const vectorisedMs = median(vectorisedTimes);
  const loopMs = median(loopTimes);
  return { n, vectorisedMs, loopMs, speedup: vectorisedMs > 0 ? loopMs / vectorisedMs : NaN };
}

/** n values in [0, 100) from a 32-bit LCG (Numerical Recipes constants), the same on every run. */
function sampleValues(n: number): Float64Array {
  const out = new Float64Array(n);
  let state = 12345;
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = (state / 2 ** 32) * 100;
  }
  return out;
}
