import { describe, expect, it } from 'vitest';
import { processMetrics } from '../../src/analysis/processMetrics';
import { core } from '../helpers/analysisCore';
import { expectNumpyClose } from '../helpers/fixtures';

describe('processMetrics', () => {
  it('processMetrics(seed cpu) equals np.where(cpu > 50, cpu * 1.1, cpu * 0.9)', () => {
    expectNumpyClose(processMetrics(core.seed_cpu), core.process_metrics.seed, 0);
  });

  it('processMetrics(seed cpu, {cutoff: 70, above: 2, below: 0.5}) matches NumPy', () => {
    const got = processMetrics(core.seed_cpu, { cutoff: 70, above: 2, below: 0.5 });
    expectNumpyClose(got, core.process_metrics.cutoff_70, 0);
  });

  it('processMetrics(x) scales the cutoff itself by below (strictly greater goes above)', () => {
    expect(processMetrics([50, 50.5, 10], { above: 2, below: 0.5 })).toEqual(
      Float64Array.of(25, 101, 5),
    );
  });

  it('processMetrics(x with NaN) keeps NaN, and [] gives []', () => {
    expect(processMetrics([NaN, 100])).toEqual(Float64Array.of(NaN, 110.00000000000001));
    expect(processMetrics([])).toEqual(new Float64Array(0));
  });

  it('processMetrics(x) returns a fresh array and leaves x untouched', () => {
    const x = Float64Array.of(40, 60);
    const got = processMetrics(x);
    expect(got).not.toBe(x);
    expect(x).toEqual(Float64Array.of(40, 60));
  });
});
