import { describe, expect, it } from 'vitest';
import { shortNames } from '../../../src/analysis/fleet/shortNames';
import { metricSeries } from './fleetData';

describe('shortNames', () => {
  it('gives the one label that varies as a bare value when the metric is shared', () => {
    expect(
      shortNames([
        metricSeries('up', { instance: 'a:9100', job: 'node' }, [1]),
        metricSeries('up', { instance: 'b:9100', job: 'node' }, [1]),
      ]),
    ).toEqual(['a:9100', 'b:9100']);
  });

  it('keeps the metric and the varying labels when metrics differ', () => {
    expect(
      shortNames([
        metricSeries('rx', { host: 'a', job: 'n' }, [1]),
        metricSeries('tx', { host: 'b', job: 'n' }, [1]),
      ]),
    ).toEqual(['rx{host="a"}', 'tx{host="b"}']);
  });

  it('falls back to the full names when the short ones would repeat', () => {
    const series = [metricSeries('a', {}, [1]), metricSeries('a', {}, [2])];
    expect(shortNames(series)).toEqual(['a', 'a']);
    expect(shortNames([metricSeries('cpu', { host: 'x' }, [1])])).toEqual(['cpu{host="x"}']);
  });
});
