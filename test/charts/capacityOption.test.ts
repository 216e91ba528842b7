import { describe, expect, it } from 'vitest';
import type { CapacityView } from '../../src/analysis/views/capacityView';
import { capacityOption } from '../../src/charts/capacityOption';
import { lightTheme } from '../../src/charts/theme';
import { drawOption, format, modelOf, part, seriesById, type Part } from './optionHarness';

/** Four days of history growing 100 a day, projected 3 days on; capacity as given. */
function view(capacity: number, firstDayOverCapacity: number | null): CapacityView {
  return {
    name: 'storage used',
    unit: 'GB',
    historyDays: Float64Array.of(0, 1, 2, 3),
    history: Float64Array.of(500, 600, 700, 800),
    plan: {
      slope: 100,
      intercept: 500,
      fitted: Float64Array.of(500, 600, 700, 800),
      futureDays: Float64Array.of(4, 5, 6),
      projected: Float64Array.of(990, 1100, 1210),
      lower: Float64Array.of(950, 1050, 1150),
      upper: Float64Array.of(1030, 1150, 1270),
      growthFactor: 1.1,
      requiredCapacity: 1452,
      firstDayOverCapacity,
      daysUntilFull: firstDayOverCapacity === null ? null : firstDayOverCapacity + 1,
    },
    capacity,
    forecastDays: 3,
  };
}

const markLineData = (option: ReturnType<typeof capacityOption>) =>
  (seriesById(option, 'projection').markLine as { data: Part[] }).data;

describe('capacityOption', () => {
  it('capacityOption(view) draws history and trend on days 0..n-1 and the projection on futureDays', () => {
    const option = capacityOption(view(1000, 1), lightTheme);
    expect(seriesById(option, 'history').data).toEqual([
      [0, 500],
      [1, 600],
      [2, 700],
      [3, 800],
    ]);
    expect(seriesById(option, 'trend')).toMatchObject({ lineStyle: { type: 'dashed' } });
    expect(seriesById(option, 'projection').data).toEqual([
      [4, 990],
      [5, 1100],
      [6, 1210],
    ]);
    expect(part(option, 'xAxis')).toMatchObject({ type: 'value', name: 'day' });
  });

  it('capacityOption(view) shades the prediction interval as a stacked band on futureDays', () => {
    const option = capacityOption(view(1000, 1), lightTheme);
    expect(seriesById(option, 'interval-lower').data).toEqual([
      [4, 950],
      [5, 1050],
      [6, 1150],
    ]);
    expect(seriesById(option, 'interval')).toMatchObject({
      stack: 'interval',
      stackStrategy: 'all',
    });
    expect((seriesById(option, 'interval').data as number[][]).map((row) => row[1])).toEqual([
      80, 100, 120,
    ]);
  });

  it('capacityOption(view) marks capacity solid, required capacity dashed, and the first day over', () => {
    const lines = markLineData(capacityOption(view(1000, 1), lightTheme));
    expect(lines).toEqual([
      expect.objectContaining({
        yAxis: 1000,
        name: 'capacity 1 TB',
        lineStyle: expect.objectContaining({ type: 'solid' }),
      }),
      expect.objectContaining({
        yAxis: 1452,
        name: 'required 1.45 TB',
        lineStyle: expect.objectContaining({ type: 'dashed' }),
      }),
      expect.objectContaining({ xAxis: 5, name: 'over capacity: day 5' }),
    ]);
  });

  it('capacityOption(view) has no first-day marker when the projection stays under capacity', () => {
    const lines = markLineData(capacityOption(view(5000, null), lightTheme));
    expect(lines.map((line) => line.xAxis)).toEqual([undefined, undefined]);
  });

  it('capacityOption(view) stretches the y range to show capacity and required capacity', () => {
    const option = capacityOption(view(5000, null), lightTheme);
    expect(part(option, 'yAxis')).toMatchObject({ name: 'GB', dataMin: 1452, dataMax: 5000 });
    const { result } = drawOption(option, (chart) =>
      modelOf(chart).getComponent('yAxis').axis.scale.getExtent(),
    );
    expect(result[1]).toBeGreaterThanOrEqual(5000);
  });

  it('capacityOption(view) tooltip headings name the day and give GB values', () => {
    const tooltip = part(capacityOption(view(1000, 1), lightTheme), 'tooltip');
    const html = format(tooltip, [{ seriesName: 'Projection', value: [5, 1100] }]);
    expect(html).toBe('<div>day 5</div><br/>Projection: <b>1.1 TB</b>');
  });

  it('capacityOption(view) is drawn by ECharts without warnings', () => {
    expect(drawOption(capacityOption(view(1000, 1), lightTheme)).warnings).toEqual([]);
  });
});
