import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
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
import { init, use as install, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the pieces the option builders in src/charts use (their legends scroll, their visual maps
// are continuous), so the bundle carries nothing else. echarts.browser.test draws every builder's
// option with exactly these and fails on any piece missing.
install([
  LineChart,
  BarChart,
  ScatterChart,
  HeatmapChart,
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

/** Creates a canvas-rendered chart on `element` (component tests replace this module). */
export function initChart(element: HTMLElement): EChartsType {
  return init(element, undefined, { renderer: 'canvas' });
}
