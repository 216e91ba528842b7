import { describe, expect, it } from 'vitest';
import type { PercentileBandsView } from '../../src/analysis/views/percentileBandsView';
import { percentileBandsOption } from '../../src/charts/percentileBandsOption';
import { lightTheme, withTimeZone } from '../../src/charts/theme';
import { inTimeZone } from './inTimeZone';
import {
  drawnXWindow,
  drawOption,
  format,
  modelOf,
  part,
  seriesById,
  seriesOf,
} from './optionHarness';

function view(): PercentileBandsView {
  return {
    name: 'latency',
    unit: 'ms',
    xKind: 'time',
    x: Float64Array.of(1e12, 1e12 + 60_000, 1e12 + 120_000),
    qs: [50, 95, 99],
    bands: [
      Float64Array.of(100, 110, 120),
      Float64Array.of(150, 170, 160),
      Float64Array.of(200, 230, 260),
    ],
    window: 60,
    step: 1,
    length: 62,
  };
}

describe('percentileBandsOption', () => {
  it('percentileBandsOption(view, theme, zoom) draws the bands over the zoomed window', () => {
    const zoom = { start: 1e12 + 30_000, end: 1e12 + 90_000 };
    expect(drawnXWindow(percentileBandsOption(view(), lightTheme, zoom))).toEqual([
      zoom.start,
      zoom.end,
    ]);
    expect(drawnXWindow(percentileBandsOption(view(), lightTheme))).toEqual([1e12, 1e12 + 120_000]);
  });

  it('percentileBandsOption(view) draws one line per percentile, named p50, p95, p99', () => {
    const option = percentileBandsOption(view(), lightTheme);
    expect(seriesById(option, 'p50').data).toEqual([
      [1e12, 100],
      [1e12 + 60_000, 110],
      [1e12 + 120_000, 120],
    ]);
    expect(seriesById(option, 'p99')).toMatchObject({
      type: 'line',
      name: 'p99',
      showSymbol: false,
    });
    expect(seriesById(option, 'p99').stack).toBeUndefined();
    const legend = part(option, 'legend');
    expect(legend.data).toEqual([{ name: 'p50' }, { name: 'p95' }, { name: 'p99' }]);
  });

  it('percentileBandsOption(view) fills between consecutive percentiles, lightly, outside tooltips', () => {
    const option = percentileBandsOption(view(), lightTheme);
    const lower = seriesById(option, 'p95-p99-lower');
    const fill = seriesById(option, 'p95-p99');
    expect(lower.data).toEqual(seriesById(option, 'p95').data);
    expect((fill.data as number[][]).map((row) => row[1])).toEqual([50, 60, 100]);
    expect(fill).toMatchObject({ stack: 'p95-p99', tooltip: { show: false } });
    expect((fill.areaStyle as { opacity: number }).opacity).toBeLessThan(0.3);
    expect(seriesById(option, 'p50-p95')).toMatchObject({ stack: 'p50-p95' });
    expect(seriesOf(option)).toHaveLength(3 + 2 * 2);
  });

  it('percentileBandsOption(view) fill tops meet the upper percentile line in ECharts', () => {
    const option = percentileBandsOption(view(), lightTheme);
    const index = seriesOf(option).findIndex((s) => s.id === 'p50-p95');
    const { result } = drawOption(option, (chart) => {
      const data = modelOf(chart).getSeriesByIndex(index).getData();
      const dim = data.getCalculationInfo('stackResultDimension');
      return [0, 1, 2].map((i) => data.get(dim, i));
    });
    expect(result).toEqual([150, 170, 160]);
  });

  describe('in New York, 1e12 ms being 2001-09-09 01:46:40 UTC and 2001-09-08 21:46:40 EDT', () => {
    inTimeZone('America/New_York');
    const local = withTimeZone(lightTheme, 'local');
    const heading = (option: ReturnType<typeof percentileBandsOption>) =>
      format(part(option, 'tooltip'), [{ seriesName: 'p95', value: [1e12, 150] }]);
    const labels = (option: ReturnType<typeof percentileBandsOption>) =>
      [...drawOption(option).svg.matchAll(/>(\d\d:\d\d)</g)].map((m) => m[1]);

    it('percentileBandsOption(view) in UTC: a UTC time axis and tooltip headings ending UTC', () => {
      const option = percentileBandsOption(view(), lightTheme);
      expect(option).toMatchObject({ useUTC: true });
      expect(part(option, 'xAxis')).toMatchObject({ type: 'time' });
      expect(heading(option)).toBe('<div>2001-09-09 01:46 UTC</div>p95: <b>150 ms</b>');
    });

    it("percentileBandsOption(view) in the browser's zone: local axis and tooltip headings", () => {
      const option = percentileBandsOption(view(), local);
      expect(option).toMatchObject({ useUTC: false });
      expect(heading(option)).toBe('<div>2001-09-08 21:46</div>p95: <b>150 ms</b>');
    });

    it('percentileBandsOption(view) axis labels are drawn by ECharts in the chosen zone', () => {
      expect(labels(percentileBandsOption(view(), lightTheme))).toEqual(['01:47', '01:48']);
      expect(labels(percentileBandsOption(view(), local))).toEqual(['21:47', '21:48']);
    });
  });

  it('percentileBandsOption(view) is drawn by ECharts without warnings', () => {
    expect(drawOption(percentileBandsOption(view(), lightTheme)).warnings).toEqual([]);
  });
});
