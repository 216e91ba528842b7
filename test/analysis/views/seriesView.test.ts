import { describe, expect, it } from 'vitest';
import { DISPLAY_POINTS, sampleX, seriesView } from '../../../src/analysis/views/seriesView';

describe('seriesView', () => {
  it('returns a short series whole, with the sample index as x', () => {
    const view = seriesView('cpu', '%', Float64Array.from([1, 5, 3]));
    expect(view).toEqual({
      name: 'cpu',
      unit: '%',
      xKind: 'index',
      x: Float64Array.from([0, 1, 2]),
      y: Float64Array.from([1, 5, 3]),
      length: 3,
    });
  });

  it('uses the timestamps as x for a timed series', () => {
    const view = seriesView(
      'cpu',
      '%',
      Float64Array.from([1, 2]),
      Float64Array.from([1e12, 1e12 + 60e3]),
    );
    expect(view.xKind).toBe('time');
    expect(view.x).toEqual(Float64Array.from([1e12, 1e12 + 60e3]));
  });

  it('reduces a 1e5-point series to at most DISPLAY_POINTS points that keep its extremes', () => {
    const values = Float64Array.from(
      { length: 100_000 },
      (_, i) => Math.sin(i / 500) + (i === 77_777 ? 50 : 0),
    );
    const view = seriesView('s', 'ms', values);
    expect(view.y.length).toBeLessThanOrEqual(DISPLAY_POINTS);
    expect(view.length).toBe(100_000);
    expect(Math.max(...view.y)).toBe(values[77_777]);
    expect(view.x[view.y.indexOf(values[77_777])]).toBe(77_777);
  });

  it('sampleX gives the timestamps at the indices asked for, or the indices', () => {
    const time = Float64Array.from([5, 6, 7, 8]);
    expect(sampleX(Uint32Array.of(1, 3), time)).toEqual(Float64Array.of(6, 8));
    expect(sampleX([0, 2])).toEqual(Float64Array.of(0, 2));
    expect(sampleX([], time)).toEqual(new Float64Array(0));
  });
});
