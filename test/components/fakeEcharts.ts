import type { EChartsCoreOption, EChartsType } from 'echarts/core';
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
}

/** Every chart created since the last reset, in creation order. */
export const charts: FakeChart[] = [];

/** The replacement for src/components/echarts.ts's initChart. */
export function initChart(element: HTMLElement): EChartsType {
  const handlers = new Map<string, (() => void)[]>();
  const chart: FakeChart = {
    element,
    options: [],
    flags: [],
    resizes: 0,
    disposed: false,
    emit: (event) => handlers.get(event)?.forEach((handler) => handler()),
    pointTooltips: [],
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
