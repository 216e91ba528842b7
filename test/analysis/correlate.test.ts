import { describe, expect, it } from 'vitest';
import { correlate } from '../../src/analysis/correlate';
import raw from '../fixtures/analysis_exercises.json';
import { decode, expectNumpyClose } from '../helpers/fixtures';

const fx = decode(raw.correlation) as unknown as {
  names: string[];
  rows: number[][];
  dropped: number;
  matrix: number[][];
};

const metrics = Object.fromEntries(fx.names.map((name, i) => [name, fx.rows[i]]));

describe('correlate', () => {
  it('correlate(cpu, memory, latency, errors with NaN) matches np.corrcoef over complete rows', () => {
    const result = correlate(metrics);
    expect(result.names).toEqual(fx.names);
    expect(result.dropped).toBe(fx.dropped);
    expect(result.n).toBe(fx.rows[0].length - fx.dropped);
    expectNumpyClose(result.matrix, fx.matrix);
  });

  it('correlate(metrics) ranks every pair once by |r|, cpu-latency first', () => {
    const { pairs } = correlate(metrics);
    expect(pairs.map((p) => `${p.a}-${p.b}`)).toEqual([
      'cpu-latency',
      'latency-errors',
      'cpu-errors',
      'cpu-memory',
      'memory-latency',
      'memory-errors',
    ]);
    expectNumpyClose(pairs[0].r, fx.matrix[0][2]);
    expectNumpyClose(pairs[3].r, fx.matrix[0][1]);
  });

  it('correlate({ cpu: [1, 2, 3], latency: [2, 4, 7] }) gives np.corrcoef r = 0.9933992677987828', () => {
    const result = correlate({ cpu: [1, 2, 3], latency: [2, 4, 7] });
    expectNumpyClose(result.matrix, [1, 0.9933992677987828, 0.9933992677987828, 1]);
    expect(result.pairs).toHaveLength(1);
    expect(result.pairs[0].a).toBe('cpu');
    expectNumpyClose(result.pairs[0].r, 0.9933992677987828);
  });

  it('correlate(metrics with a constant one) gives its pairs NaN r and ranks them last', () => {
    const result = correlate({ flat: [5, 5, 5, 5], up: [1, 2, 3, 4], down: [4, 3, 2, 0] });
    expect(result.pairs.map((p) => `${p.a}-${p.b}`).slice(0, 1)).toEqual(['up-down']);
    expect(result.pairs[1].r).toBeNaN();
    expect(result.pairs[2].r).toBeNaN();
  });

  it('correlate({ cpu }) of one metric has a 1x1 matrix [1] and no pairs, as np.corrcoef', () => {
    const result = correlate({ cpu: [1, 5, 2] });
    expect(Array.from(result.matrix)).toEqual([1]);
    expect(result.pairs).toEqual([]);
  });

  it('correlate throws a RangeError naming metrics when their lengths differ', () => {
    expect(() => correlate({ cpu: [1, 2, 3], latency: [1, 2] })).toThrow(RangeError);
    expect(() => correlate({ cpu: [1, 2, 3], latency: [1, 2] })).toThrow(/metrics/);
  });

  it('correlate(metrics) does not modify its inputs', () => {
    const cpu = Float64Array.of(1, NaN, 3, 4);
    const latency = [2, 3, NaN, 9];
    correlate({ cpu, latency });
    expect(Array.from(cpu)).toEqual([1, NaN, 3, 4]);
    expect(latency).toEqual([2, 3, NaN, 9]);
  });
});
