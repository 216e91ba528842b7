import { describe, expect, it } from 'vitest';
import { random } from '../../src/io/random';

/** Mean and (population) variance of n draws. */
function moments(n: number, draw: () => number): { mean: number; variance: number } {
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    sum += x;
    sumSq += x * x;
  }
  const mean = sum / n;
  return { mean, variance: sumSq / n - mean * mean };
}

function draws(seed: number, stream: string, count: number): number[] {
  const rng = random(seed, stream);
  return Array.from({ length: count }, () => rng.uniform());
}

describe('random(seed, stream)', () => {
  it('gives the same sequence for the same seed and stream', () => {
    expect(draws(7, 'a', 100)).toEqual(draws(7, 'a', 100));
  });

  it('gives different sequences for different seeds or streams', () => {
    expect(draws(7, 'a', 5)).not.toEqual(draws(8, 'a', 5));
    expect(draws(7, 'a', 5)).not.toEqual(draws(7, 'b', 5));
  });

  it('keeps pinned values, so a change of generator or seeding is noticed', () => {
    const rng = random(42, 'golden');
    expect([rng.uniform(), rng.uniform(), rng.normal(0, 1), rng.normal(0, 1)]).toEqual([
      0.32701652373088164, 0.2486992965728686, 0.4465073422342094, -0.8517427209993332,
    ]);
    expect(rng.exponential(1)).toBe(2.380350205673618);
    expect(rng.integer(10)).toBe(9);
  });

  it('decorrelates nearby seeds: first uniforms of seeds 0..999 look independent', () => {
    const first = Array.from({ length: 1000 }, (_, seed) => random(seed, 's').uniform());
    const mean = first.reduce((a, b) => a + b) / first.length;
    // Uniform sd is 1/sqrt(12); allow 4 standard errors.
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 / Math.sqrt(12) / Math.sqrt(1000));
    let lag = 0;
    let sq = 0;
    for (let i = 0; i < first.length; i++) {
      sq += (first[i] - mean) ** 2;
      if (i > 0) lag += (first[i] - mean) * (first[i - 1] - mean);
    }
    expect(Math.abs(lag / sq)).toBeLessThan(4 / Math.sqrt(1000));
  });

  it.each([1.5, NaN, Infinity, 2 ** 53])(
    'throws a RangeError naming the seed for seed %s',
    (seed) => {
      expect(() => random(seed, 's')).toThrow(/seed/);
      expect(() => random(seed, 's')).toThrow(RangeError);
    },
  );
});

describe('Random draws', () => {
  const n = 100_000;

  it('uniform() stays in [0, 1) with mean 1/2 and variance 1/12', () => {
    const rng = random(1, 'uniform');
    let outside = 0;
    const m = moments(n, () => {
      const u = rng.uniform();
      if (u < 0 || u >= 1) outside++;
      return u;
    });
    expect(outside).toBe(0);
    expect(m.mean).toBeCloseTo(0.5, 2);
    expect(m.variance).toBeCloseTo(1 / 12, 3);
  });

  it('normal(mean, sd) has that mean and sd within 4 standard errors', () => {
    const rng = random(2, 'normal');
    const m = moments(n, () => rng.normal(10, 3));
    expect(Math.abs(m.mean - 10)).toBeLessThan((4 * 3) / Math.sqrt(n));
    // The variance of a normal sample variance is 2 sd^4 / n.
    expect(Math.abs(m.variance - 9)).toBeLessThan(4 * 9 * Math.sqrt(2 / n));
  });

  it('normal(0, 1) puts 95.45 % of draws within 2 sd, as a normal does', () => {
    const rng = random(3, 'normal');
    let inside = 0;
    for (let i = 0; i < n; i++) if (Math.abs(rng.normal(0, 1)) < 2) inside++;
    expect(Math.abs(inside / n - 0.9545)).toBeLessThan(4 * Math.sqrt((0.9545 * 0.0455) / n));
  });

  it('exponential(scale) is non-negative with mean and sd equal to scale', () => {
    const rng = random(4, 'exponential');
    let negative = 0;
    const m = moments(n, () => {
      const x = rng.exponential(2);
      if (x < 0) negative++;
      return x;
    });
    expect(negative).toBe(0);
    expect(Math.abs(m.mean - 2)).toBeLessThan((4 * 2) / Math.sqrt(n));
    expect(Math.sqrt(m.variance)).toBeCloseTo(2, 1);
  });

  it('integer(n) hits every value in [0, n) about equally often', () => {
    const rng = random(5, 'integer');
    const counts = new Array(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[rng.integer(6)]++;
    expect(counts.reduce((a, b) => a + b)).toBe(60_000);
    // Binomial(60000, 1/6): sd ~ 91; allow 4 of them.
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(4 * 91.3);
  });

  it('sample(n, k) returns k distinct integers in [0, n)', () => {
    const picks = random(6, 'sample').sample(50, 20);
    expect(picks).toBeInstanceOf(Uint32Array);
    expect(new Set(picks).size).toBe(20);
    for (const i of picks) expect(i).toBeLessThan(50);
  });

  it('sample(n, n) is a permutation of 0..n-1, not the identity', () => {
    const picks = random(7, 'sample').sample(100, 100);
    expect([...picks].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect([...picks]).not.toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('sample(n, k) costs O(k): three indices out of 2^31 come back at once', () => {
    const picks = random(8, 'sample').sample(2 ** 31, 3);
    expect(new Set(picks).size).toBe(3);
  });

  it.each([-1, 11, 2.5])('sample(10, %s) throws a RangeError naming k', (k) => {
    expect(() => random(9, 'sample').sample(10, k)).toThrow(/k must be/);
    expect(() => random(9, 'sample').sample(10, k)).toThrow(RangeError);
  });
});
