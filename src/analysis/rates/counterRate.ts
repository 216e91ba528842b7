import { unitKind } from '../../model/unit';
import type { MetricSeries } from '../views/NamedSeries';
import { counterIncreases } from './counterIncreases';

/** The unit of a counter's rate: bytes per second for a byte counter, else per second. */
function rateUnit(unit: string): string {
  return unitKind(unit) === 'bytes' ? 'B/s' : '/s';
}

/**
 * A timed counter's per-second rate, as Prometheus's rate() over one step: each step's increase
 * (resets counted from zero, see counterIncreases) over the seconds since the sample before that
 * is not NaN (the increase after a gap spans the gap); the first sample, and NaN samples, are NaN.
 * Named `rate(<name>)`, metric `rate(<metric>)`, labelled `derived: 'rate'` beside the counter's
 * own labels.
 * @example counterRate(bytes_total on [0, 60 s], [0, 600]).values // [NaN, 10]
 */
export function counterRate(counter: MetricSeries & { timeMs: Float64Array }): MetricSeries {
  const increases = counterIncreases(counter.values);
  const { timeMs } = counter;
  const values = new Float64Array(increases.length).fill(NaN);
  let lastMs = NaN;
  for (let i = 0; i < values.length; i++) {
    if (counter.values[i] !== counter.values[i]) continue;
    values[i] = increases[i] / ((timeMs[i] - lastMs) / 1000);
    lastMs = timeMs[i];
  }
  return {
    name: `rate(${counter.name})`,
    metric: `rate(${counter.metric})`,
    labels: { ...counter.labels, derived: 'rate' },
    unit: rateUnit(counter.unit),
    values,
    timeMs,
  };
}
