import { describe, expect, it } from 'vitest';
import type { AnomalyView } from '../../src/analysis/views/anomalyView';
import { anomaliesOption, seriesRange } from '../../src/charts/anomaliesOption';
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

const EVIL = '<img src=x onerror=alert(1)>';

function view(): AnomalyView {
  return {
    series: {
      name: EVIL,
      unit: 'ms',
      xKind: 'index',
      x: Float64Array.of(0, 1, 2, 3, 4),
      y: Float64Array.of(1, 2, 30, 2, 1),
      length: 5,
    },
    band: {
      x: Float64Array.of(1, 2, 3, 4),
      lower: Float64Array.of(-4, -3, -2, -1),
      expected: Float64Array.of(1, 2, 3, 4),
      upper: Float64Array.of(6, 7, 8, 9),
    },
    detector: 'zscore',
    causal: true,
    score: { x: Float64Array.of(1, 2, 3, 4), y: Float64Array.of(0.1, 0.8, 0.2, 0.1) },
    scoreThreshold: 0.45,
    markers: { x: Float64Array.of(2), y: Float64Array.of(30) },
    rows: [
      {
        index: 2,
        x: 2,
        timeMs: NaN,
        score: 0.8,
        value: 30,
        expected: 2,
        deviation: 5,
        direction: 'above',
        kind: 'spike',
        words: '5.0σ above the expected value',
      },
    ],
    count: 1,
    checked: 4,
    window: 2,
    threshold: 2.5,
    period: null,
    periodMs: null,
    learningUntil: null,
    maxDeviation: 1,
  };
}

/** view() on a time axis: sample i at 1e12 ms + i minutes. */
function timedView(): AnomalyView {
  const v = view();
  const at = (x: Float64Array) => x.map((i) => 1e12 + i * 60_000);
  return {
    ...v,
    series: { ...v.series, xKind: 'time', x: at(v.series.x) },
    band: { ...v.band, x: at(v.band.x) },
    score: { ...v.score, x: at(v.score.x) },
    markers: { ...v.markers, x: at(v.markers.x) },
  };
}

