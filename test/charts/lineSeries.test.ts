import { describe, expect, it } from 'vitest';
import { lineSeries } from '../../src/charts/lineSeries';

describe('lineSeries', () => {
  it('lineSeries(spec) is a symbol-less line of [x, y] rows in one colour, 1.25 px by default', () => {
    expect(lineSeries({ id: 'a', name: 'A', x: [0, 1], y: [5, NaN], color: '#123' })).toEqual({
      type: 'line',
      id: 'a',
      name: 'A',
      data: [
        [0, 5],
        [1, null],
      ],
      showSymbol: false,
      lineStyle: { width: 1.25, color: '#123' },
      itemStyle: { color: '#123' },
    });
  });

  it('lineSeries({ dashed, width }) draws a dashed line of that width', () => {
    const line = lineSeries({
      id: 'a',
      name: 'A',
      x: [],
      y: [],
      color: '#123',
      width: 1,
      dashed: true,
    });
    expect(line.lineStyle).toEqual({ width: 1, type: 'dashed', color: '#123' });
  });
});
