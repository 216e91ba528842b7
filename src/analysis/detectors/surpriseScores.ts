import { float64Out } from '../../kernel';

/** A binary min-heap of numbers in a Float64Array of `capacity` slots (or 1024), doubled when full. */
class MinHeap {
  private items: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.items = new Float64Array(capacity > 1024 ? capacity : 1024);
  }
  peek(): number {
    return this.items[0];
  }
  push(v: number): void {
    if (this.size === this.items.length) {
      const grown = new Float64Array(2 * this.size);
      grown.set(this.items);
      this.items = grown;
    }
    const a = this.items;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!(v < a[p])) break;
      a[i] = a[p];
      i = p;
    }
    a[i] = v;
  }
  pop(): number {
    const a = this.items;
    const top = a[0];
    const n = --this.size;
    const last = a[n];
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const m = l + 1 < n && a[l + 1] < a[l] ? l + 1 : l;
      if (!(a[m] < last)) break;
      a[i] = a[m];
      i = m;
    }
    a[i] = last;
    return top;
  }
}

/**
 * The q-quantile (lower, NumPy's method='lower') of a growing multiset in O(log n) per insert: a
 * max-heap (a min-heap of negated values) of the lowest floor(q·(n-1)) + 1 values and a min-heap
 * of the rest. `expected`, the number of inserts when known, sizes the heaps up front (they grow
 * past it if need be) instead of by repeated doubling.
 */
export function runningQuantile(
  q: number,
  expected = 0,
): {
  insert(v: number): void;
  value(): number;
  size(): number;
} {
  const low = new MinHeap(expected);
  const high = new MinHeap(Math.ceil((1 - q) * expected) + 1);
  return {
    insert(v) {
      if (high.size > 0 && v >= high.peek()) high.push(v);
      else low.push(-v);
      const want = Math.floor(q * (low.size + high.size - 1)) + 1;
      while (low.size > want) high.push(-low.pop());
      while (low.size < want && high.size > 0) low.push(-high.pop());
    },
    value: () => (low.size > 0 ? -low.peek() : NaN),
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
 * O(n log n) (running quantile) + O(n) (sliding maximum). Writes into `out` when given.
 * @throws RangeError when out's length differs from deviation's.
 */
export function surpriseScores(
  deviation: Float64Array,
  { quantile = 0.995, minHistory = 50, suppress = 150 }: SurpriseOptions = {},
  out?: Float64Array,
): Float64Array {
  const n = deviation.length;
  const raw = float64Out(out, n).fill(NaN);
  const past = runningQuantile(quantile, n);
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
  return suppressRepeats(raw, suppress, raw);
}

/**
 * Halves every score that is not above the highest of the previous `span` scores (NaN ignored), so
 * an anomaly is reported where it starts rather than at every point it lasts. Causal; O(n) with a
 * monotone deque for the sliding maximum. span 0 copies. Writes into `out` when given (it may be
 * raw itself), else into a fresh array.
 * @throws RangeError when out's length differs from raw's.
 * @example suppressRepeats(Float64Array.of(0.2, 0.9, 0.5, 0.95), 2) // [0.2, 0.9, 0.25, 0.95]
 */
export function suppressRepeats(raw: Float64Array, span: number, out?: Float64Array): Float64Array {
  const n = raw.length;
  const scores = float64Out(out, n);
  if (span <= 0) {
    if (scores !== raw) scores.set(raw);
    return scores;
  }
  // The deque holds at most span + 1 points, [i - span, i]: a ring of their indices and scores
  // (the scores kept because `scores` may be raw, overwritten as it goes).
  const ring = 2 ** Math.ceil(Math.log2(Math.min(span, n) + 1));
  const mask = ring - 1;
  const at = new Int32Array(ring);
  const top = new Float64Array(ring);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) {
    const v = raw[i];
    while (head < tail && at[head & mask] < i - span) head++;
    scores[i] = head < tail && !(v > top[head & mask]) ? v / 2 : v;
    if (!Number.isNaN(v)) {
      while (head < tail && top[(tail - 1) & mask] <= v) tail--;
      at[tail & mask] = i;
      top[tail & mask] = v;
      tail++;
    }
  }
  return scores;
}
