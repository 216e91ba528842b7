import { longRecords } from '../metrics/longRecords';
import { type Pivoted, pivotRecords } from '../metrics/pivotRecords';
import { formatSeriesName } from '../../model/formatSeriesName';

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

/**
 * An empty LabelledSeries. finish() makes every series one dataset series: its metric is
 * `__name__` ('' when it has none), its labels every other label with a value, its name all of
 * them in Prometheus's notation (see formatSeriesName). Series repeated across instances stay
 * apart (a fleet's aggregates are built later, from the labels). The series share the union of
 * their timestamps, NaN where a series has no sample.
 */
export function labelledSeries(): LabelledSeries {
  const records = longRecords();
  let samples = 0;

  return {
    seriesOf(labels) {
      const kept = new Map([...labels].filter(([, value]) => value !== ''));
      const name = formatSeriesName(kept);
      return records.seriesOf(name, () => {
        const { __name__: metric = '', ...rest } = Object.fromEntries(kept);
        return { name, metric, labels: rest };
      });
    },

    push(series, time, value) {
      records.push(time, series, value);
      samples++;
    },

    get samples() {
      return samples;
    },

    finish(msPerUnit) {
      if (msPerUnit !== null) {
        const { timeMs } = records;
        for (let i = 0; i < timeMs.length; i++) timeMs[i] = Math.round(timeMs[i] * msPerUnit);
      }
      return pivotRecords(records, { hasTime: msPerUnit !== null, grid: false });
    },
  };
}
