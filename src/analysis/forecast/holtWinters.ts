import type { Numeric } from '../../kernel';
import { studentTQuantile } from '../studentTQuantile';
import type { Forecast } from './Forecast';

/** Smoothing parameters of additive Holt-Winters, each in [0, 1]. */
export interface HoltWintersParams {
  /** Level. */
  readonly alpha: number;
  /** Trend (the smoothing form's β*: b = β*(l - l₋₁) + (1 - β*) b₋₁). */
  readonly beta: number;
  /** Season. */
  readonly gamma: number;
  /** Trend damping φ in (0, 1] (1, the default: Holt-Winters' undamped trend). */
  readonly phi?: number;
}

/** The fitted model: final components, one-step errors and what the forecast needs. */
export interface HoltWintersFit extends HoltWintersParams {
  /** Season length in samples (1: Holt's linear trend, no season). */
  readonly period: number;
  readonly level: number;
  readonly trend: number;
  /** The last `period` seasonal terms, oldest first (season of step T - period + 1 .. T). */
  readonly season: Float64Array;
  /** One-step-ahead forecasts for every index (NaN for the first `period` values, the start-up). */
  readonly fitted: Float64Array;
  /** Sum of squared one-step errors over the fitted part. */
  readonly sse: number;
  /** Number of one-step errors in sse. */
  readonly errors: number;
}

/**
 * Additive Holt-Winters (Holt 1957, Winters 1960) with fixed parameters, in the smoothing form
 * (with Gardner & McKenzie's damping φ; φ = 1 is the classical model):
 *   l[t] = α(y[t] - s[t-m]) + (1 - α)(l[t-1] + φ b[t-1])
 *   b[t] = β(l[t] - l[t-1]) + (1 - β) φ b[t-1]
 *   s[t] = γ(y[t] - l[t]) + (1 - γ) s[t-m]
 * started, as in Hyndman & Athanasopoulos' classical start, from l = mean of the first season,
 * b = (mean of the second season - mean of the first) / m, s = first season - l (m = 1: l = y[0],
 * b = y[1] - y[0], no season). A NaN value is replaced by its one-step forecast (the model coasts).
 * Needs 2·m values (2 for m = 1). O(n).
 * @example holtWintersFit([1, 2, 3, 4], 1, { alpha: 0.5, beta: 0.5, gamma: 0 }).level // 4
 */
export function holtWintersFit(
  values: Numeric,
  period: number,
  { alpha, beta, gamma, phi = 1 }: HoltWintersParams,
): HoltWintersFit {
  const n = values.length;
  const m = period;
  if (!Number.isInteger(m) || m < 1)
    throw new RangeError(`period must be a positive integer, got ${m}`);
  if (n < 2 * m || n < 2)
    throw new RangeError(`values needs at least ${Math.max(2, 2 * m)} points, got ${n}`);
  const fitted = new Float64Array(n).fill(NaN);
  const season = new Float64Array(m);
  let level: number;
  let trend: number;
  let start: number;
  if (m === 1) {
    level = values[0];
    trend = values[1] - values[0];
    start = 1;
  } else {
    let first = 0;
    let second = 0;
    for (let i = 0; i < m; i++) {
      first += values[i] / m;
      second += values[i + m] / m;
    }
    level = first;
    trend = (second - first) / m;
    for (let i = 0; i < m; i++) season[i] = values[i] - first;
    start = m;
  }
  let sse = 0;
  let errors = 0;
  for (let t = start; t < n; t++) {
    const s = m === 1 ? 0 : season[t % m];
    const forecast = level + phi * trend + s;
    fitted[t] = forecast;
    const y = Number.isNaN(values[t]) ? forecast : values[t];
    if (!Number.isNaN(values[t])) {
      sse += (y - forecast) ** 2;
      errors++;
    }
    const prevLevel = level;
    level = alpha * (y - s) + (1 - alpha) * (level + phi * trend);
    trend = beta * (level - prevLevel) + (1 - beta) * phi * trend;
    if (m > 1) season[t % m] = gamma * (y - level) + (1 - gamma) * s;
  }
  // Re-order the seasonal terms so season[0] belongs to step n - m.
  const ordered = Float64Array.from({ length: m }, (_, k) =>
    m === 1 ? 0 : season[(n - m + k) % m],
  );
  return { alpha, beta, gamma, phi, period: m, level, trend, season: ordered, fitted, sse, errors };
}

