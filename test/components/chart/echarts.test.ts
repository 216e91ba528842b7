import { init } from 'echarts/core';
import { afterEach, describe, expect, it } from 'vitest';
import { lightTheme } from '../../../src/charts/theme';
import { timeZoom } from '../../../src/charts/timeZoom';
import { zoomWindow } from '../../../src/components/chart/echarts';

const START = 1_700_000_000_000;
const HOUR = 3_600_000;

/** A line over ten hours from START on a time axis, zoomed to `zoom` (or not), drawn without DOM. */
function chartAt(zoom: { start: number; end: number } | null, withZoom = true) {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 360 });
  chart.setOption({
    xAxis: { type: 'time', min: 'dataMin', max: 'dataMax' },
    yAxis: { type: 'value' },
    dataZoom: withZoom ? timeZoom('time', zoom, lightTheme) : [],
    series: [{ type: 'line', data: Array.from({ length: 11 }, (_, i) => [START + i * HOUR, i]) }],
  });
  return chart;
}

let chart: ReturnType<typeof chartAt> | undefined;
afterEach(() => chart?.dispose());

describe('zoomWindow', () => {
  it('zoomWindow(chart) is the window an option set, in axis values', () => {
    chart = chartAt({ start: START + HOUR, end: START + 3 * HOUR });
    expect(zoomWindow(chart)).toEqual({ start: START + HOUR, end: START + 3 * HOUR });
  });

  it('zoomWindow(chart) turns a zoom given in percent (as a person zooms) into epoch ms', () => {
    chart = chartAt(null);
    chart.dispatchAction({ type: 'dataZoom', start: 20, end: 50 });
    expect(zoomWindow(chart)).toEqual({ start: START + 2 * HOUR, end: START + 5 * HOUR });
  });

  it('zoomWindow(chart) is null for the whole axis, undefined without a dataZoom', () => {
    chart = chartAt(null);
    expect(zoomWindow(chart)).toBeNull();
    chart.dispose();
    chart = chartAt(null, false);
    expect(zoomWindow(chart)).toBeUndefined();
  });
});
