// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { LineSeriesOption } from 'echarts';
import { describe, expect, it, vi } from 'vitest';
import { formatValue } from '../../../../src/charts/formatNumber';
import { overviewOption } from '../../../../src/charts/overviewOption';
import { darkTheme, lightTheme } from '../../../../src/charts/theme';
import { OverviewPanel } from '../../../../src/components/panels/overview/OverviewPanel';
import { store } from '../../../../src/store/store';
import { lastOption, plain } from '../../fakeEcharts';
import { region, renderWithStore, setPrefersDark, statCard } from '../../renderWithStore';

vi.mock('../../../../src/components/chart/echarts', () => import('../../fakeEcharts'));

const result = () => store.getState().results.overview!;

describe('OverviewPanel', () => {
  it('shows mean, peak, min and std of the seed hour in its unit', async () => {
    await renderWithStore(<OverviewPanel />);
    const panel = region('Overview');
    const { summary } = result();
    expect(result().series.name).toBe('cpu % (seed hour)');
    expect(statCard(panel, 'Mean')).toBe(formatValue(summary.mean, '%'));
    expect(statCard(panel, 'Peak')).toBe(formatValue(summary.peak, '%'));
    expect(statCard(panel, 'Min')).toBe(formatValue(summary.min, '%'));
    expect(statCard(panel, 'Std')).toBe(formatValue(summary.std, '%'));
    expect(statCard(panel, 'Mean')).toMatch(/%$/);
  });

  it('draws overviewOption of the result in the light theme, and the dark one when preferred', async () => {
    await renderWithStore(<OverviewPanel />);
    expect(plain(lastOption('Overview chart'))).toEqual(
      plain(overviewOption(result(), lightTheme)),
    );
    const [line] = (lastOption('Overview chart') as { series: LineSeriesOption[] }).series;
    expect(line).toMatchObject({ type: 'line', name: 'cpu % (seed hour)' });
    expect(line.data).toHaveLength(60);
    expect(line.markArea?.data).toHaveLength(result().periodsX.length);
    setPrefersDark(true);
    await waitFor(() =>
      expect(plain(lastOption('Overview chart'))).toEqual(
        plain(overviewOption(result(), darkTheme)),
      ),
    );
  });

  it('moving the high-load line recomputes the high-load periods', async () => {
    await renderWithStore(<OverviewPanel />);
    const slider = screen.getByRole('slider', { name: 'High-load line' });
    expect(slider).toHaveValue('80');
    fireEvent.change(slider, { target: { value: '100' } });
    expect(within(region('Overview')).getByRole('status')).toHaveTextContent('100 %');
    await waitFor(() => expect(result().summary.highLoad).toBe(100));
    expect(statCard(region('Overview'), 'High-load periods')).toBe('0 (0 points)');
  });

  it('switching the series recomputes the statistics for it', async () => {
    const { user } = await renderWithStore(<OverviewPanel />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Series' }), 'latency p99 (ms)');
    await waitFor(() => expect(statCard(region('Overview'), 'Mean')).toMatch(/ms$/));
    expect(statCard(region('Overview'), 'Mean')).toBe(formatValue(result().summary.mean, 'ms'));
  });

  it('gives the high-load line in the series’ own unit, over a range scaled to its peak', async () => {
    const { user } = await renderWithStore(<OverviewPanel />);
    const slider = screen.getByRole('slider', { name: 'High-load line' });
    expect(slider).toHaveAttribute('max', '100');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Series' }), 'latency p99 (ms)');
    await waitFor(() => expect(result().series.name).toBe('latency p99 (ms)'));
    const controls = within(region('Overview')).getByRole('status');
    expect(controls).toHaveTextContent(formatValue(80, 'ms'));
    expect(controls).not.toHaveTextContent('%');
    expect(Number(slider.getAttribute('max'))).toBeGreaterThanOrEqual(result().summary.peak);
    fireEvent.change(slider, { target: { value: slider.getAttribute('max') } });
    await waitFor(() =>
      expect(statCard(region('Overview'), 'High-load periods')).toBe('0 (0 points)'),
    );
  });
});
