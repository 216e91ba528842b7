import type { EChartsOption, LineSeriesOption, XAXisComponentOption } from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { AnomalyView } from '../analysis/views/anomalyView';
import { axisTooltip } from './axisTooltip';
import { bandSeries } from './bandSeries';
import { baseOption } from './baseOption';
import { formatNumber } from './formatNumber';
import { lineSeries } from './lineSeries';
import { markerSeries } from './markerSeries';
import type { ChartTheme } from './theme';
import { timeZoom, zoomSliderSpace, type ZoomRange } from './timeZoom';
import { formatX, valueAxis, xAxisFor } from './xAxisFor';

/** The score track's legend entry. */
export const SCORE_NAME = 'Anomaly score';

/**
 * The main plot above, the faint score track in the bottom fifth, sharing the x range; under the
 * track, `slider` pixels for the zoom slider (the main plot moves up by about as much).
 */
function grids(top: number, slider: number) {
  return [
    { left: 8, right: 24, top, bottom: slider > 0 ? '32%' : '26%' },
    { left: 8, right: 24, height: '14%', bottom: 8 + slider },
  ];
}

/**
 * The range the main plot's y axis may span: the series' own values with a tenth of their range
 * either side, so a band that balloons where the detector is unsure (a level shift inside its
 * window) is cut off at the plot's edge instead of squashing the series. Null for an empty series.
 */
export function seriesRange(y: ArrayLike<number>): { min: number; max: number } | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < y.length; i++) {
    if (y[i] < lo) lo = y[i];
    if (y[i] > hi) hi = y[i];
  }
  if (lo > hi) return null;
  const margin = hi > lo ? 0.1 * (hi - lo) : Math.abs(hi) * 0.1 || 1;
  return { min: lo - margin, max: hi + margin };
}

/**
 * The detector's score in [0, 1] as a faint filled line on the lower grid, with its flag line
 * (the score threshold) dashed; left out of the tooltip (its unit is not the series').
 */
function scoreTrack(view: AnomalyView, theme: ChartTheme): LineSeriesOption {
  return {
    ...lineSeries({
      id: 'score',
      name: SCORE_NAME,
      x: view.score.x,
      y: view.score.y,
      color: theme.muted,
      width: 1,
    }),
    xAxisIndex: 1,
    yAxisIndex: 1,
    areaStyle: { color: theme.muted, opacity: 0.15 },
    tooltip: { show: false },
    markLine: {
      silent: true,
      symbol: 'none',
      label: { show: false },
      lineStyle: { color: theme.danger, type: 'dashed', width: 1 },
      data: [{ yAxis: view.scoreThreshold }],
    },
  };
}

/**
 * The Anomalies chart: the expected band (expected ∓ threshold σ) shaded, the expected value as a
 * thin dashed line (both cut off at seriesRange), the series on top, every marked anomaly as a point in the danger colour, the
 * detector's learning period shaded and labelled, and under it the anomaly score as a faint track
 * (0 to 1) with its flag line. Legend: the series' own name, 'Expected', 'Band (±kσ)', 'Anomalies',
 * 'Anomaly score'. The band may dip below 0 (bandSeries stacks it whatever the signs). On a time
 * axis, both plots' x window is `zoom` (null: the whole series) and can be zoomed (timeZoom).
 */
export function anomaliesOption(
  view: AnomalyView,
  theme: ChartTheme,
  zoom: ZoomRange | null = null,
): EChartsCoreOption {
  const { series, band, markers } = view;
  const bandName = `Band (±${formatNumber(view.threshold)}σ)`;
  const base = baseOption(theme, [
    series.name,
    'Expected',
    { name: bandName, icon: 'roundRect' },
    'Anomalies',
    SCORE_NAME,
  ]);
  const line = lineSeries({
    id: 'series',
    name: series.name,
    x: series.x,
    y: series.y,
    color: theme.accent,
  });
  if (view.learningUntil !== null && series.x.length > 0) {
    line.markArea = {
      silent: true,
      itemStyle: { color: theme.grid, opacity: 0.35 },
      label: { color: theme.muted, position: 'insideTop' },
      data: [[{ name: 'Learning', xAxis: series.x[0] }, { xAxis: view.learningUntil }]],
    };
  }
  const xAxis = xAxisFor(series.xKind, theme);
  const range = seriesRange(series.y);
  // The score track shares the main plot's x range; its own labels would only repeat them.
  const scoreXAxis = { ...xAxis, gridIndex: 1, name: '' } as XAXisComponentOption;
  scoreXAxis.axisLabel = { show: false };
  return {
    ...base,
    grid: grids(base.legend ? 36 : 20, zoomSliderSpace(series.xKind)),
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    xAxis: [xAxis, scoreXAxis],
    dataZoom: timeZoom(series.xKind, zoom, theme, [0, 1]),
    yAxis: [
      {
        ...valueAxis(theme, series.unit),
        ...(range && {
          min: (extent: { min: number }) => Math.max(extent.min, range.min),
          max: (extent: { max: number }) => Math.min(extent.max, range.max),
        }),
      },
      { ...valueAxis(theme, 'score'), gridIndex: 1, min: 0, max: 1, interval: 1 },
    ],
    tooltip: axisTooltip(theme, formatX(series.xKind, theme), series.unit),
    series: [
      ...bandSeries({
        id: 'band',
        name: bandName,
        x: band.x,
        lower: band.lower,
        upper: band.upper,
        color: theme.band,
      }),
      lineSeries({
        id: 'expected',
        name: 'Expected',
        x: band.x,
        y: band.expected,
        color: theme.muted,
        width: 1,
        dashed: true,
      }),
      line,
      markerSeries({
        id: 'anomalies',
        name: 'Anomalies',
        x: markers.x,
        y: markers.y,
        color: theme.danger,
        size: 7,
      }),
      scoreTrack(view, theme),
    ],
  } satisfies EChartsOption;
}