describe('anomaliesOption', () => {
  it('anomaliesOption(view, theme, zoom) draws the series and its score track over the zoomed window', () => {
    const zoom = { start: 1e12 + 60_000, end: 1e12 + 180_000 };
    const option = anomaliesOption(timedView(), lightTheme, zoom);
    expect(drawnXWindow(option, 0)).toEqual([zoom.start, zoom.end]);
    expect(drawnXWindow(option, 1)).toEqual([zoom.start, zoom.end]);
    expect(drawnXWindow(anomaliesOption(timedView(), lightTheme))).toEqual([1e12, 1e12 + 240_000]);
  });

  it('anomaliesOption(view) stacks the band as lower edge then upper - lower, signs and all', () => {
    const option = anomaliesOption(view(), lightTheme);
    const lower = seriesById(option, 'band-lower');
    const width = seriesById(option, 'band');
    expect(lower).toMatchObject({ stack: 'band', stackStrategy: 'all' });
    expect(width).toMatchObject({ stack: 'band', stackStrategy: 'all', name: 'Band (±2.5σ)' });
    expect(lower.data).toEqual([
      [1, -4],
      [2, -3],
      [3, -2],
      [4, -1],
    ]);
    expect((width.data as number[][]).map((row) => row[1])).toEqual([10, 10, 10, 10]);
    expect(seriesOf(option).indexOf(lower)).toBeLessThan(seriesOf(option).indexOf(width));
  });

  it('anomaliesOption(view) draws the band top at the upper edge in ECharts', () => {
    const option = anomaliesOption(view(), lightTheme);
    const index = seriesOf(option).findIndex((s) => s.id === 'band');
    const { result } = drawOption(option, (chart) => {
      const data = modelOf(chart).getSeriesByIndex(index).getData();
      const dim = data.getCalculationInfo('stackResultDimension');
      return Array.from({ length: data.count() }, (_, i) => data.get(dim, i));
    });
    expect(result).toEqual([6, 7, 8, 9]);
  });

  it('anomaliesOption(view) draws the mean thin and dashed, the series as a line, anomalies as danger points', () => {
    const option = anomaliesOption(view(), lightTheme);
    expect(seriesById(option, 'expected')).toMatchObject({
      type: 'line',
      lineStyle: { type: 'dashed', width: 1 },
    });
    expect(seriesById(option, 'expected').data).toHaveLength(4);
    expect(seriesById(option, 'series')).toMatchObject({ type: 'line', showSymbol: false });
    expect(seriesById(option, 'series').data).toHaveLength(5);
    const anomalies = seriesById(option, 'anomalies');
    expect(anomalies).toMatchObject({ type: 'scatter', itemStyle: { color: lightTheme.danger } });
    expect(anomalies.data).toEqual([[2, 30]]);
  });

  it('anomaliesOption(view) lists series, expected, band and anomalies in the legend, not the band edge', () => {
    const legend = part(anomaliesOption(view(), lightTheme), 'legend');
    expect((legend.data as { name: string }[]).map((item) => item.name)).toEqual([
      EVIL,
      'Expected',
      'Band (±2.5σ)',
      'Anomalies',
      'Anomaly score',
    ]);
  });

  it('anomaliesOption(view) draws the score track on its own grid under the series, with the flag line', () => {
    const option = anomaliesOption(view(), lightTheme);
    const score = seriesById(option, 'score');
    expect(score).toMatchObject({ type: 'line', xAxisIndex: 1, yAxisIndex: 1 });
    expect(score.data).toEqual([
      [1, 0.1],
      [2, 0.8],
      [3, 0.2],
      [4, 0.1],
    ]);
    expect((score.markLine as { data: unknown[] }).data).toEqual([{ yAxis: 0.45 }]);
    expect(part(option, 'yAxis', 1)).toMatchObject({ gridIndex: 1, min: 0, max: 1 });
    expect(part(option, 'xAxis', 1)).toMatchObject({ gridIndex: 1 });
  });

  it('anomaliesOption(view) shades the learning period, and only when there is one', () => {
    const shaded = seriesById(
      anomaliesOption({ ...view(), learningUntil: 3 }, lightTheme),
      'series',
    );
    expect(shaded.markArea).toMatchObject({
      data: [[{ name: 'Learning', xAxis: 0 }, { xAxis: 3 }]],
    });
    expect(seriesById(anomaliesOption(view(), lightTheme), 'series').markArea).toBeUndefined();
  });

  describe('on a timed series, in New York', () => {
    inTimeZone('America/New_York');
    const at = Date.UTC(2026, 6, 1, 2, 30);
    const timed = (): AnomalyView => {
      const base = view();
      const x = Float64Array.from(base.series.x, (i) => at + i * 60_000);
      return { ...base, series: { ...base.series, xKind: 'time', x } };
    };
    const heading = (option: ReturnType<typeof anomaliesOption>) =>
      format(part(option, 'tooltip'), [{ seriesName: 'x', value: [at, 1] }]).split('</div>')[0] +
      '</div>';

    it.each([
      ['UTC', lightTheme, true, '<div>2026-07-01 02:30 UTC</div>'],
      [
        "the browser's zone",
        withTimeZone(lightTheme, 'local'),
        false,
        '<div>2026-06-30 22:30</div>',
      ],
    ])(
      'anomaliesOption(timed view) in %s sets useUTC and the tooltip heading',
      (_, theme, utc, div) => {
        const option = anomaliesOption(timed(), theme);
        expect(option).toMatchObject({ useUTC: utc });
        expect(part(option, 'xAxis')).toMatchObject({ type: 'time' });
        expect(heading(option)).toBe(div);
      },
    );
  });

  it('anomaliesOption(view) tooltip escapes the series name and shows the band as a range', () => {
    const tooltip = part(anomaliesOption(view(), lightTheme), 'tooltip');
    const html = format(tooltip, [
      { seriesName: 'Band (±2.5σ)', value: [2, 10, -3, 7] },
      { seriesName: EVIL, value: [2, 30] },
    ]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;: <b>30 ms</b>');
    expect(html).toContain('Band (±2.5σ): <b>-3 ms – 7 ms</b>');
  });

  it('anomaliesOption(view) is drawn by ECharts without warnings', () => {
    expect(drawOption(anomaliesOption(view(), lightTheme)).warnings).toEqual([]);
  });
});

describe('seriesRange', () => {
  it("spans the series' values with a tenth of their range either side", () => {
    expect(seriesRange([10, 30, 20])).toEqual({ min: 8, max: 32 });
    expect(seriesRange([5, 5])).toEqual({ min: 4.5, max: 5.5 });
    expect(seriesRange([])).toBeNull();
  });

  it('cuts the main y axis off at the series range, never widening it past the data', () => {
    const axis = part(anomaliesOption(view(), lightTheme), 'yAxis') as {
      min: (e: { min: number }) => number;
      max: (e: { max: number }) => number;
    };
    // The series spans 1..30: the axis may reach -1.9..32.9 whatever the band does.
    expect(axis.min({ min: -150 })).toBeCloseTo(-1.9, 12);
    expect(axis.max({ max: 250 })).toBeCloseTo(32.9, 12);
    expect(axis.max({ max: 31 })).toBe(31);
  });
});
