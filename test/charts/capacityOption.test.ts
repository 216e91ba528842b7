import { describe, expect, it } from 'vitest';
import type { CapacityView } from '../../src/analysis/views/capacityView';
import { capacityDayLabel, capacityOption } from '../../src/charts/capacityOption';
import { lightTheme } from '../../src/charts/theme';
import {
  drawOption,
  format,
  modelOf,
  part,
  seriesById,
  type Part,
  tickLabel,
} from './optionHarness';

/**
 * Four days of history growing 100 a day, forecast linearly 3 days on; capacity as given, first
 * expected over it on day `expected` after the history (1-based), the interval crossing a day
 * either side.
 */
function view(capacity: number, expected: number | null): CapacityView {
  const plan = {
    slope: 100,
    intercept: 500,
    fitted: Float64Array.of(500, 600, 700, 800),
    futureDays: Float64Array.of(4, 5, 6),
    projected: Float64Array.of(990, 1100, 1210),
    lower: Float64Array.of(950, 1050, 1150),
    upper: Float64Array.of(1030, 1150, 1270),
    growthFactor: 1.1,
    requiredCapacity: 1452,
    firstDayOverCapacity: expected === null ? null : expected - 1,
    daysUntilFull: expected,
  };
  return {
    name: 'storage used',
    unit: 'GB',
    dayZeroMs: null,
    resampled: null,
    days: 4,
    usableDays: 4,
    historyDays: Float64Array.of(0, 1, 2, 3),
    history: Float64Array.of(500, 600, 700, 800),
    plan,
    forecast: {
      method: 'linear',
      futureDays: plan.futureDays,
      mean: plan.projected,
      lower: plan.lower,
      upper: plan.upper,
      confidence: 0.95,
      requiredCapacity: plan.requiredCapacity,
      overCapacity: {
        earliest: expected === null ? null : Math.max(1, expected - 1),
        expected,
        latest: expected === null ? null : Math.min(3, expected + 1),
      },
    },
    period: 1,
    backtest: { reason: 'needs at least 5 days of history to backtest; it has 4' },
    capacity,
    forecastDays: 3,
  };
}

/** view() forecast by Holt-Winters with a weekly season: no linear plan, so no trend line. */
function holtWintersView(): CapacityView {
  const linear = view(1000, 2);
  return {
    ...linear,
    plan: null,
    forecast: {
      method: 'holtWinters',
      futureDays: Float64Array.of(4, 5, 6),
      mean: Float64Array.of(900, 1040, 1100),
      lower: Float64Array.of(850, 980, 1030),
      upper: Float64Array.of(950, 1100, 1170),
      confidence: 0.8,
      requiredCapacity: 1320,
      overCapacity: { earliest: 2, expected: 2, latest: 3 },
    },
    period: 7,
  };
}

const markLineData = (option: ReturnType<typeof capacityOption>) =>
  (seriesById(option, 'projection').markLine as { data: Part[] }).data;

