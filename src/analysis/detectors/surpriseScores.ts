/** A max-heap or min-heap of numbers in a growable array. */
class Heap {
  private readonly items: number[] = [];
  constructor(private readonly above: (a: number, b: number) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  peek(): number {
    return this.items[0];
  }
  push(v: number): void {
    const a = this.items;
    a.push(v);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.above(a[i], a[p])) break;
      const t = a[i];
      a[i] = a[p];
      a[p] = t;
      i = p;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.above(a[l], a[m])) m = l;
        if (r < a.length && this.above(a[r], a[m])) m = r;
        if (m === i) break;
        const t = a[i];
        a[i] = a[m];
        a[m] = t;
        i = m;
      }
    }
    return top;
  }
}

/**
 * The q-quantile (lower, NumPy's method='lower') of a growing multiset in O(log n) per insert: a
 * max-heap of the lowest floor(q·(n-1)) + 1 values and a min-heap of the rest.
 */
export function runningQuantile(q: number): {
  insert(v: number): void;
  value(): number;
  size(): number;
} {
  const low = new Heap((a, b) => a > b);
  const high = new Heap((a, b) => a < b);
  return {
    insert(v) {
      if (high.size > 0 && v >= high.peek()) high.push(v);
      else low.push(v);
      const want = Math.floor(q * (low.size + high.size - 1)) + 1;
      while (low.size > want) high.push(low.pop());
      while (low.size < want && high.size > 0) low.push(high.pop());
    },
    value: () => (low.size > 0 ? low.peek() : NaN),
    size: () => low.size + high.size,
  };
}

/** Options for {@link surpriseScores}. */
export interface SurpriseOptions {
  /** Quantile of the past |deviation| a deviation is measured against (default 0.995). */
  quantile?: number;
  /** Points of history before any score is given (default 50). */
  minHistory?: number;
  /**
   * Points after a score during which a score no higher is halved (default 150), so an anomaly is
   * reported where it starts rather than at every point it lasts. 0 turns this off.
   */
  suppress?: number;
}

/**
 * Scores in [0, 1) that measure each deviation against the series' own history, causally: with
 * e = |deviation[i]| / (the `quantile` of |deviation| over all earlier points), score = e / (1 + e),
 * so a deviation as large as the past 99.5th percentile scores 0.5 whatever the series' noise, and
 * one threshold fits many series. A score not above the highest of the previous `suppress` scores is
 * halved. Points without a deviation, or with under minHistory earlier ones, score NaN.
 * O(n log n) (running quantile) + O(n) (sliding maximum).
 */
export function surpriseScores(
  deviation: Float64Array,
  { quantile = 0.995, minHistory = 50, suppress = 150 }: SurpriseOptions = {},
): Float64Array {
  const n = deviation.length;
  const raw = new Float64Array(n).fill(NaN);
  const past = runningQuantile(quantile);
  for (let i = 0; i < n; i++) {
    const a = Math.abs(deviation[i]);
    if (Number.isNaN(a)) continue;
    if (past.size() >= minHistory) {
      const ref = past.value();
      const e = ref > 0 ? a / ref : a > 0 ? Infinity : 0;
      raw[i] = e === Infinity ? 1 : e / (1 + e);
    }
    past.insert(a);
  }
  return suppressRepeats(raw, suppress);
}

/**
 * Halves every score that is not above the highest of the previous `span` scores (NaN ignored), so
 * an anomaly is reported where it starts rather than at every point it lasts. Causal; O(n) with a
 * monotone deque for the sliding maximum. span 0 returns a copy.
 * @example suppressRepeats(Float64Array.of(0.2, 0.9, 0.5, 0.95), 2) // [0.2, 0.9, 0.25, 0.95]
 */
export function suppressRepeats(raw: Float64Array, span: number): Float64Array {
  const n = raw.length;
  const out = Float64Array.from(raw);
  if (span <= 0) return out;
  const deque = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) {
    while (head < tail && deque[head] < i - span) head++;
    if (head < tail && !(raw[i] > raw[deque[head]])) out[i] = raw[i] / 2;
    if (!Number.isNaN(raw[i])) {
      while (head < tail && raw[deque[tail - 1]] <= raw[i]) tail--;
      deque[tail++] = i;
    }
  }
  return out;
}
