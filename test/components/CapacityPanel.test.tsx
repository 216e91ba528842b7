// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { capacityOption } from '../../src/charts/capacityOption';
import { formatValue } from '../../src/charts/formatNumber';
import { lightTheme } from '../../src/charts/theme';
import { CapacityPanel } from '../../src/components/CapacityPanel';
import { store } from '../../src/store/store';
import { lastOption, plain } from './fakeEcharts';
import { region, renderWithStore, statCard } from './renderWithStore';

vi.mock('../../src/components/echarts', () => import('./fakeEcharts'));

const result = () => store.getState().results.capacity!;
const slider = (name: string) => screen.getByRole('slider', { name });

describe('CapacityPanel', () => {
  it('shows the slope per day, the required capacity and that storage lasts the horizon', async () => {
    await renderWithStore(<CapacityPanel />);
    const panel = region('Capacity forecast');
    const { plan } = result();
    expect(statCard(panel, 'Slope')).toBe(`${formatValue(plan.slope, 'GB')}/day`);
    expect(statCard(panel, 'Required capacity')).toBe(formatValue(plan.requiredCapacity, 'GB'));
    expect(statCard(panel, 'First day over capacity')).toBe('not within 30 days');
    expect(plain(lastOption('Capacity forecast chart'))).toEqual(
      plain(capacityOption(result(), lightTheme)),
    );
  });

  it('shows the sliders in their units: growth and buffer in percent, capacity around the history', async () => {
    await renderWithStore(<CapacityPanel />);
    expect(slider('Growth rate')).toHaveValue('10');
    expect(slider('Buffer')).toHaveValue('20');
    expect(slider('Forecast days')).toHaveAttribute('min', '7');
    expect(slider('Forecast days')).toHaveAttribute('max', '365');
    const peak = Math.max(...result().history);
    const capacity = slider('Capacity');
    expect(capacity).toHaveAttribute('min', String(Math.round(peak / 2 / 10) * 10));
    expect(capacity).toHaveAttribute('max', String(Math.round((peak * 3) / 10) * 10));
    expect(capacity).toHaveAttribute('step', '10');
    expect(capacity).toHaveValue('1000');
    expect(within(region('Capacity forecast')).getByText('1,000 GB')).toBeVisible();
  });

  it('lowering the capacity below the projection names the first day over it', async () => {
    await renderWithStore(<CapacityPanel />);
    fireEvent.change(slider('Capacity'), { target: { value: '700' } });
    await waitFor(() => expect(result().capacity).toBe(700));
    const day = result().plan.daysUntilFull;
    expect(day).not.toBeNull();
    expect(statCard(region('Capacity forecast'), 'First day over capacity')).toBe(`day ${day}`);
  });

  it('the growth rate, buffer and horizon sliders send fractions and days to the store', async () => {
    await renderWithStore(<CapacityPanel />);
    fireEvent.change(slider('Growth rate'), { target: { value: '25' } });
    fireEvent.change(slider('Buffer'), { target: { value: '50' } });
    fireEvent.change(slider('Forecast days'), { target: { value: '90' } });
    expect(store.getState().params!.capacity).toMatchObject({
      growthRate: 0.25,
      buffer: 0.5,
      forecastDays: 90,
    });
    expect(within(region('Capacity forecast')).getByText('25 %')).toBeVisible();
    await waitFor(() => expect(result().forecastDays).toBe(90));
    expect(result().plan.growthFactor).toBeCloseTo(1.25);
    expect(statCard(region('Capacity forecast'), 'Required capacity')).toBe(
      formatValue(result().plan.requiredCapacity, 'GB'),
    );
  });
});
