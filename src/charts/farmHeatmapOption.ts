import type { CustomSeriesRenderItemAPI, EChartsOption } from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { PeerMark } from '../analysis/views/farmPeers';
import type { FarmView } from '../analysis/views/farmView';
import { pointerTooltip, tooltipHtml } from './axisTooltip';
import { baseOption } from './baseOption';
import { cellPixels } from './cellPixels';
import { colourRamp } from './colourRamp';
import {
  formatCount,
  formatCountOf,
  formatTimeSpan,
  formatValue,
  type TimeZone,
} from './formatNumber';
import type { ChartTheme } from './theme';
import { categoryAxis, xAxisFor } from './xAxisFor';

/**
 * Makes RGBA pixels (ImageData's layout, width x height) into an image ECharts can draw: in the
 * browser a canvas (components/canvasFromPixels); anything with toDataURL for the SVG renderer.
 */
export type ImageFromPixels = (
  pixels: Uint8ClampedArray<ArrayBuffer>,
  width: number,
  height: number,
) => HTMLCanvasElement;

/** Grid margins and the widest row label, in CSS px. */
const GRID = { left: 8, right: 16, top: 12, bottom: 60 };
const ROW_LABEL_PX = 180;

/**
 * The most room the heatmap's axes and legend take from its chart, in CSS px: the plot has at least
 * the chart's size less this (more when the row labels are short).
 */
export const FARM_AXES_PX = {
  width: GRID.left + ROW_LABEL_PX + GRID.right,
  height: GRID.top + GRID.bottom,
};

/**
 * A heatmap row's label: the server's name, or 'first … last (k servers)' for a group of servers.
 * @example rowLabel(['a', 'b', 'c'], 0, 3) // 'a … c (3 servers)'
 */
function rowLabel(order: readonly string[], start: number, end: number): string {
  return end - start === 1
    ? order[start]
    : `${order[start]} … ${order[end - 1]} (${end - start} servers)`;
}

/** Every row's label, worst first. */
function rowLabels({ heatmap: h, order }: FarmView): string[] {
  return Array.from({ length: h.rows }, (_, r) =>
    rowLabel(order, h.rowStart[r], h.rowStart[r + 1]),
  );
}

/** The time (epoch ms) a step starts at when the farm is timed, else the step itself. */
function stepStart(time: FarmView['time']): (step: number) => number {
  return (step) => (time ? time.startMs + step * time.stepMs : step);
}

/**
 * The column whose steps colStart[c] <= step < colStart[c + 1] hold `step` (a fractional step
 * belongs to the step it is in), or -1 outside them all.
 */
function columnAt(colStart: Uint32Array, columns: number): (step: number) => number {
  return (step) => {
    if (!(step >= colStart[0] && step < colStart[columns])) return -1;
    let [low, high] = [0, columns - 1];
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (colStart[mid] <= step) low = mid;
      else high = mid - 1;
    }
    return low;
  };
}

/**
 * A stretch of the heatmap's x axis in words, from `from` to `to` (the end of its last step) as
 * stepStart gives them: a time span in `zone` on a timed farm (formatTimeSpan), else its steps.
 * @example farmSpan(null, 'utc', 0, 30) // 'steps 0–29'
 * @example farmSpan(null, 'utc', 7, 8) // 'step 7'
 */
export function farmSpan(time: FarmView['time'], zone: TimeZone, from: number, to: number): string {
  if (time) return formatTimeSpan(from, to, zone);
  return to - from === 1
    ? `step ${formatCount(from)}`
    : `steps ${formatCount(from)}–${formatCount(to - 1)}`;
}

/** The colour scale: 0-100 for a percentage, else the cells' range (widened when flat or empty). */
function colourRange(view: FarmView, unit: string): [number, number] {
  if (unit === '%') return [0, 100];
  const { min, max } = view.heatmap;
  if (!Number.isFinite(min)) return [0, 1];
  return max > min ? [min, max] : [min, min + 1];
}

/**
 * What a screen reader hears for the heatmap (ECharts' own description would list the one image):
 * metric, servers and rows, the three most loaded servers, the time span or steps, colour range,
 * and the peer outliers outlined, if any.
 */
