import { init, use as register, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { vi } from 'vitest';
import '../../src/components/chart/echarts';

// The app's own registration (imported above), so drawOption draws with exactly the pieces the
// bundle carries: ECharts warns when an option names a component that is not registered (legend,
// visualMap, title...), and drawOption's warnings catch a builder reaching beyond them; it does not
// check markLine/markArea. The SVG renderer is added for drawing without a DOM.
register(SVGRenderer);

/** A loosely typed piece of an option (a series, an axis...), for asserting on its fields. */
export type Part = Record<string, unknown>;

/** The option's `key` component, or its `index`-th when it is an array (xAxis, grid...). */
export function part(option: EChartsCoreOption, key: string, index = 0): Part {
  const value = option[key];
  return (Array.isArray(value) ? value[index] : value) as Part;
}

/** The option's series, as an array. */
export function seriesOf(option: EChartsCoreOption): Part[] {
  return option.series as Part[];
}

/** The series with this id; throws when there is none, so a renamed id fails loudly. */
export function seriesById(option: EChartsCoreOption, id: string): Part {
  const found = seriesOf(option).find((s) => s.id === id);
  if (!found) throw new Error(`no series with id ${id}`);
  return found;
}

/** What an axis part labels `value` with: its own label formatter's text. */
export function tickLabel(axis: Part, value: number): string {
  return (axis.axisLabel as { formatter: (value: number) => string }).formatter(value);
}

/** Calls a part's formatter (tooltip, label) with fake ECharts callback params. */
export function format(owner: object, params: unknown): string {
  return (owner as { formatter: (p: unknown) => string }).formatter(params);
}

/** The few internals of a drawn chart's model that tests read (stack results, axis extents). */
export interface DrawnModel {
  getSeriesByIndex(index: number): {
    getData(): {
      count(): number;
      get(dim: string, index: number): number;
      getCalculationInfo(key: 'stackResultDimension'): string;
      getItemLayout(index: number): { x: number; y: number; width: number; height: number };
    };
  };
  getComponent(mainType: string, index?: number): { axis: { scale: { getExtent(): number[] } } };
}

/** The model of a chart drawn by drawOption (ECharts keeps getModel private in its types). */
export function modelOf(chart: EChartsType): DrawnModel {
  return (chart as unknown as { getModel(): DrawnModel }).getModel();
}

/**
 * Draws `option` with ECharts' server-side SVG renderer (no DOM), runs `inspect` on the live chart,
 * then disposes it. Returns what inspect returned and every warning or error ECharts logged, so a
 * test can require an option ECharts accepts without complaint.
 */
export function drawOption<T>(
  option: EChartsCoreOption,
  inspect: (chart: EChartsType) => T = () => undefined as T,
): { warnings: string[]; svg: string; result: T } {
  const warnings: string[] = [];
  const log = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  const warn = vi.spyOn(console, 'warn').mockImplementation(log);
  const error = vi.spyOn(console, 'error').mockImplementation(log);
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 360 });
  try {
    chart.setOption(option);
    return { warnings, svg: chart.renderToSVGString(), result: inspect(chart) };
  } finally {
    chart.dispose();
    warn.mockRestore();
    error.mockRestore();
  }
}

/**
 * The window `option` draws its `index`-th x axis over, its dataZoom applied, as [min, max]; throws
 * when ECharts complained about the option.
 */
export function drawnXWindow(option: EChartsCoreOption, index = 0): number[] {
  const { warnings, result } = drawOption(option, (chart) =>
    modelOf(chart).getComponent('xAxis', index).axis.scale.getExtent(),
  );
  if (warnings.length > 0) throw new Error(warnings.join('\n'));
  return result;
}
