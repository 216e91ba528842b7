import { describe, expect, it } from 'vitest';
import { markLines } from '../../src/charts/markLines';
import { lightTheme } from '../../src/charts/theme';

describe('markLines', () => {
  it('markLines(lines) puts each line on its axis with its label as the name', () => {
    const markLine = markLines(
      [
        { axis: 'y', value: 80, label: 'high', color: '#f00' },
        { axis: 'x', value: 3, label: 'day 3', color: '#0f0', dashed: true, labelPosition: 'end' },
      ],
      lightTheme,
    );
    expect(markLine.data).toEqual([
      expect.objectContaining({
        name: 'high',
        yAxis: 80,
        lineStyle: expect.objectContaining({ color: '#f00', type: 'solid' }),
      }),
      expect.objectContaining({
        name: 'day 3',
        xAxis: 3,
        lineStyle: expect.objectContaining({ color: '#0f0', type: 'dashed' }),
      }),
    ]);
    expect(markLine).toMatchObject({ silent: true, symbol: 'none', label: { formatter: '{b}' } });
  });

  it('markLines(lines) labels along the line end unless a line asks for another position', () => {
    const markLine = markLines(
      [
        { axis: 'y', value: 1, label: 'a', color: '#f00' },
        { axis: 'y', value: 2, label: 'b', color: '#0f0', labelPosition: 'insideStartTop' },
      ],
      lightTheme,
    );
    expect(markLine.data).toEqual([
      expect.objectContaining({ label: { color: '#f00', position: 'insideEndTop' } }),
      expect.objectContaining({ label: { color: '#0f0', position: 'insideStartTop' } }),
    ]);
  });

  it('markLines(lines) leaves out lines at NaN or ±Infinity', () => {
    const markLine = markLines(
      [
        { axis: 'y', value: NaN, label: 'p95', color: '#f00' },
        { axis: 'y', value: Infinity, label: 'inf', color: '#f00' },
        { axis: 'y', value: 0, label: 'zero', color: '#f00' },
      ],
      lightTheme,
    );
    expect(markLine.data).toEqual([expect.objectContaining({ name: 'zero', yAxis: 0 })]);
  });
});
