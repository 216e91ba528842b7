import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { baseOption } from '../../src/charts/baseOption';
import { chartLabel, chartSummary } from '../../src/charts/chartSummary';
import { lineSeries } from '../../src/charts/lineSeries';
import { lightTheme, withTimeZone } from '../../src/charts/theme';
import { timeZoom } from '../../src/charts/timeZoom';
import { categoryAxis, valueAxis, xAxisFor } from '../../src/charts/xAxisFor';

const HOUR = 3_600_000;
const START = Date.UTC(2026, 0, 1);

/** A line named `name` over `hours` hourly samples from 2026-01-01 00:00 UTC. */
const hourly = (name: string, hours: number) =>
  lineSeries({
    id: name,
    name,
    x: Float64Array.from({ length: hours }, (_, i) => START + i * HOUR),
    y: Float64Array.from({ length: hours }, (_, i) => i),
    color: '#000',
  });

/** A time-series chart of `names` in `theme`, the way the panels' builders make one. */
function timeChart(names: string[], theme = lightTheme, hours = 24): EChartsOption {
  return {
    ...baseOption(theme, names),
    xAxis: xAxisFor('time', theme),
    yAxis: valueAxis(theme, '%'),
    series: names.map((name) => hourly(name, hours)),
  };
}

describe('chartSummary', () => {
  it('says the kind, the series, the time range in the chart’s zone and the unit', () => {
    expect(chartSummary(timeChart(['web-01', 'web-02', 'web-03']))).toBe(
      'Line chart of 3 series: web-01, web-02 and web-03; 2026-01-01 00:00 – 23:00 UTC; values in %',
    );
    expect(chartSummary(timeChart(['cpu'], lightTheme, 48))).toBe(
      'Line chart of cpu; 2026-01-01 00:00 – 2026-01-02 23:00 UTC; values in %',
    );
  });

  it('says the zoomed window instead of the whole time range while zoomed', () => {
    const zoom = { start: START + 6 * HOUR, end: START + 12 * HOUR };
    expect(
      chartSummary({ ...timeChart(['cpu']), dataZoom: timeZoom('time', zoom, lightTheme) }),
    ).toBe('Line chart of cpu; zoomed to 2026-01-01 06:00 – 12:00 UTC; values in %');
    expect(
      chartSummary({ ...timeChart(['cpu']), dataZoom: timeZoom('time', null, lightTheme) }),
    ).toBe('Line chart of cpu; 2026-01-01 00:00 – 23:00 UTC; values in %');
  });

  it('names five series and counts the rest; or only counts them when asked', () => {
    const names = Array.from({ length: 12 }, (_, i) => `host-${i + 1}`);
    expect(chartSummary(timeChart(names))).toMatch(
      /^Line chart of 12 series: host-1, host-2, host-3, host-4, host-5 and 7 more; /,
    );
    expect(chartSummary(timeChart(names), false)).toMatch(/^Line chart of 12 series; 2026/);
  });

  it('lists what the legend lists (not band edges), else every named series once', () => {
    const option = timeChart(['p50']);
    option.series = [hourly('p50', 24), hourly('band (lower edge)', 24), hourly('p50', 24)];
    expect(chartSummary(option)).toMatch(/^Line chart of p50; /);
    delete option.legend;
    expect(chartSummary(option)).toMatch(/^Line chart of 2 series: p50 and band \(lower edge\); /);
  });

  it('gives the time range on the browser’s clock for a chart in local time', () => {
    const local = withTimeZone(lightTheme, 'local');
    const text = chartSummary(timeChart(['cpu'], local));
    const clock = (ms: number) => {
      const d = new Date(ms);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
    };
    expect(text).toContain(clock(START));
    expect(text).not.toContain('UTC');
  });

  it('mixes kinds, reads [x, y] rows and {value} items, and names a value axis whose ticks rescale', () => {
    const option: EChartsOption = {
      ...baseOption(lightTheme, ['latency', 'Anomalies']),
      xAxis: xAxisFor('index', lightTheme, 'sample'),
      yAxis: valueAxis(lightTheme, 'ms'),
      series: [
        {
          type: 'line',
          name: 'latency',
          data: [
            [3, 1],
            [9, 2],
            [NaN, 5],
          ],
        },
        { type: 'scatter', name: 'Anomalies', data: [{ value: [1234, 9] }] },
      ],
    };
    expect(chartSummary(option)).toBe(
      'Line and scatter chart of 2 series: latency and Anomalies; sample 3 to 1,234; values in ms',
    );
  });

  it('counts the categories of a bar or heat map and gives the first and last', () => {
    const bars: EChartsOption = {
      ...baseOption(lightTheme),
      xAxis: categoryAxis(lightTheme, ['web-01', 'web-02', 'web-03']),
      yAxis: valueAxis(lightTheme, 'requests'),
      series: [{ type: 'bar', name: 'Requests', data: [3, 4, 5] }],
    };
    expect(chartSummary(bars)).toBe(
      'Bar chart of Requests; over 3 categories, web-01 to web-03; values in requests',
    );
    const heat: EChartsOption = {
      xAxis: categoryAxis(lightTheme, ['cpu']),
      yAxis: categoryAxis(lightTheme, ['cpu']),
      series: [{ type: 'heatmap', name: 'Pearson r', data: [[0, 0, 1]] }],
    };
    expect(chartSummary(heat)).toBe('Heatmap of Pearson r; over 1 category, cpu');
  });

  it('takes an option that describes itself at its word', () => {
    const option = {
      ...timeChart(['cpu']),
      aria: { enabled: true, label: { description: 'Mine.' } },
    };
    expect(chartSummary(option)).toBe('Mine.');
  });

  it('says little of an option with nothing to read, and never throws on odd shapes', () => {
    expect(chartSummary({})).toBe('Chart');
    expect(chartSummary({ series: [{ type: 'custom' }], xAxis: [{ type: 'time' }] })).toBe('Chart');
    expect(chartSummary({ series: { type: 'line', data: [null, 'x', [undefined]] } })).toBe(
      'Line chart',
    );
  });
});

describe('chartLabel', () => {
  const option = timeChart(['web-01', 'web-02']);

  it('is the name, a colon and the summary; then the description, which replaces the names', () => {
    expect(chartLabel('Overview chart', option)).toBe(
      'Overview chart: Line chart of 2 series: web-01 and web-02; 2026-01-01 00:00 – 23:00 UTC; values in %',
    );
    expect(chartLabel('Overview chart', option, 'Lines drawn: web-01, web-02.')).toBe(
      'Overview chart: Line chart of 2 series; 2026-01-01 00:00 – 23:00 UTC; values in %. Lines drawn: web-01, web-02.',
    );
  });

  it('is the name (and description) alone with no option, and an own description alone', () => {
    expect(chartLabel('Overview chart', undefined)).toBe('Overview chart');
    expect(chartLabel('Overview chart', undefined, 'Lines drawn: a.')).toBe(
      'Overview chart. Lines drawn: a.',
    );
    const own = { ...option, aria: { enabled: true, label: { description: 'Heat of cpu.' } } };
    expect(chartLabel('Server farm heatmap', own)).toBe('Heat of cpu.');
  });
});
