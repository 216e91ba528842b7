import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import type { ZoomRange } from '../../src/charts/timeZoom';
import type { DescribePoint } from '../../src/components/chart/pointTooltip';

/** A stand-in for an ECharts instance (jsdom has no canvas): it records what the wrapper does. */
export interface FakeChart {
  readonly element: HTMLElement;
  /** Every option set, in order, with the setOption flags it came with. */
  readonly options: EChartsCoreOption[];
  readonly flags: unknown[];
  resizes: number;
  disposed: boolean;
  /** Fires a chart event, as ECharts does ('finished' once a render is complete). */
  emit(event: string): void;
  /** The pointer tooltip set with each option, in order (EChart's pointTooltip). */
  readonly pointTooltips: (DescribePoint | undefined)[];
  /** A person zooming the chart to `range` (null: the whole axis), once the gesture settled. */
  zoom(range: ZoomRange | null): void;
}

/** Every chart created since the last reset, in creation order. */
export const charts: FakeChart[] = [];

/** The replacement for src/components/echarts.ts's initChart. */
export function initChart(element: HTMLElement): EChartsType {
  const handlers = new Map<string, (() => void)[]>();
  let zoomed: ((range: ZoomRange | null) => void) | undefined;
  const chart: FakeChart = {
    element,
    options: [],
    flags: [],
    resizes: 0,
    disposed: false,
    emit: (event) => handlers.get(event)?.forEach((handler) => handler()),
    pointTooltips: [],
    zoom: (range) => zoomed?.(range),
  };
  charts.push(chart);
  const instance = {
    setOption(option: EChartsCoreOption, flags: unknown, pointTooltip?: DescribePoint) {
      chart.options.push(option);
      chart.flags.push(flags);
      chart.pointTooltips.push(pointTooltip);
    },
    on(event: string, handler: () => void) {
      handlers.set(event, [...(handlers.get(event) ?? []), handler]);
    },
    off(event: string, handler: () => void) {
      handlers.set(event, handlers.get(event)?.filter((h) => h !== handler) ?? []);
    },
    onZoom(handler: ((range: ZoomRange | null) => void) | undefined) {
      zoomed = handler;
    },
    isDisposed: () => chart.disposed,
    resize() {
      chart.resizes++;
    },
    dispose() {
      chart.disposed = true;
    },
  };
  return instance as unknown as EChartsType;
}

/** What chartPng and chartSvg were asked for, in order, since the last reset. */
export const chartExports: (
  | { kind: 'png'; chart: string | undefined; background: string }
  | { kind: 'svg'; width: number; height: number; background: string; option: EChartsCoreOption }
)[] = [];

/** The bytes chartPng gives: PNG's 8-byte signature, then "chart". */
export const FAKE_PNG_BYTES = [
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x63, 0x68, 0x61, 0x72, 0x74,
];

/** The replacement for echarts.ts's chartPng: a tiny PNG data URL for any live chart's element. */
export function chartPng(element: HTMLElement, background: string): string | null {
  if (!charts.some((c) => c.element === element && !c.disposed)) return null;
  chartExports.push({ kind: 'png', chart: element.dataset.chart, background });
  return `data:image/png;base64,${btoa(String.fromCharCode(...FAKE_PNG_BYTES))}`;
}

/** The replacement for echarts.ts's chartSvg: an SVG naming the size and series count asked for. */
export function chartSvg(
  option: EChartsCoreOption,
  width: number,
  height: number,
  background: string,
): string {
  chartExports.push({ kind: 'svg', width, height, background, option });
  const series = ([] as unknown[]).concat(option.series ?? []).length;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" data-series="${series}"></svg>`;
}

/** The live chart whose container has data-chart={name}; throws if there is none. */
export function chartNamed(name: string): FakeChart {
  const chart = charts.find((c) => !c.disposed && c.element.dataset.chart === name);
  if (!chart) throw new Error(`no chart named "${name}"`);
  return chart;
}

/** The option most recently set on the chart named `name`. */
export function lastOption(name: string): EChartsCoreOption {
  const { options } = chartNamed(name);
  return options[options.length - 1];
}

/**
 * An option as plain data (functions such as tooltip formatters dropped, typed arrays as objects),
 * so an option drawn can be compared with one built afresh from the same view.
 */
export function plain(option: EChartsCoreOption): unknown {
  return JSON.parse(JSON.stringify(option));
}
