import { unitKind } from '../../model/unit';
import type { MetricSeries } from '../views/NamedSeries';
import { counterIncreases } from './counterIncreases';

/** The unit of a counter's rate: bytes per second for a byte counter, else per second. */
function rateUnit(unit: string): string {
  return unitKind(unit) === 'bytes' ? 'B/s' : '/s';
}

/**
 * A timed counter's per-second rate, as Prometheus's rate() over one step: each step's increase
 * (resets counted from zero, see counterIncreases) over the seconds since the sample before; the
 * first sample is NaN. Named `rate(<name>)`, metric `rate(<metric>)`, labelled `derived: 'rate'`
 * beside the counter's own labels.
 * @example counterRate(bytes_total on [0, 60 s], [0, 600]).values // [NaN, 10]
 */
export function counterRate(counter: MetricSeries & { timeMs: Float64Array }): MetricSeries {
  const increases = counterIncreases(counter.values);
  const { timeMs } = counter;
  const values = increases.map((v, i) =>
    i === 0 ? NaN : v / ((timeMs[i] - timeMs[i - 1]) / 1000),
  );
  return {
    name: `rate(${counter.name})`,
    metric: `rate(${counter.metric})`,
    labels: { ...counter.labels, derived: 'rate' },
    unit: rateUnit(counter.unit),
    values,
    timeMs,
  };
}
