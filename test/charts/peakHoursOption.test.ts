import { describe, expect, it } from 'vitest';
import { NO_HOURLY_BREAKDOWN, peakHoursOption } from '../../src/charts/peakHoursOption';
import { darkTheme } from '../../src/charts/theme';
import { drawOption, format, part, seriesById } from './optionHarness';
import { fixtureTrafficView as trafficView } from './fixtureTrafficView';

const hourly = Float64Array.of(5, 3, 9, NaN);

describe('peakHoursOption', () => {
  it('peakHoursOption(view) draws one bar per hour labelled 00, 01, ...', () => {
    const option = peakHoursOption(trafficView(hourly), darkTheme);
    expect(part(option, 'xAxis')).toMatchObject({
      type: 'category',
      data: ['00', '01', '02', '03'],
    });
    const values = (seriesById(option, 'hourly').data as { value: number | null }[]).map(
      (d) => d.value,
    );
    expect(values).toEqual([5, 3, 9, null]);
  });

  it('peakHoursOption(view) colours the peak hours apart from the others', () => {
    const option = peakHoursOption(trafficView(hourly), darkTheme);
    const colours = (seriesById(option, 'hourly').data as { itemStyle: { color: string } }[]).map(
      (d) => d.itemStyle.color,
    );
    expect(colours).toEqual([
      darkTheme.warning,
      darkTheme.accent,
      darkTheme.warning,
      darkTheme.accent,
    ]);
  });

  it('peakHoursOption(view) tooltip gives the hour, its mean and its peak rank', () => {
    const tooltip = part(peakHoursOption(trafficView(hourly), darkTheme), 'tooltip');
    const html = format(tooltip, { dataIndex: 2, marker: '' });
    expect(html).toBe('<div>hour 02</div>Mean bandwidth: <b>9 Mbit/s</b><br/>Peak hour: <b>#1</b>');
  });

  it('peakHoursOption(view without whole hours) has no series, only a title saying so', () => {
    const option = peakHoursOption(trafficView(null), darkTheme);
    expect(option.series).toBeUndefined();
    expect(part(option, 'title')).toMatchObject({ text: NO_HOURLY_BREAKDOWN });
    expect(NO_HOURLY_BREAKDOWN).toBe('Hourly breakdown needs whole hours of samples');
  });

  it.each([
    ['with hours', hourly],
    ['without hours', null],
  ])('peakHoursOption(view %s) is drawn by ECharts without warnings', (_, hours) => {
    expect(drawOption(peakHoursOption(trafficView(hours), darkTheme)).warnings).toEqual([]);
  });
});
