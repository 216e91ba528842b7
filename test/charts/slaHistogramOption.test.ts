import { describe, expect, it } from 'vitest';
import type { SlaMetrics } from '../../src/analysis/slaMetrics';
import { slaHistogramOption } from '../../src/charts/slaHistogramOption';
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

/** Ten response times in four 50 ms bins from 50 to 250 ms. */
function result(): SlaMetrics {
  return {
    count: 10,
    missing: 0,
    q1: 90,
    q3: 160,
    lowerBound: -15,
    upperBound: 265,
    filteredOut: 0,
    percentiles: { p50: 120, p90: 190, p95: 210, p99: 240, p999: 248 },
    compliance: 0.8,
    apdex: 0.9,
    rating: 'good',
    histogram: {
      counts: Float64Array.of(2, 4, 3, 1),
      edges: Float64Array.of(50, 100, 150, 200, 250),
    },
  };
}

describe('slaHistogramOption', () => {
  it('slaHistogramOption(result, theme, target) draws one bar per bin at its centre', () => {
    const bars = seriesById(slaHistogramOption(result(), lightTheme, 200), 'histogram');
    expect(bars).toMatchObject({ type: 'bar' });
    expect(bars.data).toEqual([
      [75, 2],
      [125, 4],
      [175, 3],
      [225, 1],
    ]);
  });

  it('slaHistogramOption(result, theme, target) marks the target, p95 and p99 on the ms axis', () => {
    const option = slaHistogramOption(result(), lightTheme, 200);
    expect((seriesById(option, 'histogram').markLine as { data: Part[] }).data).toEqual([
      expect.objectContaining({ xAxis: 200, name: 'target 200 ms' }),
      expect.objectContaining({ xAxis: 210, name: 'p95 210 ms' }),
      expect.objectContaining({ xAxis: 240, name: 'p99 240 ms' }),
    ]);
    expect(part(option, 'xAxis')).toMatchObject({ type: 'value' });
    expect(tickLabel(part(option, 'xAxis'), 1500)).toBe('1.5 s');
  });

  it("slaHistogramOption(result in seconds, theme, target, 's') labels the times as ms", () => {
    const r = result();
    const seconds: SlaMetrics = {
      ...r,
      percentiles: { p50: 0.12, p90: 0.19, p95: 0.21, p99: 0.24, p999: 0.248 },
      histogram: { counts: r.histogram.counts, edges: r.histogram.edges.map((e) => e / 1000) },
    };
    const option = slaHistogramOption(seconds, lightTheme, 0.2, 's');
    expect((seriesById(option, 'histogram').markLine as { data: Part[] }).data).toEqual([
      expect.objectContaining({ xAxis: 0.2, name: 'target 200 ms' }),
      expect.objectContaining({ xAxis: 0.21, name: 'p95 210 ms' }),
      expect.objectContaining({ xAxis: 0.24, name: 'p99 240 ms' }),
    ]);
    expect(tickLabel(part(option, 'xAxis'), 0.2)).toBe('200 ms');
    expect(format(part(option, 'tooltip'), { dataIndex: 0, marker: '' })).toContain(
      '50 ms – 100 ms',
    );
  });

  it('slaHistogramOption(result, theme, target) widens the x range to a target beyond the bins', () => {
    const option = slaHistogramOption(result(), lightTheme, 400);
    expect(part(option, 'xAxis')).toMatchObject({ dataMin: 50, dataMax: 400 });
    const { result: extent } = drawOption(option, (chart) =>
      modelOf(chart).getComponent('xAxis').axis.scale.getExtent(),
    );
    expect(extent[0]).toBeLessThanOrEqual(50);
    expect(extent[1]).toBeGreaterThanOrEqual(400);
  });

  it('slaHistogramOption(result, theme, target) draws the bars nearly touching', () => {
    const { result: widths } = drawOption(
      slaHistogramOption(result(), lightTheme, 200),
      (chart) => {
        const data = modelOf(chart).getSeriesByIndex(0).getData();
        const [first, second] = [data.getItemLayout(0), data.getItemLayout(1)];
        return { bar: first.width, pitch: second.x - first.x };
      },
    );
    expect(widths.bar / widths.pitch).toBeGreaterThan(0.9);
  });

  it('slaHistogramOption(result, theme, target) tooltip gives the bin range, count and share', () => {
    const html = format(part(slaHistogramOption(result(), lightTheme, 200), 'tooltip'), {
      dataIndex: 1,
      marker: '',
    });
    expect(html).toBe('<div>100 ms – 150 ms</div>Responses: <b>4</b><br/>Share: <b>40 %</b>');
  });

  it('slaHistogramOption(result, theme, target) is drawn by ECharts without warnings', () => {
    expect(drawOption(slaHistogramOption(result(), lightTheme, 200)).warnings).toEqual([]);
  });
});
