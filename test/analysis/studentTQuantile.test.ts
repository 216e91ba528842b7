import { describe, expect, it } from 'vitest';
import { studentTQuantile } from '../../src/analysis/studentTQuantile';
import { core } from '../helpers/analysisCore';
import { expectNumpyClose } from '../helpers/fixtures';

describe('studentTQuantile', () => {
  it.each(core.t_quantiles.map((c) => [c.p, c.dof, c.q]))(
    'studentTQuantile(%s, %s) matches scipy.stats.t.ppf',
    (p, dof, q) => {
      expectNumpyClose(studentTQuantile(p, dof), q);
    },
  );

  it('studentTQuantile(0.975, 1) is tan(0.475 pi), the Cauchy quantile', () => {
    expectNumpyClose(studentTQuantile(0.975, 1), Math.tan(0.475 * Math.PI), 1e-12);
  });

  it('studentTQuantile(0.5, dof) is 0 and the tails mirror each other', () => {
    expect(studentTQuantile(0.5, 4)).toBe(0);
    expect(studentTQuantile(0.1, 4)).toBe(-studentTQuantile(0.9, 4));
  });

  it('studentTQuantile(0 or 1, dof) is -Infinity or Infinity', () => {
    expect(studentTQuantile(0, 3)).toBe(-Infinity);
    expect(studentTQuantile(1, 3)).toBe(Infinity);
  });

  it.each([
    [1.5, 3],
    [-0.1, 3],
    [NaN, 3],
    [0.9, 0],
    [0.9, -2],
    [0.9, NaN],
    [0.9, Infinity],
  ])('studentTQuantile(%s, %s) is NaN', (p, dof) => {
    expect(studentTQuantile(p, dof)).toBeNaN();
  });
});
