import { describe, expect, it } from 'vitest';
import type { Correlation } from '../../src/analysis/correlate';
import { correlationOption } from '../../src/charts/correlationOption';
import { darkTheme } from '../../src/charts/theme';
import { drawOption, format, part, seriesById } from './optionHarness';

const EVIL = '<img src=x onerror=alert(1)>';

/** cpu, latency and a constant metric (NaN r with the others). */
function correlation(): Correlation {
  return {
    names: ['cpu', 'latency', EVIL],
    matrix: Float64Array.of(1, 0.8765, NaN, 0.8765, 1, NaN, NaN, NaN, NaN),
    pairs: [],
    n: 1440,
    dropped: 0,
  };
}

describe('correlationOption', () => {
  it('correlationOption(correlation) names the metrics on both axes, row 0 at the top', () => {
    const option = correlationOption(correlation(), darkTheme);
    expect(part(option, 'xAxis')).toMatchObject({
      type: 'category',
      data: ['cpu', 'latency', EVIL],
    });
    expect(part(option, 'yAxis')).toMatchObject({
      type: 'category',
      data: ['cpu', 'latency', EVIL],
      inverse: true,
    });
  });

  it('correlationOption(correlation) has a cell [column, row, r] per finite r, NaN cells blank', () => {
    expect(seriesById(correlationOption(correlation(), darkTheme), 'correlation').data).toEqual([
      [0, 0, 1],
      [1, 0, 0.8765],
      [0, 1, 0.8765],
      [1, 1, 1],
    ]);
  });

  it('correlationOption(correlation) colours on a diverging scale fixed at -1..1', () => {
    expect(part(correlationOption(correlation(), darkTheme), 'visualMap')).toMatchObject({
      min: -1,
      max: 1,
      dimension: 2,
      inRange: { color: [...darkTheme.diverging] },
    });
  });

  it('correlationOption(correlation) labels cells with r to 2 decimals', () => {
    const label = seriesById(correlationOption(correlation(), darkTheme), 'correlation')
      .label as object;
    expect(format(label, { value: [1, 0, 0.8765] })).toBe('0.88');
    expect(format(label, { value: [1, 0, -0.5] })).toBe('-0.50');
  });

  it('correlationOption(correlation) tooltip escapes the metric names', () => {
    const html = format(part(correlationOption(correlation(), darkTheme), 'tooltip'), {
      value: [2, 0, 0.1],
    });
    expect(html).not.toContain('<img');
    expect(html).toBe(
      '<div>cpu × &lt;img src=x onerror=alert(1)&gt;</div>r: <b>0.10</b><br/>samples: <b>1,440</b>',
    );
  });

  it('correlationOption(correlation) is drawn by ECharts without warnings', () => {
    expect(drawOption(correlationOption(correlation(), darkTheme)).warnings).toEqual([]);
  });
});
