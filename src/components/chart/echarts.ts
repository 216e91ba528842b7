import { BarChart, CustomChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  LegendScrollComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import {
  getInstanceByDom,
  init,
  use as install,
  type EChartsCoreOption,
  type EChartsType,
} from 'echarts/core';
import type { ZoomRange } from '../../charts/timeZoom';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { followPointer } from './pointTooltip';
import { scheduledChart, type ScheduledChart } from './scheduledChart';

// Only the pieces the option builders in src/charts use (their legends scroll, their visual maps
// are continuous), so the bundle carries nothing else. echarts.browser.test draws every builder's
// option with exactly these and fails on any piece missing. The SVG renderer draws nothing on the
// page: it is for exporting a chart as SVG (chartSvg).
install([
  LineChart,
  BarChart,
  ScatterChart,
  HeatmapChart,
  CustomChart,
  GridComponent,
  TooltipComponent,
  LegendScrollComponent,
  VisualMapContinuousComponent,
  MarkLineComponent,
  MarkAreaComponent,
  TitleComponent,
  AriaComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  CanvasRenderer,
  SVGRenderer,
]);

/** The dataZoom fields zoomWindow reads (ECharts keeps both forms up to date). */
interface DataZoomState {
  start?: number;
  end?: number;
  startValue?: number;
  endValue?: number;
}

/**
 * The x window `chart`'s first dataZoom shows, in axis values rounded to whole units (epoch ms on
 * a time axis); null when it shows the whole axis, undefined when the chart has no dataZoom.
 * ECharts' datazoom events carry percentages only: its option holds the values.
 */
export function zoomWindow(chart: EChartsType): ZoomRange | null | undefined {
  const [zoom] = (chart.getOption().dataZoom ?? []) as DataZoomState[];
  if (!zoom) return undefined;
  if (zoom.start === 0 && zoom.end === 100) return null;
  const { startValue, endValue } = zoom;
  if (typeof startValue !== 'number' || typeof endValue !== 'number') return undefined;
  return { start: Math.round(startValue), end: Math.round(endValue) };
}

/**
 * A canvas-rendered chart on `element`, created, drawn and resized one chart per main-thread task
 * (see scheduledChart), whose tooltip can also follow the pointer (see followPointer). Component
 * tests replace this module with a synchronous stand-in.
 */
export function initChart(element: HTMLElement): ScheduledChart {
  return scheduledChart(() => {
    const chart = init(element, undefined, { renderer: 'canvas' });
    return Object.assign(chart, {
      describePoint: followPointer(chart),
      zoomWindow: () => zoomWindow(chart),
    });
  });
}

/**
 * The chart drawn on `element` (by initChart) as a PNG data URL at twice its CSS pixel size, on
 * `background` (the options themselves are transparent); null when it has no chart yet or it was
 * disposed of. ECharts' getDataURL: what is on the canvas now, zoom and hidden series included.
 */
export function chartPng(element: HTMLElement, background: string): string | null {
  const chart = getInstanceByDom(element);
  if (!chart || chart.isDisposed()) return null;
  return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background });
}

/**
 * `option` drawn as an SVG document of width x height CSS pixels on `background`, by ECharts' SVG
 * renderer in server-side mode (no element; the page keeps drawing on canvas): its vector shapes
 * and text, whatever the screen's pixel ratio. Images in the option (the farm heatmap's painted
 * cells) would come out as embedded bitmaps, not shapes.
 */
export function chartSvg(
  option: EChartsCoreOption,
  width: number,
  height: number,
  background: string,
): string {
  const chart = init(null, undefined, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false, backgroundColor: background });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
