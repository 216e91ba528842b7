import { describe, expect, it } from 'vitest';
import type { CapacityView } from '../../../src/analysis/views/capacityView';
import { capacityCsv } from '../../../src/charts/csv/capacityCsv';

/** Three days of history and a two-day linear forecast, by hand; `dayZeroMs` makes them dates. */
function view(dayZeroMs: number | null): CapacityView {
  return {
    name: 'disk',
    unit: 'GB',
    dayZeroMs,
    resampled: null,
    days: 3,
    usableDays: 2,
    historyDays: Float64Array.of(0, 1, 2),
    history: Float64Array.of(100, NaN, 120.5),
    plan: {
      slope: 10.25,
      intercept: 100,
      fitted: Float64Array.of(100, 110.25, 120.5),
      futureDays: Float64Array.of(3, 4),
      projected: Float64Array.of(130.75, 141),
      lower: Float64Array.of(120, 128),
      upper: Float64Array.of(141.5, 154),
      growthFactor: 1,
      requiredCapacity: 169.2,
      firstDayOverCapacity: null,
      daysUntilFull: null,
    },
    forecast: {
      method: 'linear',
      futureDays: Float64Array.of(3, 4),
      mean: Float64Array.of(130.75, 141),
      lower: Float64Array.of(120, 128),
      upper: Float64Array.of(141.5, 154),
      confidence: 0.95,
      requiredCapacity: 169.2,
      overCapacity: { earliest: null, expected: null, latest: null },
    },
    period: 1,
    backtest: { reason: 'needs at least 10 days of history to backtest; it has 3' },
    capacity: 1000,
    forecastDays: 2,
  };
}

describe('capacityCsv', () => {
  it('capacityCsv(view) lists the history (usage, fitted) then the forecast (mean, lower, upper) by day', () => {
    expect(capacityCsv(view(null))).toBe(
      'day,usage (GB),fitted (GB),forecast (GB),lower (GB),upper (GB)\r\n' +
        '0,100,100,,,\r\n' +
        '1,,110.25,,,\r\n' +
        '2,120.5,120.5,,,\r\n' +
        '3,,,130.75,120,141.5\r\n' +
        '4,,,141,128,154\r\n',
    );
  });

  it('gives each calendar day’s 00:00 UTC as an ISO time when the days are dates', () => {
    expect(capacityCsv(view(Date.UTC(2024, 1, 28)))).toBe(
      'day,time,usage (GB),fitted (GB),forecast (GB),lower (GB),upper (GB)\r\n' +
        '0,2024-02-28T00:00:00.000Z,100,100,,,\r\n' +
        '1,2024-02-29T00:00:00.000Z,,110.25,,,\r\n' +
        '2,2024-03-01T00:00:00.000Z,120.5,120.5,,,\r\n' +
        '3,2024-03-02T00:00:00.000Z,,,130.75,120,141.5\r\n' +
        '4,2024-03-03T00:00:00.000Z,,,141,128,154\r\n',
    );
  });

  it('has history rows only, without a fitted trend, when there is no forecast (too little history)', () => {
    const unforecast: CapacityView = {
      ...view(null),
      plan: null,
      forecast: { reason: 'a trend needs usage on at least 2 days' },
    };
    expect(capacityCsv(unforecast)).toBe(
      'day,usage (GB),fitted (GB),forecast (GB),lower (GB),upper (GB)\r\n' +
        '0,100,,,,\r\n1,,,,,\r\n2,120.5,,,,\r\n',
    );
  });
});
