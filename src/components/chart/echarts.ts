import { BarChart, CustomChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendScrollComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import { init, use as install } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { followPointer } from './pointTooltip';
import { scheduledChart, type ScheduledChart } from './scheduledChart';

// Only the pieces the option builders in src/charts use (their legends scroll, their visual maps
// are continuous), so the bundle carries nothing else. echarts.browser.test draws every builder's
// option with exactly these and fails on any piece missing.
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
  CanvasRenderer,
]);

/**
 * A canvas-rendered chart on `element`, created, drawn and resized one chart per main-thread task
 * (see scheduledChart), whose tooltip can also follow the pointer (see followPointer). Component
 * tests replace this module with a synchronous stand-in.
 */
export function initChart(element: HTMLElement): ScheduledChart {
  return scheduledChart(() => {
    const chart = init(element, undefined, { renderer: 'canvas' });
    return Object.assign(chart, { describePoint: followPointer(chart) });
  });
}
