import type { EChartsOption } from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { PercentileBandsView } from '../analysis/views/percentileBandsView';
import { axisTooltip } from './axisTooltip';
import { bandSeries } from './bandSeries';
import { baseOption } from './baseOption';
import { lineSeries } from './lineSeries';
import type { ChartTheme } from './theme';
import { timeZoom, zoomSliderSpace, type ZoomRange } from './timeZoom';
import { formatX, valueAxis, xAxisFor } from './xAxisFor';

/** Fill opacity between two consecutive percentiles, in the upper one's colour. */
const FILL_OPACITY = 0.15;

/**
 * The Percentile bands chart: one line per rolling percentile (legend 'p50', 'p95', 'p99' from
 * view.qs) and the gap between each consecutive pair lightly filled in the upper line's colour, so
 * the spread reads as bands over time. The fills are not in the legend or the tooltip; the lines
 * carry the values. On a time axis, the x window is `zoom` (null: the whole series) and can be
 * zoomed (timeZoom).
 */
export function percentileBandsOption(
  view: PercentileBandsView,
  theme: ChartTheme,
  zoom: ZoomRange | null = null,
): EChartsCoreOption {
  const names = view.qs.map((q) => `p${q}`);
  const colour = (i: number) => theme.series[i % theme.series.length];
  const fills = names.slice(1).flatMap((name, i) =>
    bandSeries({
      id: `${names[i]}-${name}`,
      name: `${names[i]}–${name}`,
      x: view.x,
      lower: view.bands[i],
      upper: view.bands[i + 1],
      color: colour(i + 1),
      opacity: FILL_OPACITY,
      inTooltip: false,
    }),
  );
  const base = baseOption(theme, names);
  return {
    ...base,
    grid: { ...base.grid, bottom: 8 + zoomSliderSpace(view.xKind) },
    xAxis: xAxisFor(view.xKind, theme),
    dataZoom: timeZoom(view.xKind, zoom, theme),
    yAxis: valueAxis(theme, view.unit),
    tooltip: axisTooltip(theme, formatX(view.xKind, theme), view.unit),
    series: [
      ...fills,
      ...names.map((name, i) =>
        lineSeries({ id: name, name, x: view.x, y: view.bands[i], color: colour(i) }),
      ),
    ],
  } satisfies EChartsOption;
}
