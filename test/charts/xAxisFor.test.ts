import { describe, expect, it } from 'vitest';
import { lightTheme } from '../../src/charts/theme';
import { categoryAxis, formatX, valueAxis, xAxisFor } from '../../src/charts/xAxisFor';

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
  it("formatX('index', 'day') names the count", () => {
    expect(formatX('index', 'day')(1234)).toBe('day 1,234');
  });

  it("formatX('time') gives local date and time", () => {
    expect(formatX('time')(new Date(2024, 4, 6, 7, 8).getTime())).toBe('2024-05-06 07:08');
  });
});

describe('valueAxis', () => {
  it('valueAxis(theme, name, include) stretches the extent over the finite values in include', () => {
    expect(valueAxis(lightTheme, 'ms', [200, NaN, -5, Infinity])).toMatchObject({
      type: 'value',
      name: 'ms',
      dataMin: -5,
      dataMax: 200,
    });
  });

  it('valueAxis(theme, name) without finite includes leaves the extent to the data', () => {
    const axis = valueAxis(lightTheme, '%', [NaN]);
    expect(axis).not.toHaveProperty('dataMin');
    expect(axis).not.toHaveProperty('dataMax');
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
