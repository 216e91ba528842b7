import type { Numeric } from '../kernel';

/** Equal-length columns restricted to the rows where no column is NaN, and how many rows went. */
export interface CompleteCases {
  readonly columns: Float64Array[];
  readonly dropped: number;
}

/**
 * Keeps the rows (indices) at which every column holds a number, dropping any row with a NaN.
 * NumPy: c[:, ~np.isnan(c).any(axis=0)] for the stacked columns c; R's complete.cases.
 * No columns or empty columns -> no rows, 0 dropped. Fresh arrays; the inputs are not touched.
 * @throws RangeError naming `label` when the columns differ in length.
 * @example completeCases([[1, NaN, 3], [4, 5, 6]]) // { columns: [[1, 3], [4, 6]], dropped: 1 }
 */
export function completeCases(columns: readonly Numeric[], label = 'columns'): CompleteCases {
  const n = columns.length > 0 ? columns[0].length : 0;
  if (columns.some((c) => c.length !== n)) {
    throw new RangeError(
      `${label} must all have the same length, got ${columns.map((c) => c.length).join(', ')}`,
    );
  }
  // Column by column: a row stays while no column has a NaN in it.
  const keep = new Uint8Array(n).fill(1);
  for (const c of columns) for (let i = 0; i < n; i++) if (Number.isNaN(c[i])) keep[i] = 0;
  let kept = 0;
  for (let i = 0; i < n; i++) kept += keep[i];
  const out = columns.map((c) => {
    // A typed array's constructor copies it in one memcpy, where Float64Array.from iterates.
    if (kept === n) return new Float64Array(c);
    const col = new Float64Array(kept);
    for (let i = 0, j = 0; i < n; i++) if (keep[i]) col[j++] = c[i];
    return col;
  });
  return { columns: out, dropped: n - kept };
}
