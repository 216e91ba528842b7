// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { formatValue } from '../../../../src/charts/formatNumber';
import { percentileBandsOption } from '../../../../src/charts/percentileBandsOption';
import { lightTheme } from '../../../../src/charts/theme';
import { PercentileBandsPanel } from '../../../../src/components/panels/percentileBands/PercentileBandsPanel';
import { lastOption, plain } from '../../fakeEcharts';
import { region, renderWithStore, resultOf, statCard } from '../../renderWithStore';

vi.mock('../../../../src/components/chart/echarts', () => import('../../fakeEcharts'));

const result = () => resultOf('percentileBands');
const slider = () => screen.getByRole('slider', { name: 'Percentile window' });

describe('PercentileBandsPanel', () => {
  it('shows the latest window’s p50, p95 and p99 and draws percentileBandsOption', async () => {
    await renderWithStore(<PercentileBandsPanel />);
    const panel = region('Percentile bands');
    const { bands } = result();
    const latest = (i: number) => bands[i][bands[i].length - 1];
    expect(statCard(panel, 'Latest p50')).toBe(formatValue(latest(0), 'ms'));
    expect(statCard(panel, 'Latest p95')).toBe(formatValue(latest(1), 'ms'));
    expect(statCard(panel, 'Latest p99')).toBe(formatValue(latest(2), 'ms'));
    expect(plain(lastOption('Percentile bands chart'))).toEqual(
      plain(percentileBandsOption(result(), lightTheme)),
    );
  });

  it('the window slider (5 to the series length, at most 1440) recomputes the bands', async () => {
    await renderWithStore(<PercentileBandsPanel />);
    expect(slider()).toHaveAttribute('min', '5');
    expect(slider()).toHaveAttribute('max', '1440');
    expect(slider()).toHaveValue('60');
    fireEvent.change(slider(), { target: { value: '240' } });
    expect(within(region('Percentile bands')).getByText('240 points')).toBeVisible();
    await waitFor(() => expect(result().window).toBe(240));
    expect(plain(lastOption('Percentile bands chart'))).toEqual(
      plain(percentileBandsOption(result(), lightTheme)),
    );
  });

  it('a shorter series narrows the window to fit it', async () => {
    const { user } = await renderWithStore(<PercentileBandsPanel />);
    fireEvent.change(slider(), { target: { value: '240' } });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Series' }), 'cpu % (seed hour)');
    expect(slider()).toHaveAttribute('max', '60');
    await waitFor(() => expect(result()).toMatchObject({ name: 'cpu % (seed hour)', window: 60 }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