describe('capacityOption', () => {
  it('capacityOption(view) draws history and trend on days 0..n-1 and the projection on futureDays', () => {
    const option = capacityOption(view(1000, 2), lightTheme);
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
    const local = { ...lightTheme, timeZone: 'local' as const };
    expect(capacityOption(view(1000, 2), local).useUTC).not.toBe(true);
  });

  it('capacityOption(view) shades the prediction interval as a stacked band on futureDays', () => {
    const option = capacityOption(view(1000, 2), lightTheme);
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

  it('capacityOption(linear view) names the trend, the linear forecast and its 95 % interval', () => {
    const option = capacityOption(view(1000, 2), lightTheme);
    expect(part(option, 'legend')).toMatchObject({
      data: [
        { name: 'storage used' },
        { name: 'Trend' },
        { name: 'Linear forecast' },
        { name: '95 % prediction interval', icon: 'roundRect' },
      ],
    });
    expect(seriesById(option, 'projection').name).toBe('Linear forecast');
    expect(seriesById(option, 'interval').name).toBe('95 % prediction interval');
  });

  it('capacityOption(view) marks capacity solid, required capacity dashed, and the first day over', () => {
    const lines = markLineData(capacityOption(view(1000, 2), lightTheme));
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
    expect(part(option, 'yAxis')).toMatchObject({ dataMin: 1452, dataMax: 5000 });
    expect(tickLabel(part(option, 'yAxis'), 1500)).toBe('1.5 TB');
    const { result } = drawOption(option, (chart) =>
      modelOf(chart).getComponent('yAxis').axis.scale.getExtent(),
    );
    expect(result[1]).toBeGreaterThanOrEqual(5000);
  });

  it('capacityOption(view) tooltip headings name the day and give GB values', () => {
    const tooltip = part(capacityOption(view(1000, 2), lightTheme), 'tooltip');
    const html = format(tooltip, [{ seriesName: 'Linear forecast', value: [5, 1100] }]);
    expect(html).toBe('<div>day 5</div>Linear forecast: <b>1.1 TB</b>');
  });

  it('capacityOption(view) is drawn by ECharts without warnings', () => {
    expect(drawOption(capacityOption(view(1000, 2), lightTheme)).warnings).toEqual([]);
  });
});

const DAY_MS = 86_400_000;
const MONDAY_MS = Date.UTC(2024, 2, 4);

/** view() on calendar days: day 0 is Monday 2024-03-04 (UTC), resampled from five-minute samples. */
function calendarView(capacity: number, expected: number | null): CapacityView {
  return {
    ...view(capacity, expected),
    dayZeroMs: MONDAY_MS,
    resampled: { samples: 1152, stepMs: 300_000, days: 4, statistic: 'max' },
  };
}

/** view() with only one usable day: no plan and no forecast. */
function unfittedView(): CapacityView {
  return {
    ...view(1000, null),
    days: 1,
    usableDays: 1,
    historyDays: Float64Array.of(0),
    history: Float64Array.of(500),
    plan: null,
    forecast: {
      reason: 'a trend needs usage on at least 2 days, and this series has 1 day with usage',
    },
    forecastDays: 30,
  };
}

describe('capacityOption on calendar days', () => {
  it('capacityOption(calendar view) puts every day at its 00:00 UTC on a time axis', () => {
    const option = capacityOption(calendarView(1000, 2), lightTheme);
    expect(seriesById(option, 'history').data).toEqual([
      [MONDAY_MS, 500],
      [MONDAY_MS + DAY_MS, 600],
      [MONDAY_MS + 2 * DAY_MS, 700],
      [MONDAY_MS + 3 * DAY_MS, 800],
    ]);
    expect((seriesById(option, 'trend').data as number[][]).map(([x]) => x)).toEqual(
      (seriesById(option, 'history').data as number[][]).map(([x]) => x),
    );
    expect(seriesById(option, 'projection').data).toEqual([
      [MONDAY_MS + 4 * DAY_MS, 990],
      [MONDAY_MS + 5 * DAY_MS, 1100],
      [MONDAY_MS + 6 * DAY_MS, 1210],
    ]);
    expect(seriesById(option, 'interval-lower').data).toEqual([
      [MONDAY_MS + 4 * DAY_MS, 950],
      [MONDAY_MS + 5 * DAY_MS, 1050],
      [MONDAY_MS + 6 * DAY_MS, 1150],
    ]);
    expect(part(option, 'xAxis')).toMatchObject({
      type: 'time',
      name: 'date (UTC)',
      minInterval: DAY_MS,
      axisLabel: { formatter: '{yyyy}-{MM}-{dd}' },
    });
  });

  it('capacityOption(calendar view) marks the first day over capacity at its date', () => {
    const lines = markLineData(capacityOption(calendarView(1000, 2), lightTheme));
    expect(lines[2]).toMatchObject({
      xAxis: MONDAY_MS + 5 * DAY_MS,
      name: 'over capacity: 2024-03-09',
    });
  });

  it('capacityOption(calendar view) names days in UTC even when times are shown in local time', () => {
    const local = { ...lightTheme, timeZone: 'local' as const };
    const option = capacityOption(calendarView(1000, 2), local);
    expect(option.useUTC).toBe(true);
    const tooltip = part(option, 'tooltip');
    const html = format(tooltip, [
      { seriesName: 'Linear forecast', value: [MONDAY_MS + 5 * DAY_MS, 1100] },
    ]);
    expect(html).toBe('<div>2024-03-09</div>Linear forecast: <b>1.1 TB</b>');
  });

  it('capacityOption(calendar view) is drawn by ECharts without warnings, with date labels', () => {
    const { warnings, svg } = drawOption(capacityOption(calendarView(1000, 2), lightTheme));
    expect(warnings).toEqual([]);
    expect(svg).toContain('2024-03-06');
  });

  it('capacityDayLabel(view, d) is the UTC date on calendar days and "day d" otherwise', () => {
    expect(capacityDayLabel(calendarView(1000, 2), 9)).toBe('2024-03-13');
    expect(capacityDayLabel(view(1000, 2), 1234)).toBe('day 1,234');
  });
});

describe('capacityOption without a plan', () => {
  it('capacityOption(view with too little history) draws the history and capacity only', () => {
    const option = capacityOption(unfittedView(), lightTheme);
    expect((option.series as Part[]).map((s) => s.id)).toEqual(['history']);
    expect(seriesById(option, 'history').data).toEqual([[0, 500]]);
    const lines = (seriesById(option, 'history').markLine as { data: Part[] }).data;
    expect(lines).toEqual([expect.objectContaining({ yAxis: 1000, name: 'capacity 1 TB' })]);
    expect(part(option, 'legend')).toMatchObject({ data: [{ name: 'storage used' }] });
    expect(drawOption(option).warnings).toEqual([]);
  });
});

describe('capacityOption with Holt-Winters', () => {
  it('capacityOption(Holt-Winters view) draws its forecast and interval, without the linear trend', () => {
    const option = capacityOption(holtWintersView(), lightTheme);
    expect((option.series as Part[]).map((s) => s.id)).toEqual([
      'history',
      'interval-lower',
      'interval',
      'projection',
    ]);
    expect(seriesById(option, 'projection')).toMatchObject({
      name: 'Holt-Winters forecast',
      data: [
        [4, 900],
        [5, 1040],
        [6, 1100],
      ],
    });
    expect(seriesById(option, 'interval-lower').data).toEqual([
      [4, 850],
      [5, 980],
      [6, 1030],
    ]);
    expect((seriesById(option, 'interval').data as number[][]).map((row) => row[1])).toEqual([
      100, 120, 140,
    ]);
    expect(part(option, 'legend')).toMatchObject({
      data: [
        { name: 'storage used' },
        { name: 'Holt-Winters forecast' },
        { name: '80 % prediction interval', icon: 'roundRect' },
      ],
    });
  });

  it('capacityOption(Holt-Winters view) marks its required capacity and expected first day over', () => {
    const lines = markLineData(capacityOption(holtWintersView(), lightTheme));
    expect(lines).toEqual([
      expect.objectContaining({ yAxis: 1000, name: 'capacity 1 TB' }),
      expect.objectContaining({ yAxis: 1320, name: 'required 1.32 TB' }),
      expect.objectContaining({ xAxis: 5, name: 'over capacity: day 5' }),
    ]);
  });

  it('capacityOption(Holt-Winters view) is drawn by ECharts without warnings', () => {
    expect(drawOption(capacityOption(holtWintersView(), lightTheme)).warnings).toEqual([]);
  });
});
