import { describe, expect, it } from 'vitest';
import type { LoadDistribution } from '../../../src/analysis/analyzeLoadDistribution';
import { loadBalanceCsv } from '../../../src/charts/csv/loadBalanceCsv';

/** analyzeLoadDistribution([100, 100, 160, 40, NaN], names) at tolerance 0.2, by hand. */
function result(): LoadDistribution {
  return {
    names: ['a', 'b', '@c', 'd "east"', 'e'],
    counts: Float64Array.of(100, 100, 160, 40, NaN),
    total: 400,
    expected: 100,
    distributionPct: Float64Array.of(25, 25, 40, 10, NaN),
    std: 42.43,
    cv: 0.4243,
    chiSquare: 72,
    dof: 3,
    pValue: 1.6e-15,
    upperLimit: 120,
    lowerLimit: 80,
    overloaded: [{ name: '@c', count: 160 }],
    underutilised: [{ name: 'd "east"', count: 40 }],
    missing: ['e'],
    balanced: false,
  };
}

describe('loadBalanceCsv', () => {
  it('loadBalanceCsv(result) lists each server’s requests, share, the expectation and its standing', () => {
    expect(loadBalanceCsv(result())).toBe(
      'server,requests,share (%),expected,standing\r\n' +
        'a,100,25,100,within band\r\n' +
        'b,100,25,100,within band\r\n' +
        `"'@c",160,40,100,overloaded\r\n` +
        '"d ""east""",40,10,100,underutilised\r\n' +
        'e,,,100,did not report\r\n',
    );
  });
});
