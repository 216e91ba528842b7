import { describe, expect, it } from 'vitest';
import type { TrendsView } from '../../src/analysis/views/trendsView';
import { correlationOption } from '../../src/charts/correlationOption';
import { darkTheme } from '../../src/charts/theme';
import { drawOption, format, part, seriesById } from './optionHarness';

const EVIL = '<img src=x onerror=alert(1)>';

/** cpu, latency and a constant metric (NaN r with the others). */
function view(): TrendsView {
  return {
    trends: [],
    correlation: {
      names: ['cpu', 'latency', EVIL],
      matrix: Float64Array.of(1, 0.8765, NaN, 0.8765, 1, NaN, NaN, NaN, NaN),
      pairs: [],
      n: 1440,
      dropped: 0,
    },
  };
}

describe('correlationOption', () => {
  it('correlationOption(view) names the metrics on both axes, row 0 at the top', () => {
    const option = correlationOption(view(), darkTheme);
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

  it('correlationOption(view) has a cell [column, row, r] per finite r, NaN cells blank', () => {
    expect(seriesById(correlationOption(view(), darkTheme), 'correlation').data).toEqual([
      [0, 0, 1],
      [1, 0, 0.8765],
      [0, 1, 0.8765],
      [1, 1, 1],
    ]);
  });

  it('correlationOption(view) colours on a diverging scale fixed at -1..1', () => {
    expect(part(correlationOption(view(), darkTheme), 'visualMap')).toMatchObject({
      min: -1,
      max: 1,
      dimension: 2,
      inRange: { color: [...darkTheme.diverging] },
    });
  });

  it('correlationOption(view) labels cells with r to 2 decimals', () => {
    const label = seriesById(correlationOption(view(), darkTheme), 'correlation').label as object;
    expect(format(label, { value: [1, 0, 0.8765] })).toBe('0.88');
    expect(format(label, { value: [1, 0, -0.5] })).toBe('-0.50');
  });

  it('correlationOption(view) tooltip escapes the metric names', () => {
    const html = format(part(correlationOption(view(), darkTheme), 'tooltip'), {
      value: [2, 0, 0.1],
    });
    expect(html).not.toContain('<img');
    expect(html).toBe(
      '<div>cpu × &lt;img src=x onerror=alert(1)&gt;</div>r: <b>0.10</b><br/>samples: <b>1,440</b>',
    );
  });

  it('correlationOption(view) is drawn by ECharts without warnings', () => {
    expect(drawOption(correlationOption(view(), darkTheme)).warnings).toEqual([]);
  });
});
