import { describe, expect, it } from 'vitest';
import { chiSquarePValue, tTestPValue } from '../../src/analysis/pValues';

// References: scipy.stats.chi2.sf(x, dof) and 2 * scipy.stats.t.sf(abs(t), dof), SciPy 1.10.1.
// Compared by ratio: expectNumpyClose's 1e-12 absolute floor would accept 0 for the tiny ones.
describe('chiSquarePValue', () => {
  it.each([
    [3.84, 1, 0.05004352124870519],
    [20, 10, 0.029252688076961124],
    [0.5, 3, 0.9188914116546758],
    [320.445235270858, 9, 1.1929478757536865e-63],
    [1000, 4, 3.5694127797773694e-215],
  ])('chiSquarePValue(%s, %s) is scipy.stats.chi2.sf = %s', (statistic, dof, p) => {
    expect(chiSquarePValue(statistic, dof) / p).toBeCloseTo(1, 9);
  });

  it('chiSquarePValue(0, dof) is 1 and chiSquarePValue(Infinity, dof) is 0', () => {
    expect(chiSquarePValue(0, 3)).toBe(1);
    expect(chiSquarePValue(Infinity, 3)).toBe(0);
  });

  it.each([
    [1, 0],
    [1, -1],
    [NaN, 2],
    [2, NaN],
    [-1, 2],
  ])('chiSquarePValue(%s, %s) is NaN', (statistic, dof) => {
    expect(chiSquarePValue(statistic, dof)).toBeNaN();
  });
});

describe('tTestPValue', () => {
  it.each([
    [2, 10, 0.07338803477074039],
    [-2, 10, 0.07338803477074039],
    [0.5, 3, 0.651447964848151],
    [14.037800632094077, 54, 1.1610929093044855e-19],
    [40, 100, 2.4621076021400736e-63],
  ])('tTestPValue(%s, %s) is 2 * scipy.stats.t.sf(|t|) = %s', (t, dof, p) => {
    expect(tTestPValue(t, dof) / p).toBeCloseTo(1, 9);
  });

  it('tTestPValue(0, dof) is 1 and tTestPValue(+-Infinity, dof) is 0', () => {
    expect(tTestPValue(0, 5)).toBe(1);
    expect(tTestPValue(Infinity, 5)).toBe(0);
    expect(tTestPValue(-Infinity, 5)).toBe(0);
  });

  it.each([
    [NaN, 5],
    [1, 0],
    [1, NaN],
  ])('tTestPValue(%s, %s) is NaN', (t, dof) => {
    expect(tTestPValue(t, dof)).toBeNaN();
  });
});
