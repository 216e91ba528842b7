import { longRecords } from '../metrics/longRecords';
import { type Pivoted, pivotRecords } from '../metrics/pivotRecords';
import { formatSeriesName } from './formatSeriesName';

/** The label that names the server a series was scraped from: the farm's host axis. */
const INSTANCE = 'instance';
/** The host of series without an instance label, in a farm. */
const NO_INSTANCE = '(none)';

/** Samples of Prometheus series, each series identified by its labels, in file order. */
export interface LabelledSeries {
  /**
   * The index of the series with `labels` (`__name__` included), added on first sight. Labels
   * with an empty value are ignored: to Prometheus `a=""` and no `a` are the same series.
   */
  seriesOf(labels: ReadonlyMap<string, string>): number;
  /** Adds a sample; `time` in the file's own unit (NaN when the file has no timestamps). */
  push(series: number, time: number, value: number): void;
  /** Samples pushed so far. */
  readonly samples: number;
  /**
   * Pivots the samples (see labelledSeries); `msPerUnit` turns times into epoch milliseconds
   * (1000 for seconds, rounded to the millisecond), null when the samples have no time.
   */
  finish(msPerUnit: number | null): Pivoted;
}

interface Identity {
  /** The name with every label, instance included. */
  full: string;
  /** The name without the instance label. */
  metric: string;
  instance: string | null;
}

/**
 * An empty LabelledSeries. finish() makes a farm when some metric (a series name without its
 * instance label) comes from two or more instances: the instances become the hosts (series with
 * no instance label go to host '(none)') and the metrics the farm's metrics, pivoted onto a common
 * grid by pivotRecords, with one series per metric that is its mean across instances. Otherwise
 * every series is one dataset series, named with all its labels (see formatSeriesName), on the
 * union of the timestamps, NaN where a series has no sample.
 */
export function labelledSeries(): LabelledSeries {
  const index = new Map<string, number>();
  const identities: Identity[] = [];
  const seriesAt: number[] = [];
  const times: number[] = [];
  const values: number[] = [];

  return {
    seriesOf(labels) {
      const kept = new Map([...labels].filter(([, value]) => value !== ''));
      const full = formatSeriesName(kept);
      let i = index.get(full);
      if (i === undefined) {
        i = identities.length;
        index.set(full, i);
        const instance = kept.get(INSTANCE) ?? null;
        identities.push({ full, metric: formatSeriesName(kept, INSTANCE), instance });
      }
      return i;
    },

    push(series, time, value) {
      seriesAt.push(series);
      times.push(time);
      values.push(value);
    },

    get samples() {
      return values.length;
    },

    finish(msPerUnit) {
      const instancesOf = new Map<string, Set<string>>();
      for (const { metric, instance } of identities) {
        if (instance === null) continue;
        const set = instancesOf.get(metric) ?? new Set();
        instancesOf.set(metric, set.add(instance));
      }
      const farm = [...instancesOf.values()].some((set) => set.size >= 2);
      const records = longRecords();
      const hosts = identities.map((s) => (farm ? records.hostOf(s.instance ?? NO_INSTANCE) : 0));
      const metrics = identities.map((s) => records.metricOf(farm ? s.metric : s.full));
      for (let i = 0; i < values.length; i++) {
        const t = msPerUnit === null ? NaN : Math.round(times[i] * msPerUnit);
        records.push(t, hosts[seriesAt[i]], metrics[seriesAt[i]], values[i]);
      }
      return pivotRecords(records, { hasTime: msPerUnit !== null, farm });
    },
  };
}