/**
 * Parameters minimising the one-step SSE: a coarse grid over α, β, γ and φ ∈ {0.8, 0.9, 0.98, 1},
 * then a local search over α, β, γ with steps 0.05 down to 0.00625 at the best φ.
 */
export function fitHoltWintersParams(values: Numeric, period: number): HoltWintersParams {
  const grid = [0.01, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9];
  const gammas = period > 1 ? grid : [0];
  let best: HoltWintersParams = { alpha: 0.5, beta: 0.1, gamma: period > 1 ? 0.1 : 0, phi: 1 };
  let bestSse = Infinity;
  const tryParams = (p: HoltWintersParams) => {
    const sse = holtWintersFit(values, period, p).sse;
    if (sse < bestSse) {
      bestSse = sse;
      best = p;
    }
  };
  for (const phi of [0.8, 0.9, 0.98, 1]) {
    for (const alpha of grid) {
      for (const beta of grid) for (const gamma of gammas) tryParams({ alpha, beta, gamma, phi });
    }
  }
  for (let step = 0.05; step >= 0.005; step /= 2) {
    const around = best;
    for (const da of [-step, 0, step]) {
      for (const db of [-step, 0, step]) {
        for (const dg of period > 1 ? [-step, 0, step] : [0]) {
          const p = {
            alpha: Math.min(1, Math.max(0, around.alpha + da)),
            beta: Math.min(1, Math.max(0, around.beta + db)),
            gamma: Math.min(1, Math.max(0, around.gamma + dg)),
            phi: around.phi,
          };
          tryParams(p);
        }
      }
    }
  }
  return best;
}

/** Options for {@link holtWinters}. */
export interface HoltWintersOptions {
  /** Smoothing parameters; fitted by least squares of the one-step errors when not given. */
  params?: HoltWintersParams;
  /** Coverage of the prediction interval (default 0.95). */
  confidence?: number;
}

/**
 * Additive Holt-Winters forecast `horizon` steps ahead: ŷ[T + h] = l + (φ + … + φ^h)·b + s[T + h - m·k],
 * with the prediction interval of the equivalent ETS(A,Ad,A) model (Hyndman et al. 2008, class 1):
 * σ² [1 + Σ_{j<h} (α + αβ·φ_j + γ(1 - α)·[j mod m = 0])²] with φ_j = φ + … + φ^j (= j undamped),
 * σ² the one-step error variance over
 * n - 3 degrees of freedom, times Student's t. The parameters are fitted (fitHoltWintersParams)
 * unless given. period 1 gives Holt's linear trend.
 */
export function holtWinters(
  values: Numeric,
  horizon: number,
  period: number,
  { params, confidence = 0.95 }: HoltWintersOptions = {},
): Forecast & { readonly fit: HoltWintersFit } {
  if (!Number.isInteger(horizon) || horizon < 1) {
    throw new RangeError(`horizon must be a positive integer, got ${horizon}`);
  }
  const fit = holtWintersFit(values, period, params ?? fitHoltWintersParams(values, period));
  const { alpha, beta, gamma, level, trend, season } = fit;
  const phi = fit.phi ?? 1;
  const dof = Math.max(1, fit.errors - 3);
  const sigma = Math.sqrt(fit.sse / dof);
  const t = studentTQuantile(0.5 + confidence / 2, dof);
  const m = period;
  const mean = new Float64Array(horizon);
  const lower = new Float64Array(horizon);
  const upper = new Float64Array(horizon);
  let sum = 0;
  let damped = 0;
  let power = 1;
  for (let h = 1; h <= horizon; h++) {
    const s = m === 1 ? 0 : season[(h - 1) % m];
    const dampedBefore = damped;
    power *= phi;
    damped += power;
    mean[h - 1] = level + damped * trend + s;
    if (h > 1) {
      const j = h - 1;
      const c =
        alpha + alpha * beta * dampedBefore + (m > 1 && j % m === 0 ? gamma * (1 - alpha) : 0);
      sum += c * c;
    }
    const half = t * sigma * Math.sqrt(1 + sum);
    lower[h - 1] = mean[h - 1] - half;
    upper[h - 1] = mean[h - 1] + half;
  }
  return { method: 'holtWinters', mean, lower, upper, confidence, fit };
}
