import { describe, expect, it } from 'vitest';
import { bandSeries } from '../../src/charts/bandSeries';
import { drawOption, modelOf } from './optionHarness';

const band = {
  id: 'band',
  name: 'Band',
  x: Float64Array.of(0, 1, 2),
  lower: Float64Array.of(-5, 2, NaN),
  upper: Float64Array.of(5, 6, 4),
  color: 'rgba(0, 0, 255, 0.2)',
};

describe('bandSeries', () => {
  it('bandSeries(band) is an invisible lower line then a stacked area of height upper - lower', () => {
    const [lower, width] = bandSeries(band);
    expect(lower).toMatchObject({ id: 'band-lower', stack: 'band', stackStrategy: 'all' });
    expect(lower.data).toEqual([
      [0, -5],
      [1, 2],
      [2, null],
    ]);
    expect(lower.lineStyle).toEqual({ opacity: 0 });
    expect(lower.areaStyle).toBeUndefined();
    expect(width).toMatchObject({ id: 'band', name: 'Band', stack: 'band', stackStrategy: 'all' });
    expect(width.data).toEqual([
      [0, 10, -5, 5],
      [1, 4, 2, 6],
      [2, null],
    ]);
    expect(width.areaStyle).toEqual({ color: band.color, opacity: 1 });
  });

  it('bandSeries(band) keeps the lower edge out of tooltips and the width in them unless told', () => {
    const [lower, width] = bandSeries(band);
    expect(lower.tooltip).toEqual({ show: false });
    expect(width.tooltip).toEqual({ show: true });
    expect(bandSeries({ ...band, inTooltip: false })[1].tooltip).toEqual({ show: false });
  });

  it('bandSeries(band) stacks to the upper edge in ECharts even where the lower edge is negative', () => {
    const option = {
      xAxis: { type: 'value' },
      yAxis: { type: 'value' },
      series: bandSeries(band),
    };
    const { result, warnings } = drawOption(option, (chart) => {
      const data = modelOf(chart).getSeriesByIndex(1).getData();
      const dim = data.getCalculationInfo('stackResultDimension');
      return [0, 1].map((i) => data.get(dim, i));
    });
    expect(result).toEqual([5, 6]);
    expect(warnings).toEqual([]);
  });
});
