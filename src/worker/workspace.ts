import type { FarmLayout } from '../analysis/analyzeServerHealth';
import { buildFarm, type Farm } from '../analysis/fleet/buildFarm';
import { farmLayout } from '../analysis/views/farmView';
import { fleetSeries } from '../analysis/fleet/fleetSeries';
import { defaultPicks, type DefaultPicks } from '../analysis/fleet/defaultPicks';
import { metricGroups, type MetricGroup } from '../analysis/fleet/metricGroups';
import type { SeriesInfo } from '../analysis/fleet/seriesInfo';
import type { MetricSeries } from '../analysis/views/NamedSeries';
import type { NamedDataset } from '../io/demoDatasets';
import { uniqueNames } from '../io/metrics/uniqueNames';
import { seriesName } from '../model/seriesName';
import { isCounterName, seriesUnit } from '../model/unit';
import { counterRate } from '../analysis/rates/counterRate';
import {
  CPU_BUSY_METRIC,
  MEMORY_USED_METRIC,
  NODE_CPU_SECONDS,
  nodeExporterPercents,
} from '../analysis/fleet/nodeExporterPercents';

/**
 * A series named as a counter (isCounterName: `_total`, `ifHCInOctets`, `bytes_recv`...) with a
 * time axis and at least 3 samples: one whose rate can be drawn. By name only: a gauge that happened
 * to grow all day (disk used) must stay itself.
 */
const isTimedCounter = (s: MetricSeries): s is MetricSeries & { timeMs: Float64Array } =>
  s.timeMs !== undefined && s.values.length >= 3 && isCounterName(s.metric);

/**
 * The data resident in the worker: every series by its unique name, and the server farm built from
 * them (or why there is none). Loaded once; analysis calls refer to series by name and send only
 * parameters across the boundary.
 */
export interface Workspace {
  readonly label: string;
  readonly series: ReadonlyMap<string, MetricSeries>;
  readonly farm: Farm | { readonly reason: string };
  /** The farm's CPU and memory metrics and score scales (farmLayout), computed once per load. */
  readonly farmLayout: FarmLayout | null;
}

/** What the page needs to know about the resident data, without the data itself. */
export interface Catalogue {
  readonly label: string;
  /** Every series: name, metric, labels, unit, length, whether timed, how many values are NaN. */
  readonly series: SeriesInfo[];
  /** The farm's shape and metrics, or why the data has no farm. */
  readonly farm:
    | { servers: number; steps: number; metrics: { key: string; unit: string }[] }
    | { reason: string };
  /** Series of one metric that share their label names (see metricGroups), for the Overview. */
  readonly groups: MetricGroup[];
  /** The series each panel opens on (see defaultPicks). */
  readonly picks: DefaultPicks;
}

/** A source's name without its extension, to tell series of several sources apart. */
const stem = (name: string) => name.replace(/\.[a-z0-9]+$/i, '');

