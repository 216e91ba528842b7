import { describe, expect, it } from 'vitest';
import { baseOption } from '../../src/charts/baseOption';
import { darkTheme, withTimeZone } from '../../src/charts/theme';
import { drawOption } from './optionHarness';

describe('baseOption', () => {
  it('baseOption(theme) is transparent, unanimated, in theme colours, without ECharts’ raw-data aria description', () => {
    expect(baseOption(darkTheme)).toMatchObject({
      backgroundColor: 'transparent',
      animation: false,
      aria: { enabled: false },
      color: [...darkTheme.series],
      textStyle: { color: darkTheme.text, fontFamily: darkTheme.fontFamily },
    });
  });

  it("baseOption(theme) sets ECharts' root useUTC from the theme's time zone", () => {
    expect(baseOption(darkTheme).useUTC).toBe(true);
    expect(baseOption(withTimeZone(darkTheme, 'local')).useUTC).toBe(false);
  });

  it('baseOption(theme) has no legend and a tight grid top', () => {
    const option = baseOption(darkTheme);
    expect(option.legend).toBeUndefined();
    expect(option.grid).toMatchObject({ top: 20 });
  });

  it('baseOption(theme, legend) lists exactly the given names, with their icons, above a lower grid', () => {
    const option = baseOption(darkTheme, ['Series', { name: 'Band', icon: 'roundRect' }]);
    expect(option.legend).toMatchObject({
      data: [{ name: 'Series' }, { name: 'Band', icon: 'roundRect' }],
      textStyle: { color: darkTheme.text },
    });
    expect(option.grid).toMatchObject({ top: 36 });
  });

  it('baseOption(theme, legend) is drawn by ECharts without warnings', () => {
    const option = {
      ...baseOption(darkTheme, ['a']),
      xAxis: { type: 'value' },
      yAxis: { type: 'value' },
      series: [{ type: 'line', name: 'a', data: [[0, 1]] }],
    };
    expect(drawOption(option).warnings).toEqual([]);
  });
});
