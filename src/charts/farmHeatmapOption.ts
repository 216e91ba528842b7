import type { EChartsOption } from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { FarmView } from '../analysis/views/farmView';
import { itemTooltip } from './axisTooltip';
import { baseOption } from './baseOption';
import { formatClock, formatCount, formatTime, formatValue, zoneSuffix } from './formatNumber';
import { metricUnit } from './metricUnit';
import type { ChartTheme } from './theme';
import { categoryAxis } from './xAxisFor';

/** Cells drawn in one pass; the default 100 x 360 grid (36,000 cells) stays under this. */
const ONE_PASS_CELLS = 40_000;

/**
 * A heatmap row's label: the server's name, or 'first … last (k servers)' for a group of servers.
 * @example rowLabel(['a', 'b', 'c'], 0, 3) // 'a … c (3 servers)'
 */
function rowLabel(order: readonly string[], start: number, end: number): string {
  return end - start === 1
    ? order[start]
    : `${order[start]} … ${order[end - 1]} (${end - start} servers)`;
}

/** The colour scale: 0-100 for a percentage, else the cells' range (widened when flat or empty). */
function colourRange(view: FarmView, unit: string): [number, number] {
  if (unit === '%') return [0, 100];
  const { min, max } = view.heatmap;
  if (!Number.isFinite(min)) return [0, 1];
  return max > min ? [min, max] : [min, min + 1];
}

/**
 * The Server farm heatmap: one row per server group, worst first at the top (the y axis is
 * inverted), one column per block of steps labelled with its start time (HH:mm in the theme's time
 * zone) or step number, a continuous colour scale over the block means (0-100 for cpu and memory,
 * which are percentages), and empty blocks (NaN) left blank. Tooltips name the row (escaped), the
 * block's time span (ending ' UTC' when the zone is UTC) and its value with unit. Grids up to
 * 40,000 cells draw in one pass; progressive chunks would flicker.
 */
export function farmHeatmapOption(view: FarmView, theme: ChartTheme): EChartsCoreOption {
  const { heatmap: h, time, order } = view;
  const unit = metricUnit(view.metricName);
  const [min, max] = colourRange(view, unit);
  const rows = Array.from({ length: h.rows }, (_, r) =>
    rowLabel(order, h.rowStart[r], h.rowStart[r + 1]),
  );
  const at = (step: number) => (time ? time.startMs + step * time.stepMs : step);
  const columns = Array.from(h.colStart.subarray(0, h.columns), (step) =>
    time ? formatClock(at(step), theme.timeZone) : String(step),
  );
  const span = (c: number) => {
    const [first, end] = [h.colStart[c], h.colStart[c + 1]];
    if (time) {
      const zone = theme.timeZone;
      return `${formatTime(at(first), zone)} – ${formatClock(at(end), zone)}${zoneSuffix(zone)}`;
    }
    return end - first === 1
      ? `step ${formatCount(first)}`
      : `steps ${formatCount(first)}–${formatCount(end - 1)}`;
  };
  const data: [number, number, number][] = [];
  for (let r = 0; r < h.rows; r++) {
    for (let c = 0; c < h.columns; c++) {
      const v = h.values[r * h.columns + c];
      if (Number.isFinite(v)) data.push([c, r, v]);
    }
  }
  return {
    ...baseOption(theme),
    grid: { left: 8, right: 16, top: 12, bottom: 60 },
    xAxis: { ...categoryAxis(theme, columns, { interval: 'auto' }), name: time ? '' : 'step' },
    yAxis: { ...categoryAxis(theme, rows, { interval: 'auto', width: 180 }), inverse: true },
    visualMap: {
      type: 'continuous',
      dimension: 2,
      min,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      text: [formatValue(max, unit), formatValue(min, unit)],
      textStyle: { color: theme.muted },
      inRange: { color: [...theme.sequential] },
    },
    tooltip: itemTooltip(theme, (p) => {
      const [c, r, v] = p.value as [number, number, number];
      return { title: rows[r], rows: [{ label: span(c), value: formatValue(v, unit) }] };
    }),
    series: [
      {
        type: 'heatmap',
        id: 'heatmap',
        name: view.metricName,
        data,
        progressive: ONE_PASS_CELLS,
        progressiveThreshold: ONE_PASS_CELLS,
        emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 1 } },
      },
    ],
  } satisfies EChartsOption;
}
