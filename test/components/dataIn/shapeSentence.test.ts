import { describe, expect, it } from 'vitest';
import { shapeSentence } from '../../../src/components/dataIn/shapeSentence';

describe('shapeSentence', () => {
  it('says hosts × metrics and the series they make', () => {
    expect(shapeSentence({ rows: 50, hosts: 5, metrics: ['memory', 'cpu'], series: 10 })).toBe(
      'The first 50 rows read as 5 hosts × 2 metrics (memory, cpu): 10 series.',
    );
  });

  it('leaves hosts out without a host column, and counts the metrics past the fourth', () => {
    const metrics = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(shapeSentence({ rows: 1, hosts: 0, metrics, series: 6 })).toBe(
      'The first 1 row reads as 6 metrics (a, b, c, d and 2 more): 6 series.',
    );
  });
});