function ariaDescription(view: FarmView, theme: ChartTheme, [min, max]: number[]): string {
  const { heatmap: h, time, order, metricName } = view;
  const unit = view.unit;
  const at = stepStart(time);
  const steps = h.colStart[h.columns];
  const span = time
    ? formatTimeSpan(at(0), at(steps), theme.timeZone)
    : `steps 0 to ${formatCount(Math.max(0, steps - 1))}`;
  const peers = view.peers;
  const outlined = peers?.count
    ? ` Peer outliers outlined: ${formatCountOf(peers.count, 'run')} on ` +
      `${formatCountOf(peers.hosts, 'server')}.`
    : '';
  return (
    `Server farm heatmap of ${metricName}: ${formatCount(order.length)} servers in ` +
    `${formatCount(h.rows)} rows, most loaded first (${order.slice(0, 3).join(', ')}), ${span}; ` +
    `colours from ${formatValue(min, unit)} to ${formatValue(max, unit)}.${outlined}`
  );
}

/**
 * The cells as one image placed over the plot, from the first step's start to the last one's end
 * across and over the row bands down: painted at the device's own pixel size and drawn on whole
 * device pixels, so no cell is blurred, and painted again only when that size changes.
 */
function cellsImage(view: FarmView, theme: ChartTheme, toImage: ImageFromPixels) {
  const { heatmap: h, time } = view;
  const at = stepStart(time);
  const end = at(h.colStart[h.columns]);
  const colourOf = colourRamp(theme.sequential, ...colourRange(view, view.unit));
  let painted: { width: number; height: number; image: HTMLCanvasElement } | undefined;
  return (_params: unknown, api: CustomSeriesRenderItemAPI) => {
    const [x0, y0] = api.coord([at(0), 0]);
    const [x1] = api.coord([end, 0]);
    const rowHeight = (api.size!([0, 1]) as number[])[1];
    const ratio = api.getDevicePixelRatio();
    const left = Math.round(x0 * ratio);
    const top = Math.round((y0 - rowHeight / 2) * ratio);
    const width = Math.round(x1 * ratio) - left;
    const height = Math.round((y0 - rowHeight / 2 + h.rows * rowHeight) * ratio) - top;
    if (!(width > 0 && height > 0)) return null;
    if (painted?.width !== width || painted.height !== height) {
      const pixels = cellPixels(h, colourOf, width, height);
      painted = { width, height, image: toImage(pixels, width, height) };
    }
    const style = { image: painted.image, x: left / ratio, y: top / ratio };
    return {
      type: 'image' as const,
      silent: true,
      style: { ...style, width: width / ratio, height: height / ratio },
    };
  };
}

// Outlines are 1.5 px wide around rows of 12 px or more, and 1 px around thinner ones (100 servers
// in a 300 px chart), which would otherwise be mostly outline.
const OUTLINE_PX = 1.5;
const THIN_OUTLINE_PX = 1;
const THIN_ROW_PX = 12;

/**
 * The peer outliers' marks (view.peers.marks) as one path of rectangles on the edges of the cells
 * each covers (marks on neighbouring rows share an edge): one element however many there are (the
 * large demo's CPU has some 3,000 runs).
 */
function peerOutlines(view: FarmView, theme: ChartTheme, marks: readonly PeerMark[]) {
  const { heatmap: h, time } = view;
  const at = stepStart(time);
  return (_params: unknown, api: CustomSeriesRenderItemAPI) => {
    const rowHeight = (api.size!([0, 1]) as number[])[1];
    const pathData = marks
      .map(({ row, fromColumn, toColumn }) => {
        const [x0, middle] = api.coord([at(h.colStart[fromColumn]), row]);
        const [x1] = api.coord([at(h.colStart[toColumn]), row]);
        const [y0, y1] = [middle - rowHeight / 2, middle + rowHeight / 2];
        return `M${x0} ${y0}H${x1}V${y1}H${x0}Z`;
      })
      .join('');
    const lineWidth = rowHeight < THIN_ROW_PX ? THIN_OUTLINE_PX : OUTLINE_PX;
    const style = { fill: 'none', stroke: theme.accent, lineWidth };
    return { type: 'path' as const, silent: true, shape: { pathData }, style };
  };
}

