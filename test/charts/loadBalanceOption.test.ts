import { describe, expect, it } from 'vitest';
import type { LoadDistribution } from '../../src/analysis/analyzeLoadDistribution';
import { loadBalanceOption } from '../../src/charts/loadBalanceOption';
import { lightTheme } from '../../src/charts/theme';
import { drawOption, format, part, seriesById, type Part } from './optionHarness';

const EVIL = '<img src=x onerror=alert(1)>';

/** analyzeLoadDistribution([100, 100, 160, 40, NaN], names) at tolerance 0.2, by hand. */
function result(): LoadDistribution {
  return {
    names: ['a', 'b', 'c', EVIL, 'e'],
    counts: Float64Array.of(100, 100, 160, 40, NaN),
    total: 400,
    expected: 100,
    distributionPct: Float64Array.of(25, 25, 40, 10, NaN),
    std: 42.43,
    cv: 0.4243,
    chiSquare: 72,
    dof: 3,
    pValue: 1.6e-15,
    upperLimit: 120,
    lowerLimit: 80,
    overloaded: [{ name: 'c', count: 160 }],
    underutilised: [{ name: EVIL, count: 40 }],
    missing: ['e'],
    balanced: false,
  };
}

describe('loadBalanceOption', () => {
  it('loadBalanceOption(result) draws one bar per server named on the x axis, none for a silent one', () => {
    const option = loadBalanceOption(result(), lightTheme);
    expect(part(option, 'xAxis')).toMatchObject({
      type: 'category',
      data: ['a', 'b', 'c', EVIL, 'e'],
    });
    const bars = seriesById(option, 'requests').data as { value: number | null }[];
    expect(bars.map((bar) => bar.value)).toEqual([100, 100, 160, 40, null]);
  });

  it('loadBalanceOption(result) colours overloaded bars danger, underutilised warning, others accent', () => {
    const bars = seriesById(loadBalanceOption(result(), lightTheme), 'requests').data as {
      itemStyle: { color: string };
    }[];
    const t = lightTheme;
    expect(bars.map((bar) => bar.itemStyle.color)).toEqual([
      t.accent,
      t.accent,
      t.danger,
      t.warning,
      t.accent,
    ]);
  });

  it('loadBalanceOption(result) marks the expected count and shades lowerLimit..upperLimit', () => {
    const requests = seriesById(loadBalanceOption(result(), lightTheme), 'requests');
    expect((requests.markLine as { data: Part[] }).data).toEqual([
      expect.objectContaining({ yAxis: 100, name: 'expected 100' }),
    ]);
    expect((requests.markArea as { data: Part[][] }).data).toEqual([
      [{ name: '±20 %', yAxis: 80 }, { yAxis: 120 }],
    ]);
  });

  it('loadBalanceOption(result with no reporting servers) draws no band and no expected line', () => {
    const empty = { ...result(), expected: NaN, upperLimit: NaN, lowerLimit: NaN };
    const requests = seriesById(loadBalanceOption(empty, lightTheme), 'requests');
    expect((requests.markLine as { data: Part[] }).data).toEqual([]);
    expect((requests.markArea as { data: Part[][] }).data).toEqual([]);
  });

  it('loadBalanceOption(result) tooltip escapes the server name and gives count, share and status', () => {
    const html = format(part(loadBalanceOption(result(), lightTheme), 'tooltip'), {
      dataIndex: 3,
      marker: '',
    });
    expect(html).not.toContain('<img');
    expect(html).toBe(
      '<div>&lt;img src=x onerror=alert(1)&gt;</div>Requests: <b>40</b><br/>Share: <b>10 %</b><br/>Status: <b>underutilised</b>',
    );
  });

  it('loadBalanceOption(result) is drawn by ECharts without warnings', () => {
    expect(drawOption(loadBalanceOption(result(), lightTheme)).warnings).toEqual([]);
  });
});
