import { describe, expect, it } from 'vitest';
import type { DataCentresView } from '../../src/analysis/views/dataCentresView';
import { dataCentresOption } from '../../src/charts/dataCentresOption';
import { lightTheme } from '../../src/charts/theme';
import { drawOption, format, part, seriesById, type Part } from './optionHarness';

const EVIL = '<img src=x onerror=alert(1)>';

const UNITS = { cpu: '%', latencyMs: 'ms', errorRate: '%' };

/** Two centres, three metrics; the second reports no latency. */
function view(units: Record<string, string> = UNITS): DataCentresView {
  return {
    label: 'dc',
    weightMetric: 'requests',
    units,
    note: 'Each dc weighted by its requests.',
    dataCentres: [
      { name: 'us-east', traffic: 3, metrics: { cpu: 60, latencyMs: 150, errorRate: 0.5 } },
      { name: EVIL, traffic: 1, metrics: { cpu: 20, errorRate: 1.5 } },
    ],
    aggregate: {
      metricNames: ['cpu', 'latencyMs', 'errorRate'],
      averages: Float64Array.of(50, 150, 0.75),
      coverage: Float64Array.of(1, 0.75, 1),
      dataCentres: ['us-east', EVIL],
      weightShares: Float64Array.of(0.75, 0.25),
      totalTraffic: 4,
    },
  };
}

describe('dataCentresOption', () => {
  it('dataCentresOption(view) gives each metric its own grid, value axis and bar series', () => {
    const option = dataCentresOption(view(), lightTheme);
    expect(option.grid).toHaveLength(3);
    expect(option.xAxis).toHaveLength(3);
    expect(part(option, 'xAxis', 1)).toMatchObject({
      type: 'value',
      gridIndex: 1,
      name: 'latencyMs (ms)',
    });
    expect(part(option, 'xAxis', 2)).toMatchObject({ name: 'errorRate (%)' });
    expect(seriesById(option, 'cpu')).toMatchObject({
      type: 'bar',
      xAxisIndex: 0,
      yAxisIndex: 0,
      data: [60, 20],
    });
    expect(seriesById(option, 'latencyMs')).toMatchObject({
      xAxisIndex: 1,
      yAxisIndex: 1,
      data: [150, null],
    });
  });

  it('dataCentresOption(view) takes each metric’s unit from view.units, none when it has none', () => {
    const option = dataCentresOption(view({ cpu: 'ms', errorRate: '%' }), lightTheme);
    expect(part(option, 'xAxis', 0)).toMatchObject({ name: 'cpu (ms)' });
    expect(part(option, 'xAxis', 1)).toMatchObject({ name: 'latencyMs' });
    const line = (id: string) => (seriesById(option, id).markLine as { data: Part[] }).data;
    expect(line('cpu')).toEqual([expect.objectContaining({ name: 'avg 50 ms' })]);
    expect(line('latencyMs')).toEqual([
      expect.objectContaining({ name: 'avg 150 (75 % of traffic)' }),
    ]);
  });

  it('dataCentresOption(view) lays the grids side by side without overlap', () => {
    const grids = dataCentresOption(view(), lightTheme).grid as { left: string; width: string }[];
    const spans = grids.map((g) => [parseFloat(g.left), parseFloat(g.left) + parseFloat(g.width)]);
    for (let m = 1; m < spans.length; m++) expect(spans[m][0]).toBeGreaterThan(spans[m - 1][1]);
    expect(spans[spans.length - 1][1]).toBeLessThanOrEqual(100);
  });

  it('dataCentresOption(view) names the data centres on the first chart only, in the same order', () => {
    const option = dataCentresOption(view(), lightTheme);
    for (let m = 0; m < 3; m++) {
      expect(part(option, 'yAxis', m)).toMatchObject({
        data: ['us-east', EVIL],
        inverse: true,
        gridIndex: m,
      });
      expect((part(option, 'yAxis', m).axisLabel as Part).show).toBe(m === 0);
    }
  });

  it('dataCentresOption(view) marks each weighted average, with its traffic share when partial', () => {
    const option = dataCentresOption(view(), lightTheme);
    const line = (id: string) => (seriesById(option, id).markLine as { data: Part[] }).data;
    expect(line('cpu')).toEqual([expect.objectContaining({ xAxis: 50, name: 'avg 50 %' })]);
    expect(line('latencyMs')).toEqual([
      expect.objectContaining({ xAxis: 150, name: 'avg 150 ms (75 % of traffic)' }),
    ]);
  });

  it('dataCentresOption(view) tooltip escapes the data centre name and gives value and share', () => {
    const html = format(part(dataCentresOption(view(), lightTheme), 'tooltip'), {
      seriesIndex: 2,
      dataIndex: 1,
      value: 1.5,
      marker: '',
    });
    expect(html).not.toContain('<img');
    expect(html).toBe(
      '<div>&lt;img src=x onerror=alert(1)&gt;</div>errorRate: <b>1.5 %</b><br/>traffic share: <b>25 %</b>',
    );
  });

  it('dataCentresOption(view) is drawn by ECharts without warnings', () => {
    expect(drawOption(dataCentresOption(view(), lightTheme)).warnings).toEqual([]);
  });
});
