import type { NDArray } from '../../kernel';
import { peerRuns, peerScores, type PeerScores } from '../detectors/peerOutliers';
import { lastResult, sameParts } from '../lastResult';
import type { Farm } from '../fleet/buildFarm';
import type { FarmHeatmap } from './farmHeatmap';

/**
 * Hosts a peer comparison needs: with two, each is exactly as far from their median as the other
 * (|robust z| is 1/1.4826 = 0.67 for both at every step), so neither can stand apart.
 */
export const MIN_PEERS = 3;

/** Runs listed, the largest |peak| first. */
export const LISTED_PEER_RUNS = 10;

/** One run of steps during which a host stayed unlike its peers, as the panel lists it. */
export interface FarmPeerRun {
  readonly host: string;
  /**
   * Where the run starts and where it ends (the end of its last step), in the heatmap's x units:
   * epoch ms on a timed farm (FarmView.time), else step indices.
   */
  readonly from: number;
  readonly to: number;
  /** The largest smoothed robust z in the run, signed: > 0 above the fleet. */
  readonly peak: number;
  readonly direction: 'above' | 'below';
  /** (value - fleet median) / |fleet median| at the peak; NaN when the median is 0. */
  readonly relative: number;
}

/** Heatmap cells of one row, columns fromColumn..toColumn - 1, that hold a flagged step. */
export interface PeerMark {
  readonly row: number;
  readonly fromColumn: number;
  readonly toColumn: number;
}

/** The Server farm panel's peer outliers on its drawn metric. */
export interface FarmPeers {
  /** The window used (the one asked for, capped at the farm's steps) and the threshold, in σ. */
  readonly window: number;
  readonly threshold: number;
  /** The LISTED_PEER_RUNS runs with the largest |peak|, largest first. */
  readonly runs: FarmPeerRun[];
  /** Runs in all, and the hosts with at least one. */
  readonly count: number;
  readonly hosts: number;
  /** Every run's cells on the heatmap, merged along each row, rows top to bottom. */
  readonly marks: PeerMark[];
}

/** Options of farmPeers: peerOutliers' smoothing window (steps) and threshold (σ). */
export interface FarmPeersOptions {
  readonly window: number;
  readonly threshold: number;
}

/** Each of n items' group, the groups given by `starts` (k + 1 ascending boundaries from 0 to n). */
function groupOf(starts: Uint32Array, n: number): Uint32Array {
  const group = new Uint32Array(n);
  for (let g = 0; g + 1 < starts.length; g++) group.fill(g, starts[g], starts[g + 1]);
  return group;
}

/** The heatmap cells holding each run's steps, merged into one mark per stretch of a row. */
function peerMarks(
  runs: readonly { host: number; start: number; end: number }[],
  heatmap: FarmHeatmap,
  order: ArrayLike<number>,
): PeerMark[] {
  const { rows, columns, rowStart, colStart } = heatmap;
  const rowAtRank = groupOf(rowStart, order.length);
  const rowOf = new Uint32Array(order.length);
  for (let k = 0; k < order.length; k++) rowOf[order[k]] = rowAtRank[k];
  const columnOf = groupOf(colStart, colStart[columns]);
  const flagged = new Uint8Array(rows * columns);
  for (const run of runs) {
    const base = rowOf[run.host] * columns;
    flagged.fill(1, base + columnOf[run.start], base + columnOf[run.end] + 1);
  }
  const marks: PeerMark[] = [];
  for (let r = 0; r < rows; r++) {
    let c = 0;
    while (c < columns) {
      if (!flagged[r * columns + c]) {
        c++;
        continue;
      }
      const fromColumn = c;
      while (c < columns && flagged[r * columns + c]) c++;
      marks.push({ row: r, fromColumn, toColumn: c });
    }
  }
  return marks;
}

/** One metric's [hosts x steps] lane of a farm, and its peerScores. */
interface ScoredLane {
  readonly lane: NDArray;
  readonly scores: PeerScores;
}

/**
 * The last peer comparison's scores, for the same farm, metric and window: the CPU and memory
 * sliders, resizes and threshold moves reuse them.
 */
const lastScores = lastResult<[Farm, number, number], ScoredLane>(sameParts);

/** Metric `metric`'s lane of `farm`, scored over `window` steps. */
function scoreLane(farm: Farm, metric: number, window: number): ScoredLane {
  const [hosts, steps, metrics] = farm.farm.shape;
  const data = new Float64Array(hosts * steps);
  for (let i = 0; i < data.length; i++) data[i] = farm.farm.data[i * metrics + metric];
  const lane = { data, shape: [hosts, steps] };
  return { lane, scores: peerScores(lane, window) };
}

/**
 * peerOutliers() (peerScores, then peerRuns) of metric `metric` over every host and step of
 * `farm` (not the heatmap's block means, which would average a short run away): the largest runs
 * with host names and times, and every run's cells on `heatmap`, whose rows take the hosts in
 * `order` (FarmView's ranking).
 * Null when the farm has fewer than MIN_PEERS hosts. O(steps · hosts log hosts).
 */
export function farmPeers(
  farm: Farm,
  metric: number,
  heatmap: FarmHeatmap,
  order: ArrayLike<number>,
  options: FarmPeersOptions,
): FarmPeers | null {
  if (farm.hosts.length < MIN_PEERS) return null;
  const { lane, scores } = lastScores.get([farm, metric, options.window], () =>
    scoreLane(farm, metric, options.window),
  );
  const outliers = peerRuns(lane, scores, options.threshold);
  const grid = farm.grid;
  const at = (step: number) => (grid ? grid.startMs + step * grid.stepMs : step);
  const runs = outliers.slice(0, LISTED_PEER_RUNS).map((o) => ({
    host: farm.hosts[o.host],
    from: at(o.start),
    to: at(o.end + 1),
    peak: o.peak,
    direction: o.direction,
    relative: o.relative,
  }));
  return {
    window: scores.window,
    threshold: options.threshold,
    runs,
    count: outliers.length,
    hosts: new Set(outliers.map((o) => o.host)).size,
    marks: peerMarks(outliers, heatmap, order),
  };
}
