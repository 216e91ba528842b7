import { describe, expect, it } from 'vitest';
import { peerOutliers } from '../../../src/analysis/detectors/peerOutliers';
import { random } from '../../../src/io/random';

/** 20 hosts x 300 steps of CPU around a shared daily-ish wave; host 7 runs 30 % hot for steps 120-159. */
function farm() {
  const hosts = 20;
  const steps = 300;
  const r = random(11, 'farm');
  const data = new Float64Array(hosts * steps);
  for (let h = 0; h < hosts; h++) {
    for (let t = 0; t < steps; t++) {
      const fleet = 50 + 20 * Math.sin(t / 30);
      data[h * steps + t] =
        fleet + r.normal(0, 2) + (h === 7 && t >= 120 && t < 160 ? 0.3 * fleet : 0);
    }
  }
  return { data, shape: [hosts, steps] };
}

describe('peerOutliers', () => {
  const names = Array.from({ length: 20 }, (_, h) => `web-${h}`);
  const result = peerOutliers(farm(), { names });

  it('lists the one deviant host, when and by how much', () => {
    expect(result.outliers.map((o) => o.host)).toEqual([7]);
    const [o] = result.outliers;
    expect(o.direction).toBe('above');
    expect(o.start).toBeGreaterThanOrEqual(120);
    expect(o.start).toBeLessThanOrEqual(124);
    expect(o.end).toBeGreaterThanOrEqual(158);
    expect(o.end).toBeLessThanOrEqual(163);
    expect(o.relative).toBeGreaterThan(0.2);
    expect(o.relative).toBeLessThan(0.45);
    expect(o.words).toMatch(/^web-7 is \d+\.\dσ above its peers \(\+\d+ % over the fleet median\)/);
  });

  it('follows the fleet: the shared wave is nobody’s outlier', () => {
    expect(Math.abs(result.fleetMedian[47] - (50 + 20 * Math.sin(47 / 30)))).toBeLessThan(2);
  });

  it('gives z and score as [hosts x steps]', () => {
    expect(result.z.shape).toEqual([20, 300]);
    expect(result.score.data[7 * 300 + 140]).toBeGreaterThan(0.5);
    expect(result.score.data[3 * 300 + 140]).toBeLessThan(0.5);
  });

  /** 10 hosts x 20 steps: host h at 100 + h - 4.5 (median 100, σ 1.4826 · 2.5), host 9 + extra. */
  function spread(extra: (t: number) => number) {
    const data = new Float64Array(10 * 20);
    for (let h = 0; h < 10; h++) {
      for (let t = 0; t < 20; t++) data[h * 20 + t] = 100 + h - 4.5 + (h === 9 ? extra(t) : 0);
    }
    return { data, shape: [10, 20] };
  }

  it('holds the first steps to a full window’s bar: one step apart at step 0 is no outlier', () => {
    // Host 9's raw z at step 0 is 19.5 / 3.7 = 5.3: over the one step so far it would be flagged.
    const result = peerOutliers(spread((t) => (t === 0 ? 15 : 0)));
    expect(result.z.data[9 * 20]).toBeCloseTo(19.5 / (1.4826 * 2.5) / Math.sqrt(5), 3);
    expect(result.outliers).toEqual([]);
  });

  it('flags a host apart from the start from its first step', () => {
    const result = peerOutliers(spread(() => 100));
    expect(result.outliers.map((o) => [o.host, o.start, o.end])).toEqual([[9, 0, 19]]);
  });

  it('gives the window used: the one asked for, capped at the steps', () => {
    expect(peerOutliers(spread(() => 0)).window).toBe(5);
    expect(
      peerOutliers(
        spread(() => 0),
        { window: 50 },
      ).window,
    ).toBe(20);
  });

  it('a farm in exact agreement has no outliers', () => {
    const same = peerOutliers({ data: new Float64Array(30).fill(4), shape: [3, 10] });
    expect(same.outliers).toEqual([]);
  });

  it('throws a RangeError for a farm that is not 2-D', () => {
    expect(() => peerOutliers({ data: new Float64Array(3), shape: [3] })).toThrow(RangeError);
  });
});
