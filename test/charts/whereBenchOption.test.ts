import { describe, expect, it } from 'vitest';
import type { BenchResult } from '../../src/analysis/benchWhereVsLoop';
import { lightTheme } from '../../src/charts/theme';
import { whereBenchOption } from '../../src/charts/whereBenchOption';
import { drawOption, format, part, seriesById, tickLabel } from './optionHarness';

const bench: BenchResult = { n: 1_000_000, vectorisedMs: 3.2, loopMs: 41.7, speedup: 13.03 };

describe('whereBenchOption', () => {
  it('whereBenchOption(result) draws two horizontal bars, vectorised on top', () => {
    const option = whereBenchOption(bench, lightTheme);
    expect(part(option, 'xAxis')).toMatchObject({ type: 'value' });
    expect(tickLabel(part(option, 'xAxis'), 5)).toBe('5 ms');
    expect(part(option, 'yAxis')).toMatchObject({
      type: 'category',
      data: ['vectorised where', 'plain loop'],
      inverse: true,
    });
    const bars = seriesById(option, 'times').data as {
      value: number;
      itemStyle: { color: string };
    }[];
    expect(bars).toEqual([
      { value: 3.2, itemStyle: { color: lightTheme.ok } },
      { value: 41.7, itemStyle: { color: lightTheme.warning } },
    ]);
  });

  it('whereBenchOption(result) labels each bar with its time in ms', () => {
    const label = seriesById(whereBenchOption(bench, lightTheme), 'times').label as object;
    expect(label).toMatchObject({ show: true, position: 'right' });
    expect(format(label, { value: 41.7 })).toBe('41.7 ms');
    expect(format(label, { value: 1234 })).toBe('1.23 s');
  });

  it('whereBenchOption(result) tooltip gives the path, time and size', () => {
    const html = format(part(whereBenchOption(bench, lightTheme), 'tooltip'), {
      dataIndex: 0,
      marker: '',
    });
    expect(html).toBe(
      '<div>vectorised where</div>median time: <b>3.2 ms</b><br/>values: <b>1,000,000</b>',
    );
  });

  it('whereBenchOption(result) is drawn by ECharts without warnings', () => {
    expect(drawOption(whereBenchOption(bench, lightTheme)).warnings).toEqual([]);
  });
});
