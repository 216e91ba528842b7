import { acf, median, diff, type Numeric } from '../../kernel';

const HOUR_MS = 3_600_000;
/** The seasons worth looking for in infrastructure metrics, in ms: an hour, a day, a week. */
export const PLAUSIBLE_PERIODS_MS = [HOUR_MS, 24 * HOUR_MS, 7 * 24 * HOUR_MS] as const;

/** Options for {@link detectPeriod}. */
export interface PeriodOptions {
  /** Median ms between samples; when given, only an hour, a day and a week (±10 %) are tried. */
  stepMs?: number;
  /** Autocorrelation a period must reach to count (default 0.3). */
  minStrength?: number;
  /** How far a peak must rise above the lowest autocorrelation at shorter lags (default 0.2). */
  minProminence?: number;
  /** Whole cycles the series must hold for a period to be tried (default 2). */
  minCycles?: number;
}

/** A detected season. */
export interface DetectedPeriod {
  /** The period in samples, or null when none is strong enough. */
  readonly period: number | null;
  /** The autocorrelation at that lag (of the linearly detrended series). */
  readonly strength: number;
}

/** x minus its least-squares line, NaN left as NaN. */
function detrend(x: Numeric): Float64Array {
  const n = x.length;
  let sx = 0;
  let sy = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(x[i])) continue;
    sx += i;
    sy += x[i];
    k++;
  }
  const mx = sx / k;
  const my = sy / k;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(x[i])) continue;
    sxy += (i - mx) * (x[i] - my);
    sxx += (i - mx) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = x[i] - my - slope * (i - mx);
  return out;
}

/**
 * Lags in [lo, hi] that are local maxima of r and rise at least `prominence` above the lowest r at
 * any shorter lag (a slowly decaying autocorrelation has bumps, not seasons), best first.
 */
function peaks(r: Float64Array, lo: number, hi: number, prominence: number): number[] {
  const out: number[] = [];
  let lowest = Infinity;
  for (let k = 1; k < lo && k < r.length; k++) lowest = Math.min(lowest, r[k]);
  for (let k = Math.max(lo, 2); k <= Math.min(hi, r.length - 2); k++) {
    lowest = Math.min(lowest, r[k]);
    if (r[k] >= r[k - 1] && r[k] >= r[k + 1] && r[k] - lowest >= prominence) out.push(k);
  }
  return out.sort((a, b) => r[b] - r[a]);
}

/**
 * The season of a series by autocorrelation (acf, O(n log n)) of the linearly detrended values.
 * With stepMs, the candidates are an hour, a day and a week in samples (±10 %, at least minCycles
 * cycles in the series), and the strongest autocorrelation peak among them wins, a shorter one
 * preferred when within 0.1 of a longer one (a daily pattern repeats weekly too). Without stepMs,
 * every lag from 2 to n / minCycles is tried and the shortest peak within 90 % of the highest wins.
 * A peak must reach minStrength and rise minProminence above every shorter lag; none -> null.
 * @example detectPeriod(Float64Array.from({ length: 400 }, (_, i) => Math.sin(i / 4))).period // 25
 */
export function detectPeriod(
  values: Numeric,
  { stepMs, minStrength = 0.3, minCycles = 2, minProminence = 0.2 }: PeriodOptions = {},
): DetectedPeriod {
  const n = values.length;
  const maxLag = Math.floor(n / minCycles);
  if (maxLag < 4) return { period: null, strength: NaN };
  const r = acf(detrend(values), Math.min(maxLag + 1, n - 1));
  const candidates: number[] = [];
  if (stepMs !== undefined && stepMs > 0) {
    for (const p of PLAUSIBLE_PERIODS_MS) {
      const lag = p / stepMs;
      if (lag < 2 || lag > maxLag) continue;
      const best = peaks(r, Math.floor(lag * 0.9), Math.ceil(lag * 1.1), minProminence)[0];
      if (best === undefined) continue;
      // Noise moves a peak by a sample or two; the calendar's own lag wins when about as strong.
      const exact = Math.round(lag);
      candidates.push(exact <= maxLag && r[exact] >= r[best] - 0.05 ? exact : best);
    }
    let chosen: number | null = null;
    for (const lag of candidates) {
      if (r[lag] < minStrength) continue;
      if (chosen === null || r[lag] > r[chosen] + 0.1) chosen = lag;
    }
    return { period: chosen, strength: chosen === null ? NaN : r[chosen] };
  }
  const all = peaks(r, 2, maxLag, minProminence);
  if (all.length === 0 || r[all[0]] < minStrength) return { period: null, strength: NaN };
  const top = r[all[0]];
  const period = Math.min(...all.filter((k) => r[k] >= 0.9 * top));
  return { period, strength: r[period] };
}

/** The median step of a time axis in ms, or undefined without one (or with fewer than 2 points). */
export function medianStepMs(timeMs: ArrayLike<number> | undefined): number | undefined {
  if (!timeMs || timeMs.length < 2) return undefined;
  return median(diff(timeMs));
}
