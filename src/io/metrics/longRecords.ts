/** What identifies a series: its name (unique in a dataset), its metric and its labels. */
export interface SeriesKey {
  name: string;
  metric: string;
  labels: Readonly<Record<string, string>>;
}

/**
 * Samples of a long (tidy) source, one per (time, series) cell read, in file order: the column
 * store pivotRecords turns into series. Series are interned to indices in order of first
 * appearance.
 */
export interface LongRecords {
  /** Each series' name, metric and labels, by index. */
  readonly keys: SeriesKey[];
  /** Base unit per series, '' until a cell with a unit is read (see readCell). */
  readonly units: string[];
  readonly timeMs: number[];
  readonly series: number[];
  readonly value: number[];
  /**
   * The index of the series a reader knows as `id` (any string that tells its series apart, such
   * as the cells naming it joined), added on first sight with the key `describe` gives. Two ids
   * whose keys have the same name are the same series.
   */
  seriesOf(id: string, describe: () => SeriesKey): number;
  push(timeMs: number, series: number, value: number): void;
}

/** An empty LongRecords. */
export function longRecords(): LongRecords {
  const keys: SeriesKey[] = [];
  const units: string[] = [];
  const timeMs: number[] = [];
  const series: number[] = [];
  const value: number[] = [];
  const byId = new Map<string, number>();
  const byName = new Map<string, number>();
  return {
    keys,
    units,
    timeMs,
    series,
    value,
    seriesOf(id, describe) {
      let i = byId.get(id);
      if (i !== undefined) return i;
      const key = describe();
      i = byName.get(key.name);
      if (i === undefined) {
        i = keys.length;
        byName.set(key.name, i);
        keys.push(key);
        units.push('');
      }
      byId.set(id, i);
      return i;
    },
    push(t, s, v) {
      timeMs.push(t);
      series.push(s);
      value.push(v);
    },
  };
}