/** Every group's names in order, those that occur in two groups prefixed "<source>: name". */
function prefixRepeated(groups: readonly { source: string; names: readonly string[] }[]): string[] {
  const counts = new Map<string, number>();
  for (const { names } of groups) {
    for (const name of new Set(names)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return groups.flatMap(({ source, names }) =>
    names.map((name) => (counts.get(name)! > 1 ? `${stem(source)}: ${name}` : name)),
  );
}

/** The identities (metric and labels) that occur in more than one source. */
function repeatedIdentities(sources: readonly NamedDataset[]): Set<string> {
  const seen = new Map<string, string>();
  const repeated = new Set<string>();
  for (const { name, dataset } of sources) {
    for (const s of dataset.series) {
      const identity = seriesName(s.metric, s.labels);
      const first = seen.get(identity);
      if (first !== undefined && first !== name) repeated.add(identity);
      seen.set(identity, first ?? name);
    }
  }
  return repeated;
}

const hosts = (n: number) => `${n.toLocaleString('en')} host${n === 1 ? '' : 's'}`;

/** What was derived from node_exporter's series, as a note; none when nothing was. */
function nodeExporterNote(cpuHosts: number, memoryHosts: number): string[] {
  const parts = [
    ...(cpuHosts > 0 ? [`CPU busy % (${CPU_BUSY_METRIC}) for ${hosts(cpuHosts)}`] : []),
    ...(memoryHosts > 0 ? [`memory used % (${MEMORY_USED_METRIC}) for ${hosts(memoryHosts)}`] : []),
  ];
  return parts.length === 0 ? [] : [`Derived from node_exporter's series: ${parts.join(', ')}.`];
}

/**
 * Data sets laid out as one workspace: every source's series, each on its source's time axis
 * (timeMs undefined for untimed sources), its unit as given or as its metric's name implies
 * (seriesUnit); named as in its source, or "<source without extension>: name" where two sources
 * have a series of that name (then made unique, see uniqueNames); a series whose metric and
 * labels another source also has gets the label `file` (its source's name without extension), so
 * the two stay apart and the farm shows them as "<file>: <host>". Then the farm of all of them
 * (buildFarm) and, for each farm metric, its fleet mean, max and p95 as extra series. A timed
 * counter (isTimedCounter) also gets its per-second rate as an extra series (counterRate), and the farm
 * takes the rate in its place. node_exporter's series also give each host's CPU busy % and memory
 * used % (nodeExporterPercents), the farm's first metrics; where any host's CPU busy % is derived,
 * the farm leaves out the node_cpu_seconds_total rates (one per core and mode; they stay series).
 * The notes say what telling sources apart and the node_exporter derivation did.
 */
export function buildWorkspace(
  sources: readonly NamedDataset[],
  label: string,
): { workspace: Workspace; notes: string[] } {
  const names = uniqueNames(
    prefixRepeated(
      sources.map(({ name, dataset }) => ({
        source: name,
        names: dataset.series.map((s) => s.name),
      })),
    ),
  );
  const repeated = repeatedIdentities(sources);
  const resident: MetricSeries[] = [];
  let k = 0;
  for (const { name: source, dataset } of sources) {
    const timeMs = dataset.timeMs ?? undefined;
    for (const s of dataset.series) {
      const labels = repeated.has(seriesName(s.metric, s.labels))
        ? { ...s.labels, file: stem(source) }
        : s.labels;
      const unit = seriesUnit(s.unit, s.metric);
      resident.push({ name: names[k++], metric: s.metric, labels, unit, values: s.values, timeMs });
    }
  }
  // Counters are compared as rates: a cumulative count says how long a host has run, not its load.
  const counters = resident.filter(isTimedCounter);
  const rates = counters.map(counterRate);
  const percents = nodeExporterPercents(resident);
  // One CPU % per host says what the cores x modes rates say, without flooding the farm's metrics.
  const farmRates =
    percents.cpu.length === 0
      ? rates
      : rates.filter((s) => s.metric !== `rate(${NODE_CPU_SECONDS})`);
  const derived = [...percents.cpu, ...percents.memory];
  const farm = buildFarm([...derived, ...resident.filter((s) => !isTimedCounter(s)), ...farmRates]);
  const fleet = 'reason' in farm ? [] : fleetSeries(farm);
  const taken = new Set(resident.map((s) => s.name));
  const all = [...resident, ...[...rates, ...derived, ...fleet].filter((s) => !taken.has(s.name))];
  const notes = [
    ...(repeated.size === 0
      ? []
      : [
          `${repeated.size} series appear in more than one source: each keeps its own, labelled with its file's name.`,
        ]),
    ...nodeExporterNote(percents.cpu.length, percents.memory.length),
  ];
  const workspace = {
    label,
    series: new Map(all.map((s) => [s.name, s])),
    farm,
    farmLayout: 'reason' in farm ? null : farmLayout(farm),
  };
  return { workspace, notes };
}

/** How many values of x are NaN. */
function countNaN(x: Float64Array): number {
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== x[i]) n++;
  return n;
}

/** The catalogue of a workspace: names, labels, units, lengths and shapes only. */
export function catalogue(workspace: Workspace): Catalogue {
  const series = [...workspace.series.values()].map((s) => ({
    name: s.name,
    metric: s.metric,
    labels: s.labels,
    unit: s.unit,
    length: s.values.length,
    timed: s.timeMs !== undefined,
    missing: countNaN(s.values),
  }));
  const { farm } = workspace;
  return {
    label: workspace.label,
    series,
    farm:
      'reason' in farm
        ? { reason: farm.reason }
        : {
            servers: farm.farm.shape[0],
            steps: farm.farm.shape[1],
            metrics: farm.metrics.map(({ key, unit }) => ({ key, unit })),
          },
    groups: metricGroups(series),
    picks: defaultPicks(series),
  };
}

/** Every ArrayBuffer the workspace holds: these must never be transferred out (it would detach them). */
export function residentBuffers(workspace: Workspace): Set<ArrayBufferLike> {
  const buffers = new Set<ArrayBufferLike>();
  for (const s of workspace.series.values()) {
    buffers.add(s.values.buffer);
    if (s.timeMs) buffers.add(s.timeMs.buffer);
  }
  if (!('reason' in workspace.farm)) {
    buffers.add(workspace.farm.farm.data.buffer);
    if (workspace.farm.timeMs) buffers.add(workspace.farm.timeMs.buffer);
  }
  return buffers;
}
