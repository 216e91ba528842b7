import { describe, expect, it } from 'vitest';
import { fixtureTrafficView as trafficView } from './fixtureTrafficView';
import { lightTheme, withTimeZone } from '../../src/charts/theme';
import { trafficOption } from '../../src/charts/trafficOption';
import { inTimeZone } from './inTimeZone';
import {
  drawnXWindow,
  drawOption,
  format,
  part,
  seriesById,
  type Part,
  tickLabel,
} from './optionHarness';

describe('trafficOption', () => {
  it('trafficOption(view, theme, zoom) draws timed bandwidth over the zoomed window', () => {
    const view = trafficView();
    const at = (x: Float64Array) => x.map((i) => 1e12 + i * 60_000);
    const timed = {
      ...view,
      bandwidth: { ...view.bandwidth, xKind: 'time' as const, x: at(view.bandwidth.x) },
      spikes: { ...view.spikes, x: at(view.spikes.x) },
    };
    const zoom = { start: 1e12 + 60_000, end: 1e12 + 120_000 };
    expect(drawnXWindow(trafficOption(timed, lightTheme, zoom))).toEqual([zoom.start, zoom.end]);
    expect(drawnXWindow(trafficOption(timed, lightTheme))).toEqual([1e12, 1e12 + 180_000]);
  });

  it('trafficOption(view) draws bandwidth over minutes and spikes as danger points', () => {
    const option = trafficOption(trafficView(), lightTheme);
    expect(seriesById(option, 'bandwidth').data).toHaveLength(4);
    expect(seriesById(option, 'spikes')).toMatchObject({
      type: 'scatter',
      data: [[2, 50]],
      itemStyle: { color: lightTheme.danger },
    });
    expect(part(option, 'xAxis')).toMatchObject({ type: 'value', name: 'minute' });
    expect(tickLabel(part(option, 'yAxis'), 1500)).toBe('1.5 Gbit/s');
  });

  it('trafficOption(view) marks p95 and the spike threshold and keeps the threshold in range', () => {
    const option = trafficOption(trafficView(), lightTheme);
    const lines = (seriesById(option, 'bandwidth').markLine as { data: Part[] }).data;
    expect(lines).toEqual([
      expect.objectContaining({ yAxis: 44.3, name: 'p95 44.3 Mbit/s' }),
      expect.objectContaining({ yAxis: 60, name: 'spike line 60 Mbit/s' }),
    ]);
    expect(part(option, 'yAxis')).toMatchObject({ dataMax: 60 });
  });

  it('trafficOption(view) tooltip headings give the minute', () => {
    const tooltip = part(trafficOption(trafficView(), lightTheme), 'tooltip');
    const html = format(tooltip, [{ seriesName: 'Bandwidth', value: [2, 50] }]);
    expect(html).toBe('<div>minute 2</div>Bandwidth: <b>50 Mbit/s</b>');
  });

  describe('on a timed series, in New York', () => {
    inTimeZone('America/New_York');
    const timed = () => {
      const view = trafficView();
      const x = Float64Array.from(view.bandwidth.x, (i) => Date.UTC(2026, 0, 1, 12, i));
      return { ...view, bandwidth: { ...view.bandwidth, xKind: 'time' as const, x } };
    };
    const heading = (option: ReturnType<typeof trafficOption>) =>
      format(part(option, 'tooltip'), [
        { seriesName: 'Bandwidth', value: [Date.UTC(2026, 0, 1, 12, 2), 50] },
      ]);

    it('trafficOption(view) tooltip headings give the UTC time, saying UTC, with useUTC on', () => {
      const option = trafficOption(timed(), lightTheme);
      expect(option).toMatchObject({ useUTC: true, xAxis: { type: 'time' } });
      expect(heading(option)).toBe('<div>2026-01-01 12:02 UTC</div>Bandwidth: <b>50 Mbit/s</b>');
    });

    it("trafficOption(view) tooltip headings give the browser's time with useUTC off", () => {
      const option = trafficOption(timed(), withTimeZone(lightTheme, 'local'));
      expect(option).toMatchObject({ useUTC: false });
      expect(heading(option)).toBe('<div>2026-01-01 07:02</div>Bandwidth: <b>50 Mbit/s</b>');
    });
  });

  it('trafficOption(view) is drawn by ECharts without warnings', () => {
    expect(drawOption(trafficOption(trafficView(), lightTheme)).warnings).toEqual([]);
  });
});
