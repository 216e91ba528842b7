import { describe, expect, it } from 'vitest';
import { peerOutliers } from '../../../src/analysis/detectors/peerOutliers';
import { farmHeatmap } from '../../../src/analysis/views/farmHeatmap';
import { farmPeers, LISTED_PEER_RUNS } from '../../../src/analysis/views/farmPeers';
import { ndarray } from '../../../src/kernel';
import {
  DEVIANT,
  DEVIANT_FROM,
  DEVIANT_TO,
  deviantFarm,
  SERVERS,
  START_MS,
  STEP_MS,
  STEPS,
} from './deviantFarm';

/** Servers worst first as the panel ranks them in the deviant farm: web-2, web-6, web-5, … */
const ORDER = [2, 6, 5, 7, 3, 4, 0, 1];

/** farmPeers of the deviant farm's cpu over a heatmap of rows x columns, window 5, threshold 3. */
function peersOf(rows: number, columns: number, farm = deviantFarm()) {
  const heatmap = farmHeatmap(farm.farm, 0, ORDER, rows, columns);
  return farmPeers(farm, 0, heatmap, ORDER, { window: 5, threshold: 3 })!;
}

describe('farmPeers', () => {
  it('answers a repeated question as a fresh run would, and a new threshold afresh', () => {
    const farm = deviantFarm();
    const heatmap = farmHeatmap(farm.farm, 0, ORDER, SERVERS, STEPS);
    const ask = (threshold: number, f = farm) =>
      farmPeers(f, 0, heatmap, ORDER, { window: 5, threshold })!;
    const first = ask(3);
    expect(ask(3)).toEqual(first);
    const strict = ask(50);
    expect(strict.count).toBe(0);
    expect(ask(3, deviantFarm())).toEqual(first);
  });

  it('gives after threshold and window moves on one farm, back to back, what a fresh farm gives', () => {
    const farm = deviantFarm();
    const heatmap = farmHeatmap(farm.farm, 0, ORDER, SERVERS, STEPS);
    const ask = (window: number, threshold: number, f = farm) =>
      farmPeers(f, 0, heatmap, ORDER, { window, threshold })!;
    const moves = [
      [5, 3],
      [5, 1.5],
      [2, 1.5],
      [2, 4],
      [5, 3],
    ] as const;
    const moved = moves.map(([window, threshold]) => ask(window, threshold));
    moves.forEach(([window, threshold], k) => {
      expect(moved[k]).toEqual(ask(window, threshold, deviantFarm()));
      expect(moved[k].window).toBe(window);
      expect(moved[k].threshold).toBe(threshold);
    });
    expect(moved[1].count).toBeGreaterThan(moved[0].count);
    // The window changes the runs: a cache keyed on the farm alone would not.
    expect(moved[2]).not.toEqual(moved[1]);
  });

  it('farmPeers(farm) lists the deviant server over its span, in epoch ms, and no other', () => {
    const peers = peersOf(SERVERS, STEPS);
    // The trailing 5-step window carries the run 4 steps past the deviation.
    expect(peers.runs).toEqual([
      expect.objectContaining({
        host: `web-${DEVIANT}`,
        from: START_MS + DEVIANT_FROM * STEP_MS,
        to: START_MS + (DEVIANT_TO + 5) * STEP_MS,
        direction: 'above',
      }),
    ]);
    const [run] = peers.runs;
    expect(run.peak).toBeGreaterThan(20);
    // 30 points over a fleet median near 40 (its wave swings ±10).
    expect(run.relative).toBeGreaterThan(0.5);
    expect(run.relative).toBeLessThan(1.5);
    expect(peers).toMatchObject({ window: 5, threshold: 3, count: 1, hosts: 1 });
  });

  it('farmPeers(untimed farm) gives the span in steps', () => {
    const [run] = peersOf(SERVERS, STEPS, deviantFarm({ timed: false })).runs;
    expect([run.from, run.to]).toEqual([DEVIANT_FROM, DEVIANT_TO + 5]);
  });

  it('farmPeers(farm) marks the run’s cells on the deviant server’s row, merged along it', () => {
    // Row 2: web-5 is third in ORDER.
    expect(peersOf(SERVERS, STEPS).marks).toEqual([
      { row: 2, fromColumn: DEVIANT_FROM, toColumn: DEVIANT_TO + 5 },
    ]);
  });

  it('farmPeers(farm) marks through the heatmap’s blocks: rows of 2 servers, columns of 10 steps', () => {
    // web-5 is in the second row (web-5, web-7); steps 40-73 are in columns 4-7.
    expect(peersOf(4, 12).marks).toEqual([{ row: 1, fromColumn: 4, toColumn: 8 }]);
  });

  it('farmPeers(farm) lists the largest LISTED_PEER_RUNS runs, with how many there are and on how many servers', () => {
    // 5 servers x 100 steps; server 4 is 100 apart at every other 10 steps: 5 runs per 100 steps.
    const steps = 500;
    const data = new Float64Array(5 * steps);
    for (let s = 0; s < 5; s++) {
      for (let t = 0; t < steps; t++) {
        data[s * steps + t] = 10 + s + (s === 4 && Math.floor(t / 10) % 2 === 1 ? 100 + t : 0);
      }
    }
    const farm = {
      ...deviantFarm(),
      farm: ndarray(data, [5, steps, 1]),
      hosts: ['a', 'b', 'c', 'd', 'e'],
      grid: null,
    };
    const order = [4, 3, 2, 1, 0];
    const heatmap = farmHeatmap(farm.farm, 0, order, 5, steps);
    const peers = farmPeers(farm, 0, heatmap, order, { window: 1, threshold: 3 })!;
    const all = peerOutliers({ data, shape: [5, steps] }, { window: 1, threshold: 3 }).outliers;
    expect(all.length).toBeGreaterThan(LISTED_PEER_RUNS);
    expect(peers.count).toBe(all.length);
    expect(peers.hosts).toBe(1);
    expect(peers.runs.map((r) => r.from)).toEqual(
      all.slice(0, LISTED_PEER_RUNS).map((o) => o.start),
    );
    expect(peers.marks).toHaveLength(all.length);
  });

  it.each([1, 2])(
    'farmPeers(farm of %i servers) is null: there are no peers to stand apart from',
    (n) => {
      const farm = deviantFarm();
      const two = {
        ...farm,
        farm: ndarray(farm.farm.data.slice(0, n * STEPS * 2), [n, STEPS, 2]),
        hosts: farm.hosts.slice(0, n),
      };
      const order = Array.from({ length: n }, (_, i) => i);
      const heatmap = farmHeatmap(two.farm, 0, order, n, STEPS);
      expect(farmPeers(two, 0, heatmap, order, { window: 5, threshold: 3 })).toBeNull();
    },
  );
});
