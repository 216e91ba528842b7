import type { NDArray } from '../../kernel';

/** A [rows x columns] grid of block means over a [servers, steps, metrics] farm, ready to draw. */
export interface FarmHeatmap {
  readonly rows: number;
  readonly columns: number;
  /** Row-major block means: values[r * columns + c]; NaN where a block has no samples. */
  readonly values: Float64Array;
  /** Servers in row r: order[rowStart[r] .. rowStart[r + 1]) (rowStart has rows + 1 entries). */
  readonly rowStart: Uint32Array;
  /** Steps in column c: colStart[c] .. colStart[c + 1] (colStart has columns + 1 entries). */
  readonly colStart: Uint32Array;
  /** Smallest and largest block mean (NaN when there are none), for the colour scale. */
  readonly min: number;
  readonly max: number;
}

/**
 * The rows and columns of farmHeatmap's blocks for a farm of `servers` x `steps` asked for at most
 * maxRows x maxColumns: each the smaller of the two, floored, and at least 1.
 */
export function heatmapShape(
  servers: number,
  steps: number,
  maxRows: number,
  maxColumns: number,
): { rows: number; columns: number } {
  return {
    rows: Math.max(1, Math.min(servers, Math.floor(maxRows))),
    columns: Math.max(1, Math.min(steps, Math.floor(maxColumns))),
  };
}

/** Splits n items into k nearly equal contiguous groups: k + 1 boundaries from 0 to n. */
function boundaries(n: number, k: number): Uint32Array {
  return Uint32Array.from({ length: k + 1 }, (_, i) => Math.floor((i * n) / k));
}

/**
 * Block means of one metric of `farm` ([servers, steps, metrics], C order) with servers taken in
 * `order` (e.g. worst first) and grouped into at most `maxRows` rows, and steps into at most
 * `maxColumns` columns, so a 1000 x 1440 farm draws as a few thousand cells, not 1.4M.
 * NumPy: farm[order][:, :, metric] reshaped into blocks and np.nanmean over each block. O(S*T).
 * @throws RangeError when the farm is not 3-D, metric is out of range or order is not a permutation length.
 */
export function farmHeatmap(
  farm: NDArray,
  metric: number,
  order: ArrayLike<number>,
  maxRows: number,
  maxColumns: number,
): FarmHeatmap {
  if (farm.shape.length !== 3) throw new RangeError('farm must be [servers, steps, metrics]');
  const [servers, steps, metrics] = farm.shape;
  if (!(metric >= 0 && metric < metrics)) throw new RangeError(`metric ${metric} out of range`);
  if (order.length !== servers) throw new RangeError('order must list every server once');
  const { rows, columns } = heatmapShape(servers, steps, maxRows, maxColumns);
  const rowStart = boundaries(servers, rows);
  const colStart = boundaries(steps, columns);
  const sums = new Float64Array(rows * columns);
  const counts = new Float64Array(rows * columns);
  const data = farm.data;
  for (let r = 0; r < rows; r++) {
    for (let k = rowStart[r]; k < rowStart[r + 1]; k++) {
      const base = order[k] * steps * metrics + metric;
      for (let c = 0; c < columns; c++) {
        let s = 0;
        let m = 0;
        for (let t = colStart[c]; t < colStart[c + 1]; t++) {
          const v = data[base + t * metrics];
          if (v === v) {
            s += v;
            m++;
          }
        }
        sums[r * columns + c] += s;
        counts[r * columns + c] += m;
      }
    }
  }
  let min = NaN;
  let max = NaN;
  for (let i = 0; i < sums.length; i++) {
    sums[i] = counts[i] > 0 ? sums[i] / counts[i] : NaN;
    const v = sums[i];
    if (v === v) {
      if (!(v >= min)) min = v;
      if (!(v <= max)) max = v;
    }
  }
  return { rows, columns, values: sums, rowStart, colStart, min, max };
}
