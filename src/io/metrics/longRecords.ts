/**
 * Samples of a long (tidy) layout, one per (time, host, metric) cell read, in file order: the
 * column store pivotRecords turns into series and the farm array. Host and metric names are
 * interned to indices in order of first appearance.
 */
export interface LongRecords {
  readonly hostNames: string[];
  readonly metricNames: string[];
  /** Base unit per metric, '' until a cell with a unit is read (see readCell). */
  readonly units: string[];
  readonly timeMs: number[];
  readonly host: number[];
  readonly metric: number[];
  readonly value: number[];
  /** The index of host `name`, added on first sight. */
  hostOf(name: string): number;
  /** The index of metric `name`, added on first sight. */
  metricOf(name: string): number;
  push(timeMs: number, host: number, metric: number, value: number): void;
}

function interner(names: string[], onAdd: () => void = () => {}): (name: string) => number {
  const index = new Map<string, number>();
  return (name) => {
    let i = index.get(name);
    if (i === undefined) {
      i = names.length;
      index.set(name, i);
      names.push(name);
      onAdd();
    }
    return i;
  };
}

/** An empty LongRecords. */
export function longRecords(): LongRecords {
  const hostNames: string[] = [];
  const metricNames: string[] = [];
  const units: string[] = [];
  const timeMs: number[] = [];
  const host: number[] = [];
  const metric: number[] = [];
  const value: number[] = [];
  return {
    hostNames,
    metricNames,
    units,
    timeMs,
    host,
    metric,
    value,
    hostOf: interner(hostNames),
    metricOf: interner(metricNames, () => units.push('')),
    push(t, h, m, v) {
      timeMs.push(t);
      host.push(h);
      metric.push(m);
      value.push(v);
    },
  };
}
