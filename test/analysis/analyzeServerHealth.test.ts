import { describe, expect, it } from 'vitest';
import { analyzeServerHealth } from '../../src/analysis/analyzeServerHealth';
import { ndarray } from '../../src/kernel';
import { core } from '../helpers/analysisCore';
import { expectNumpyClose } from '../helpers/fixtures';

const want = core.server_health;
const farm = ndarray(Float64Array.from(want.farm.flat(2)), want.shape);

describe('analyzeServerHealth', () => {
  it('analyzeServerHealth(farm) gives np.mean(farm, axis=1) as a [servers, 3] NDArray', () => {
    const got = analyzeServerHealth(farm, want.names);
    expect(got.means.shape).toEqual([6, 3]);
    expectNumpyClose(got.means.data, want.server_means);
  });

  it('analyzeServerHealth(farm) scores each server by np.mean(server_means, axis=1)', () => {
    expectNumpyClose(analyzeServerHealth(farm, want.names).score, want.score);
  });

  it('analyzeServerHealth(farm) flags servers over cpuHigh 75 and memHigh 85 like NumPy', () => {
    const got = analyzeServerHealth(farm, want.names);
    expect(got.highCpu.map((s) => s.index)).toEqual(want.high_cpu);
    expect(got.highMemory.map((s) => s.index)).toEqual(want.high_mem);
    expect(got.highCpu[0]).toEqual({ index: 1, name: 'srv-01', value: got.means.data[3] });
    expect(got.highMemory[0].value).toBe(got.means.data[2 * 3 + 1]);
  });

  it('analyzeServerHealth(farm) ranks worst (highest score) first, as np.argsort(-score, kind="stable")', () => {
    const got = analyzeServerHealth(farm, want.names);
    expect(got.ranking.map((s) => s.index)).toEqual(want.ranking);
    expect(got.ranking[0].name).toBe(want.names[want.ranking[0]]);
    expect(got.ranking[0].value).toBe(got.score[want.ranking[0]]);
  });

  it('analyzeServerHealth(farm, names, options) moves the alert lines', () => {
    const got = analyzeServerHealth(farm, want.names, { cpuHigh: 0, memHigh: 1000 });
    expect(got.highCpu).toHaveLength(6);
    expect(got.highMemory).toEqual([]);
  });

  it('analyzeServerHealth(farm) skips missing hours, keeps ties in server order, ranks NaN last', () => {
    // Server a: cpu 10 & 20 (one NaN hour), memory 30, disk 0 -> means [15, 30, 0], score 15.
    // Server b has no samples at all; server c ties with a.
    const a = [10, 30, 0, NaN, 30, 0, 20, 30, 0];
    const b = Array(9).fill(NaN);
    const c = [15, 30, 0, 15, 30, 0, 15, 30, 0];
    const data = Float64Array.from([...a, ...b, ...c]);
    const got = analyzeServerHealth(ndarray(data, [3, 3, 3]), ['a', 'b', 'c']);
    expect(Array.from(got.means.data.subarray(0, 3))).toEqual([15, 30, 0]);
    expect(got.score[1]).toBeNaN();
    expect(got.ranking.map((s) => s.name)).toEqual(['a', 'c', 'b']);
  });

  it('analyzeServerHealth throws a RangeError naming farm for a wrong shape', () => {
    expect(() => analyzeServerHealth(ndarray(new Float64Array(12), [2, 3, 2]), ['a', 'b'])).toThrow(
      /farm/,
    );
    expect(() => analyzeServerHealth(ndarray(new Float64Array(6), [2, 3]), ['a', 'b'])).toThrow(
      RangeError,
    );
  });

  it('analyzeServerHealth throws a RangeError naming names when their count differs', () => {
    expect(() => analyzeServerHealth(farm, ['only-one'])).toThrow(RangeError);
    expect(() => analyzeServerHealth(farm, ['only-one'])).toThrow(/names/);
  });

  it('analyzeServerHealth(farm) leaves farm untouched', () => {
    const copy = Float64Array.from(farm.data);
    analyzeServerHealth(farm, want.names);
    expect(farm.data).toEqual(copy);
  });
});
