import { isCounterName, unitKind } from '../../model/unit';
import type { MetricSeries } from '../views/NamedSeries';
import { counterIncreases } from './counterIncreases';
import { looksLikeCounter } from './looksLikeCounter';

/** How a series' values were turned into amounts per step. */
export type AmountRule = 'counter' | 'rate' | 'amount';

/**
 * How to read a series as amounts per step: 'counter' when its metric is named as a counter
 * (isCounterName) or its values only grow (looksLikeCounter); 'rate' when its unit is per second
 * (B/s, bit/s, req/s); else 'amount' (each value is what happened in its step, as in the seed).
 */
export function amountRule(series: Pick<MetricSeries, 'metric' | 'unit' | 'values'>): AmountRule {
  if (isCounterName(series.metric)) return 'counter';
  const kind = unitKind(series.unit);
  if (kind === 'bytesPerSecond' || kind === 'bitsPerSecond' || kind === 'rate') return 'rate';
  return looksLikeCounter(series.values) ? 'counter' : 'amount';
}

/**
 * The amount in each step of `values` on `timeMs` read by `rule`: a counter's increases
 * (counterIncreases, resets handled as Prometheus's rate() does), a per-second rate times the
 * seconds since the previous sample (the first sample uses the step after it), or the values as
 * they are; every amount times `scale` (1/8 turns bits into bytes). NaN stays NaN.
 * @example amountPerStep([0, 60, 180], [0, 60000, 120000], 'counter') // [NaN, 60, 120]
 */
export function amountPerStep(
  values: Float64Array,
  timeMs: ArrayLike<number> | null,
  rule: AmountRule,
  scale = 1,
): Float64Array {
  if (rule === 'counter') return counterIncreases(values).map((v) => v * scale);
  if (rule === 'amount' || timeMs === null) return values.map((v) => v * scale);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const dtMs = i > 0 ? timeMs[i] - timeMs[i - 1] : timeMs[1] - timeMs[0];
    out[i] = values[i] * (dtMs / 1000) * scale;
  }
  return out;
}
