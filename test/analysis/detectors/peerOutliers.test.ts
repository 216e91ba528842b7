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

  it('a farm in exact agreement has no outliers', () => {
    const same = peerOutliers({ data: new Float64Array(30).fill(4), shape: [3, 10] });
    expect(same.outliers).toEqual([]);
  });

  it('throws a RangeError for a farm that is not 2-D', () => {
    expect(() => peerOutliers({ data: new Float64Array(3), shape: [3] })).toThrow(RangeError);
  });
});
