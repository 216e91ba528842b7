/** One row of the kernel table: an op at one size, with NumPy's time when it ran. */
export interface KernelRow {
  op: string;
  n: number;
  ms: number;
  numpyMs: number | null;
  /** Our ms / NumPy ms: > 1 means the kernel is slower. Null without a NumPy time. */
  ratio: number | null;
  relError: number | null;
  counted: boolean;
}

export interface KernelSummary {
  /** Geometric mean of the counted ratios at the given sizes, and at each size on its own. */
  geomean: number | null;
  geomeanBySize: Record<string, number>;
  worst: { op: string; n: number; ratio: number } | null;
  /** The sizes the summary covers (the largest two measured, as the targets are stated). */
  sizes: number[];
}

/** exp(mean(log r)): the geometric mean, NaN for no values. */
export function geometricMean(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  return Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);
}

/**
 * The geometric mean and the worst ratio over the counted rows at `sizes`, plus the geometric mean
 * at each size measured.
 * @example summarise(rows, [1e6, 1e7]).worst // { op: 'std', n: 1e7, ratio: 1.4 }
 */
export function summarise(rows: readonly KernelRow[], sizes: readonly number[]): KernelSummary {
  const ratioRows = rows.filter(
    (r): r is KernelRow & { ratio: number } => r.counted && r.ratio !== null,
  );
  const geomeanBySize: Record<string, number> = {};
  for (const n of new Set(ratioRows.map((r) => r.n))) {
    geomeanBySize[String(n)] = geometricMean(
      ratioRows.filter((r) => r.n === n).map((r) => r.ratio),
    );
  }
  const inScope = ratioRows.filter((r) => sizes.includes(r.n));
  let worst: KernelSummary['worst'] = null;
  for (const r of inScope) if (worst === null || r.ratio > worst.ratio) worst = r;
  return {
    geomean: inScope.length > 0 ? geometricMean(inScope.map((r) => r.ratio)) : null,
    geomeanBySize,
    worst: worst && { op: worst.op, n: worst.n, ratio: worst.ratio },
    sizes: [...sizes],
  };
}
