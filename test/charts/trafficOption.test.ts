import { describe, expect, it } from 'vitest';
import { fixtureTrafficView as trafficView } from './fixtureTrafficView';
import { lightTheme } from '../../src/charts/theme';
import { trafficOption } from '../../src/charts/trafficOption';
import { drawOption, format, part, seriesById, type Part } from './optionHarness';

describe('trafficOption', () => {
  it('trafficOption(view) draws bandwidth over minutes and spikes as danger points', () => {
    const option = trafficOption(trafficView(), lightTheme);
    expect(seriesById(option, 'bandwidth').data).toHaveLength(4);
    expect(seriesById(option, 'spikes')).toMatchObject({
      type: 'scatter',
      data: [[2, 50]],
      itemStyle: { color: lightTheme.danger },
    });
    expect(part(option, 'xAxis')).toMatchObject({ type: 'value', name: 'minute' });
    expect(part(option, 'yAxis')).toMatchObject({ name: 'Mbps' });
  });

  it('trafficOption(view) marks p95 and the spike threshold and keeps the threshold in range', () => {
    const option = trafficOption(trafficView(), lightTheme);
    const lines = (seriesById(option, 'bandwidth').markLine as { data: Part[] }).data;
    expect(lines).toEqual([
      expect.objectContaining({ yAxis: 44.3, name: 'p95 44.3 Mbps' }),
      expect.objectContaining({ yAxis: 60, name: 'spike line 60 Mbps' }),
    ]);
    expect(part(option, 'yAxis')).toMatchObject({ dataMax: 60 });
  });

  it('trafficOption(view) tooltip headings give the minute', () => {
    const tooltip = part(trafficOption(trafficView(), lightTheme), 'tooltip');
    const html = format(tooltip, [{ seriesName: 'Bandwidth', value: [2, 50] }]);
    expect(html).toBe('<div>minute 2</div><br/>Bandwidth: <b>50 Mbps</b>');
  });

  it('trafficOption(view) is drawn by ECharts without warnings', () => {
    expect(drawOption(trafficOption(trafficView(), lightTheme)).warnings).toEqual([]);
  });
});
