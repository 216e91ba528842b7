import { describe, expect, it } from 'vitest';
import type { FarmView } from '../../src/analysis/views/farmView';
import { farmHeatmapOption } from '../../src/charts/farmHeatmapOption';
import { darkTheme, lightTheme, withTimeZone } from '../../src/charts/theme';
import { inTimeZone } from './inTimeZone';
import { drawOption, format, part, seriesById } from './optionHarness';

const EVIL = '<img src=x onerror=alert(1)>';
// Midnight UTC, which is 19:00 the day before in New York, where these tests run.
const START = Date.UTC(2024, 0, 1);

/** 4 servers worst first in 3 rows (the middle row a group of 2) x 2 columns of 30 steps. */
function view(
  metricName = 'cpu',
  time: FarmView['time'] = { startMs: START, stepMs: 60_000 },
): FarmView {
  return {
    // The chart reads only the heatmap, order, metric name and time.
    health: {} as FarmView['health'],
    heatmap: {
      rows: 3,
      columns: 2,
      values: Float64Array.of(90, 80, 50, NaN, 10, 20),
      rowStart: Uint32Array.of(0, 1, 3, 4),
      colStart: Uint32Array.of(0, 30, 60),
      min: 10,
      max: 90,
    },
    metric: 0,
    metricName,
    order: [EVIL, 'web-02', 'web-03', 'web-04'],
    time,
  };
}

describe('farmHeatmapOption', () => {
  inTimeZone('America/New_York');
  const local = withTimeZone(lightTheme, 'local');

  it('farmHeatmapOption(view) labels rows by server or group, worst row at the top', () => {
    const yAxis = part(farmHeatmapOption(view(), lightTheme), 'yAxis');
    expect(yAxis).toMatchObject({ type: 'category', inverse: true });
    expect(yAxis.data).toEqual([EVIL, 'web-02 … web-03 (2 servers)', 'web-04']);
  });

  it('farmHeatmapOption(view) puts row r at category r and leaves NaN cells out', () => {
    const heatmap = seriesById(farmHeatmapOption(view(), lightTheme), 'heatmap');
    expect(heatmap.data).toEqual([
      [0, 0, 90],
      [1, 0, 80],
      [0, 1, 50],
      [0, 2, 10],
      [1, 2, 20],
    ]);
  });

  it('farmHeatmapOption(view) draws the worst row at the top of the plot', () => {
    const { result } = drawOption(farmHeatmapOption(view(), lightTheme), (chart) =>
      [0, 2].map((row) => (chart.convertToPixel({ seriesIndex: 0 }, [0, row]) as number[])[1]),
    );
    const [worstY, bestY] = result;
    expect(worstY).toBeLessThan(bestY);
  });

  it('farmHeatmapOption(view) labels columns with the start time, HH:mm in UTC', () => {
    expect(part(farmHeatmapOption(view(), lightTheme), 'xAxis').data).toEqual(['00:00', '00:30']);
  });

  it("farmHeatmapOption(view) labels columns in the browser's zone when the theme says so", () => {
    expect(part(farmHeatmapOption(view(), local), 'xAxis').data).toEqual(['19:00', '19:30']);
  });

  it('farmHeatmapOption(view) labels columns with the start step when the farm is untimed', () => {
    const xAxis = part(farmHeatmapOption(view('cpu', null), lightTheme), 'xAxis');
    expect(xAxis).toMatchObject({ data: ['0', '30'], name: 'step' });
  });

  it.each([
    ['cpu', 0, 100],
    ['memory', 0, 100],
    ['diskIo', 10, 90],
  ])('farmHeatmapOption(view of %s) scales colours over %s..%s', (metric, min, max) => {
    const visualMap = part(farmHeatmapOption(view(metric), darkTheme), 'visualMap');
    expect(visualMap).toMatchObject({ type: 'continuous', dimension: 2, min, max });
    expect(visualMap.inRange).toEqual({ color: [...darkTheme.sequential] });
  });

  it('farmHeatmapOption(view) draws a grid under 40,000 cells in one pass', () => {
    const heatmap = seriesById(farmHeatmapOption(view(), lightTheme), 'heatmap');
    expect(heatmap.progressiveThreshold).toBeGreaterThanOrEqual(100 * 360);
  });

  it('farmHeatmapOption(view) tooltip escapes the row label and gives time span and value', () => {
    const tooltip = part(farmHeatmapOption(view(), lightTheme), 'tooltip');
    const html = format(tooltip, { value: [1, 0, 80] });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('2024-01-01 00:30 – 01:00 UTC: <b>80 %</b>');
  });

  it("farmHeatmapOption(view) tooltip gives the time span in the browser's zone, unlabelled", () => {
    const tooltip = part(farmHeatmapOption(view(), local), 'tooltip');
    expect(format(tooltip, { value: [1, 0, 80] })).toContain(
      '2023-12-31 19:30 – 20:00: <b>80 %</b>',
    );
  });

  it('farmHeatmapOption(view of diskIo, untimed) tooltip gives the steps and MB/s', () => {
    const tooltip = part(farmHeatmapOption(view('diskIo', null), lightTheme), 'tooltip');
    expect(format(tooltip, { value: [0, 1, 50] })).toContain('steps 0–29: <b>50 MB/s</b>');
  });

  it('farmHeatmapOption(view) is drawn by ECharts without warnings', () => {
    expect(drawOption(farmHeatmapOption(view(), lightTheme)).warnings).toEqual([]);
  });
});
