import {
  argsort,
  convolve,
  corrcoef,
  max,
  mean,
  min,
  movingMean,
  movingStd,
  ndarray,
  percentile,
  polyfit,
  std,
  sum,
  where,
  greater,
  keepWithin,
  multiply,
} from '../../src/kernel';

/** One timed kernel operation on the first n samples of the bench data. */
export interface KernelOp {
  /** Our kernel's computation; its result is compared with NumPy's. */
  run: (n: number) => number | ArrayLike<number>;
  /**
   * Whether the op counts towards the geometric mean and worst ratio (the op set), or is
   * an extra row: the window rows that show time does not grow with w (JS only, no NumPy run).
   */
  counted: boolean;
}

/** The SLA panel's latency levels: five quantiles of one series. */
export const PERCENTILE_LEVELS = [50, 90, 95, 99, 99.9];

/** Servers and metrics of the farm-shaped view of the data: [1000, n / 4000, 4]. */
export const FARM_SERVERS = 1000;
export const FARM_METRICS = 4;

/**
 * The kernel side of the benchmark, by op name (the names scripts/bench_numpy.py uses), over the
 * bench series x (values) and t (epoch seconds). Smaller sizes use prefixes of the same arrays, as
 * NumPy does.
 */
export function kernelOps(x: Float64Array, t: Float64Array): Record<string, KernelOp> {
  const head = (n: number) => x.subarray(0, n);
  const box10 = new Float64Array(10).fill(1 / 10);
  // Outputs for the ops that return arrays, allocated once, outside the timed calls (out=, as the
  // analyses reuse buffers across slider moves). NumPy allocates each result; its allocator hands
  // large arrays huge pages, which a typed array cannot ask for (see the note under the table).
  const mask = new Uint8Array(x.length);
  const up = new Float64Array(x.length);
  const down = new Float64Array(x.length);
  const outOf = (n: number) => up.subarray(0, n);
  const counted = (run: KernelOp['run']): KernelOp => ({ run, counted: true });
  const extra = (run: KernelOp['run']): KernelOp => ({ run, counted: false });
  return {
    sum: counted((n) => sum(head(n))),
    mean: counted((n) => mean(head(n))),
    std: counted((n) => std(head(n))),
    min: counted((n) => min(head(n))),
    max: counted((n) => max(head(n))),
    'percentile x5': counted((n) => percentile(head(n), PERCENTILE_LEVELS)),
    'where(x > 50, x*1.1, x*0.9)': counted((n) => {
      const [xs, cond, a, b] = [
        head(n),
        mask.subarray(0, n),
        up.subarray(0, n),
        down.subarray(0, n),
      ];
      return where(greater(xs, 50, cond), multiply(xs, 1.1, a), multiply(xs, 0.9, b), b);
    }),
    'convolve w=10 valid': counted((n) => convolve(head(n), box10, 'valid', outOf(n - 9))),
    'movingMean w=60': counted((n) => movingMean(head(n), 60, outOf(n - 59))),
    'movingStd w=60': counted((n) => movingStd(head(n), 60, 0, outOf(n - 59))),
    'polyfit deg 1': counted((n) => polyfit(t.subarray(0, n), head(n), 1)),
    argsort: counted((n) => argsort(head(n))),
    // 8 series of n/8 each (consecutive slices of x), so every op reads n values.
    'corrcoef 8 x n/8': counted((n) =>
      corrcoef(Array.from({ length: 8 }, (_, k) => x.subarray((k * n) / 8, ((k + 1) * n) / 8))),
    ),
    'farm mean axis 1': counted(
      (n) =>
        mean(ndarray(head(n), [FARM_SERVERS, n / (FARM_SERVERS * FARM_METRICS), FARM_METRICS]), 1)
          .data,
    ),
    'IQR filter': counted((n) => {
      const xs = head(n);
      const [q1, q3] = percentile(xs, [25, 75]);
      return keepWithin(xs, q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1), outOf(n));
    }),
    'convolve w=10 valid, fresh output': extra((n) => convolve(head(n), box10, 'valid')),
    'movingMean w=10': extra((n) => movingMean(head(n), 10, outOf(n - 9))),
    'movingMean w=600': extra((n) => movingMean(head(n), 600, outOf(n - 599))),
    'movingStd w=10': extra((n) => movingStd(head(n), 10, 0, outOf(n - 9))),
    'movingStd w=600': extra((n) => movingStd(head(n), 600, 0, outOf(n - 599))),
  };
}
