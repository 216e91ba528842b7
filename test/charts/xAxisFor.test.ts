import { describe, expect, it } from 'vitest';
import { lightTheme, withTimeZone } from '../../src/charts/theme';
import { categoryAxis, formatX, valueAxis, xAxisFor } from '../../src/charts/xAxisFor';
import { inTimeZone } from './inTimeZone';

describe('xAxisFor', () => {
  it("xAxisFor('time', theme) is a time axis spanning exactly the data", () => {
    expect(xAxisFor('time', lightTheme)).toMatchObject({
      type: 'time',
      min: 'dataMin',
      max: 'dataMax',
    });
  });

  it("xAxisFor('index', theme, 'minute') is a value axis named 'minute'", () => {
    const axis = xAxisFor('index', lightTheme, 'minute');
    expect(axis).toMatchObject({ type: 'value', name: 'minute', min: 'dataMin', max: 'dataMax' });
  });

  it("xAxisFor('index', theme) is named 'sample' by default", () => {
    expect(xAxisFor('index', lightTheme)).toMatchObject({ name: 'sample' });
  });

  it('xAxisFor draws labels in the muted colour and lines in the grid colour', () => {
    expect(xAxisFor('index', lightTheme)).toMatchObject({
      axisLabel: { color: lightTheme.muted },
      axisLine: { lineStyle: { color: lightTheme.grid } },
    });
  });
});

describe('formatX', () => {
  inTimeZone('America/New_York');
  const ms = Date.UTC(2024, 4, 6, 7, 8);

  it("formatX('index', theme, 'day') names the count", () => {
    expect(formatX('index', lightTheme, 'day')(1234)).toBe('day 1,234');
  });

  it("formatX('time', theme) in UTC gives UTC date and time, saying UTC", () => {
    expect(formatX('time', lightTheme)(ms)).toBe('2024-05-06 07:08 UTC');
  });

  it("formatX('time', theme) in the browser's zone gives its date and time, unlabelled", () => {
    // New York is on EDT (UTC-4) in May.
    expect(formatX('time', withTimeZone(lightTheme, 'local'))(ms)).toBe('2024-05-06 03:08');
  });

  it("formatX('time', theme)(NaN) is – without a zone", () => {
    expect(formatX('time', lightTheme)(NaN)).toBe('–');
  });
});

describe('valueAxis', () => {
  it('valueAxis(theme, name, include) stretches the extent over the finite values in include', () => {
    expect(valueAxis(lightTheme, '%', [200, NaN, -5, Infinity])).toMatchObject({
      type: 'value',
      name: '%',
      dataMin: -5,
      dataMax: 200,
    });
  });

  it('valueAxis(theme, name) without finite includes leaves the extent to the data', () => {
    const axis = valueAxis(lightTheme, '%', [NaN]);
    expect(axis).not.toHaveProperty('dataMin');
    expect(axis).not.toHaveProperty('dataMax');
  });

  it.each([
    ['ms', [0, 500, 1000, 1500], ['0 ms', '500 ms', '1 s', '1.5 s']],
    ['B', [0, 512, 1024, 1536 * 1024], ['0 B', '512 B', '1 KiB', '1.5 MiB']],
    ['Mbps', [0, 250, 1000], ['0 Mbit/s', '250 Mbit/s', '1 Gbit/s']],
  ])(
    'valueAxis(theme, %j) labels every tick in its own rung and goes unnamed',
    (unit, ticks, labels) => {
      const axis = valueAxis(lightTheme, unit);
      const { formatter } = axis.axisLabel as { formatter: (value: number) => string };
      expect(ticks.map((tick) => formatter(tick))).toEqual(labels);
      expect(axis.name).toBe('');
      expect(axis.axisLabel).toMatchObject({ color: lightTheme.muted, hideOverlap: true });
    },
  );

  it('valueAxis(theme, name) of a unit that does not rescale is named and leaves ticks to ECharts', () => {
    for (const name of ['%', 'req/s', 'requests', 'score']) {
      const axis = valueAxis(lightTheme, name);
      expect(axis.name).toBe(name);
      expect(axis.axisLabel).not.toHaveProperty('formatter');
    }
  });
});

describe('categoryAxis', () => {
  it('categoryAxis(theme, data) copies the categories and tries every label', () => {
    const names = ['a', 'b'];
    const axis = categoryAxis(lightTheme, names);
    expect(axis).toMatchObject({ type: 'category', data: ['a', 'b'], axisLabel: { interval: 0 } });
    expect((axis as { data: string[] }).data).not.toBe(names);
  });

  it('categoryAxis(theme, data, labels) applies the label settings', () => {
    const axis = categoryAxis(lightTheme, ['a'], { interval: 'auto', rotate: 45, width: 80 });
    expect(axis.axisLabel).toMatchObject({ interval: 'auto', rotate: 45, width: 80 });
  });
});