/**
 * The Server farm heatmap: one row per server group, worst first at the top (the y axis is
 * inverted), across a time axis (in the theme's time zone) from the first step's start to the last
 * one's end, or a step axis when the farm is untimed; each column is a block of steps as wide as
 * its span. A continuous colour scale over the block means (0-100 for cpu and memory, which are
 * percentages; values beyond it take the end colours) has ECharts' visualMap as its legend. Empty
 * blocks (NaN) are left blank. The cells are drawn as one image made by `toImage` rather than one
 * ECharts element each (a 200 x 480 grid took ECharts some 400 ms), so their tooltips come from
 * farmCellTooltip, shown where the pointer is, and the chart's aria description is written here.
 * The cells that hold a peer outlier's steps (view.peers.marks) are outlined in the accent colour,
 * row by row, by a second series over the first ('peerOutliers', present when there are marks).
 */
export function farmHeatmapOption(
  view: FarmView,
  theme: ChartTheme,
  toImage: ImageFromPixels,
): EChartsCoreOption {
  const { heatmap: h, time } = view;
  const unit = view.unit;
  const [min, max] = colourRange(view, unit);
  const at = stepStart(time);
  const marks = view.peers?.marks ?? [];
  return {
    ...baseOption(theme),
    aria: { enabled: true, label: { description: ariaDescription(view, theme, [min, max]) } },
    grid: GRID,
    xAxis: {
      ...xAxisFor(time ? 'time' : 'index', theme, 'step'),
      min: at(0),
      max: at(h.colStart[h.columns]),
    },
    yAxis: {
      ...categoryAxis(theme, rowLabels(view), { interval: 'auto', width: ROW_LABEL_PX }),
      inverse: true,
    },
    // The legend only: the image is coloured by colourRamp, exactly as this map would colour it.
    visualMap: {
      type: 'continuous',
      seriesIndex: [],
      hoverLink: false,
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
    tooltip: pointerTooltip(theme),
    series: [
      {
        type: 'custom',
        id: 'heatmap',
        name: view.metricName,
        animation: false,
        data: [[at(0), 0]],
        renderItem: cellsImage(view, theme, toImage),
      },
      ...(marks.length > 0
        ? [
            {
              type: 'custom' as const,
              id: 'peerOutliers',
              name: 'Peer outliers',
              silent: true,
              animation: false,
              data: [[at(0), 0]],
              renderItem: peerOutlines(view, theme, marks),
            },
          ]
        : []),
    ],
  } satisfies EChartsOption;
}

/**
 * What the Server farm heatmap's tooltip says at plot point (x, y), as ECharts converts the pointer:
 * x a time (epoch ms; a step when the farm is untimed) and y a row, rounded to the nearest. It gives
 * the row's servers (escaped), the span of the block of steps holding x (ending ' UTC' when the
 * zone is UTC) or its steps, and the block's value with unit, or 'no samples' for a blank one.
 * Undefined off the grid.
 */
export function farmCellTooltip(
  view: FarmView,
  theme: ChartTheme,
): (x: number, y: number) => string | undefined {
  const { heatmap: h, time } = view;
  const unit = view.unit;
  const rows = rowLabels(view);
  const at = stepStart(time);
  const column = columnAt(h.colStart, h.columns);
  return (x, y) => {
    const [c, r] = [column(time ? (x - time.startMs) / time.stepMs : x), Math.round(y)];
    if (!(c >= 0 && r >= 0 && r < h.rows)) return undefined;
    const v = h.values[r * h.columns + c];
    const value = Number.isFinite(v) ? formatValue(v, unit) : 'no samples';
    const label = farmSpan(time, theme.timeZone, at(h.colStart[c]), at(h.colStart[c + 1]));
    return tooltipHtml({ title: rows[r], rows: [{ label, value }] });
  };
}
