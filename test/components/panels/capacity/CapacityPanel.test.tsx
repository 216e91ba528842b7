// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type {
  CapacityBacktest,
  CapacityProjection,
} from '../../../../src/analysis/views/capacityView';
import { capacityOption } from '../../../../src/charts/capacityOption';
import { formatNumber, formatValue } from '../../../../src/charts/formatNumber';
import { lightTheme } from '../../../../src/charts/theme';
import { CapacityPanel } from '../../../../src/components/panels/capacity/CapacityPanel';
import { loadFile } from '../../../../src/store/loading';
import { store } from '../../../../src/store/state';
import { lastOption, plain } from '../../fakeEcharts';
import { region, renderWithStore, resultOf, statCard } from '../../renderWithStore';

vi.mock('../../../../src/components/chart/echarts', () => import('../../fakeEcharts'));

const result = () => resultOf('capacity');
const plan = () => result().plan!;
const slider = (name: string) => screen.getByRole('slider', { name });
const dailyValue = () => screen.queryByRole('combobox', { name: 'Daily value' });
const chart = () => screen.queryByRole('img', { name: /^Capacity forecast chart\b/ });
const method = () => screen.getByRole('combobox', { name: 'Method' });
const backtestTable = () => screen.getByRole('table', { name: /^Backtest/ });

/** The view's forecast, failing the test when it gave a reason instead. */
function forecast(): CapacityProjection {
  const got = result().forecast;
  if ('reason' in got) throw new Error(got.reason);
  return got;
}

/** The view's backtest, failing the test when it gave a reason instead. */
function backtest(): CapacityBacktest {
  const got = result().backtest;
  if ('reason' in got) throw new Error(got.reason);
  return got;
}

const FIVE_MINUTES_MS = 300_000;
/** Monday 2024-03-04 13:25 UTC: a week of samples from here touches 8 UTC days. */
const START_MS = Date.UTC(2024, 2, 4, 13, 25);

/**
 * A week of five-minute samples (2,016) of disk used: 100 + 10 a day plus an hourly ramp 0..11,
 * so UTC day d (0..7) peaks at exactly 111 + 10 d.
 */
function fiveMinuteCsv(): string {
  const lines = ['timestamp,disk used'];
  for (let i = 0; i < 2016; i++) {
    const ms = START_MS + i * FIVE_MINUTES_MS;
    const day = Math.floor((ms - Date.UTC(2024, 2, 4)) / 86_400_000);
    lines.push(`${new Date(ms).toISOString()},${100 + 10 * day + (i % 12)}`);
  }
  return lines.join('\n');
}

/** Renders the panel over the demo, then loads the five-minute file in its place. */
async function renderFiveMinuteFile() {
  const rendered = await renderWithStore(<CapacityPanel />);
  await act(() => loadFile(fiveMinuteCsv(), 'disk.csv'));
  await waitFor(() => expect(result().resampled).not.toBeNull());
  return rendered;
}

describe('CapacityPanel', () => {
  it('shows the slope per day, the required capacity and that storage lasts the horizon', async () => {
    await renderWithStore(<CapacityPanel />);
    const panel = region('Capacity forecast');
    expect(statCard(panel, 'Slope')).toBe(`${formatValue(plan().slope, 'GB')}/day`);
    expect(statCard(panel, 'Required capacity')).toBe(formatValue(plan().requiredCapacity, 'GB'));
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
    const day = plan().daysUntilFull;
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
    expect(plan().growthFactor).toBeCloseTo(1.25);
    expect(statCard(region('Capacity forecast'), 'Required capacity')).toBe(
      formatValue(plan().requiredCapacity, 'GB'),
    );
  });

  it('picking a percentage series plans it against 100 (%), back to 1000 for GB', async () => {
    const { user } = await renderWithStore(<CapacityPanel />);
    const picker = within(region('Capacity forecast')).getByRole('combobox', { name: 'Series' });
    await user.selectOptions(picker, 'cpu %');
    expect(store.getState().params?.capacity).toMatchObject({ series: 'cpu %', capacity: 100 });
    await user.selectOptions(picker, 'storage used (GB)');
    expect(store.getState().params?.capacity.capacity).toBe(1000);
  });

  it('a daily series (storage, no times) has no Daily value choice and no resampling note', async () => {
    await renderWithStore(<CapacityPanel />);
    expect(result().resampled).toBeNull();
    expect(dailyValue()).toBeNull();
    expect(screen.queryByText(/resampled/)).toBeNull();
    expect(chart()).toBeVisible();
  });
});

describe('CapacityPanel forecasting methods', () => {
  it('opens on the linear trend and offers Holt-Winters in the Method select', async () => {
    await renderWithStore(<CapacityPanel />);
    expect(method()).toHaveValue('linear');
    expect(
      within(method())
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Linear', 'Holt-Winters']);
    expect(forecast().method).toBe('linear');
  });

  it('choosing Holt-Winters sends the method and shows its forecast, season and required capacity', async () => {
    const { user } = await renderWithStore(<CapacityPanel />);
    await user.selectOptions(method(), 'Holt-Winters');
    expect(store.getState().params!.capacity.method).toBe('holtWinters');
    await waitFor(() => expect(forecast().method).toBe('holtWinters'));
    const panel = region('Capacity forecast');
    expect(method()).toHaveValue('holtWinters');
    expect(statCard(panel, 'Season')).toBe('none found');
    expect(within(panel).queryByText('Slope', { selector: 'dt' })).toBeNull();
    expect(statCard(panel, 'Required capacity')).toBe(
      formatValue(forecast().requiredCapacity, 'GB'),
    );
    expect(plain(lastOption('Capacity forecast chart'))).toEqual(
      plain(capacityOption(result(), lightTheme)),
    );
  });

  it('names the first day over capacity as a range: earliest likely, expected, latest likely', async () => {
    await renderWithStore(<CapacityPanel />);
    fireEvent.change(slider('Capacity'), { target: { value: '830' } });
    await waitFor(() => expect(result().capacity).toBe(830));
    const { earliest, expected, latest } = forecast().overCapacity;
    expect(earliest!).toBeLessThan(expected!);
    expect(latest!).toBeGreaterThan(expected!);
    const panel = region('Capacity forecast');
    expect(statCard(panel, 'Earliest likely over capacity')).toBe(`day ${earliest}`);
    expect(statCard(panel, 'First day over capacity')).toBe(`day ${expected}`);
    expect(statCard(panel, 'Latest likely over capacity')).toBe(`day ${latest}`);
  });

  it('shows the backtest per method with the seasonal naive reference, linear recommended', async () => {
    await renderWithStore(<CapacityPanel />);
    const { heldOutDays, trainingDays, scores } = backtest();
    expect(backtestTable()).toHaveAccessibleName(
      `Backtest: the last ${heldOutDays} days forecast from the ${trainingDays} days before them (no season found)`,
    );
    const rows = within(backtestTable())
      .getAllByRole('row')
      .slice(1)
      .map((row) => [
        within(row).getByRole('rowheader').textContent,
        ...within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ]);
    expect(rows).toEqual([
      [
        'Seasonal naive (reference)',
        formatNumber(scores[0].mase!),
        formatValue(scores[0].mape!, '%'),
      ],
      ['Linearrecommended', formatNumber(scores[1].mase!), formatValue(scores[1].mape!, '%')],
      ['Holt-Winters', formatNumber(scores[2].mase!), formatValue(scores[2].mape!, '%')],
    ]);
    expect(
      within(region('Capacity forecast')).getByText(/under 1 beats the seasonal naive forecast/),
    ).toBeVisible();
  });
});

describe('CapacityPanel on a five-minute series', () => {
  it('says the samples were resampled to daily maxima and offers the choice of daily value', async () => {
    await renderFiveMinuteFile();
    expect(
      screen.getByText('2,016 five-minute samples resampled to 8 daily maxima (UTC days)'),
    ).toBeVisible();
    expect(dailyValue()).toHaveValue('max');
    expect(
      within(dailyValue()!)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['max (daily peak)', 'mean']);
  });

  it('fits the daily peaks: 10 a day, and names the first day over capacity by its date', async () => {
    await renderFiveMinuteFile();
    expect(Array.from(result().history)).toEqual([111, 121, 131, 141, 151, 161, 171, 181]);
    const panel = region('Capacity forecast');
    expect(statCard(panel, 'Slope')).toBe(`${formatValue(10, result().unit)}/day`);
    // Growth 10 %: day 12 (2024-03-16) is the first whose projection (111 + 120) * 1.1 = 254.1
    // passes 250; day 11 gives 243.1.
    fireEvent.change(slider('Capacity'), { target: { value: '250' } });
    await waitFor(() => expect(result().capacity).toBe(250));
    expect(statCard(panel, 'First day over capacity')).toBe('2024-03-16 (in 5 days)');
    expect(plain(lastOption('Capacity forecast chart'))).toEqual(
      plain(capacityOption(result(), lightTheme)),
    );
    expect(lastOption('Capacity forecast chart').xAxis).toMatchObject({ type: 'time' });
  });

  it('choosing "mean" as the daily value refits on the daily means and says so', async () => {
    const { user } = await renderFiveMinuteFile();
    await user.selectOptions(dailyValue()!, 'mean');
    expect(store.getState().params!.capacity.dailyStatistic).toBe('mean');
    await waitFor(() => expect(result().resampled?.statistic).toBe('mean'));
    expect(dailyValue()).toHaveValue('mean');
    expect(
      screen.getByText('2,016 five-minute samples resampled to 8 daily means (UTC days)'),
    ).toBeVisible();
    expect(result().history[7]).toBeLessThan(181);
  });
});

describe('CapacityPanel on too short a history', () => {
  it('says a day of minutes is too little history, with no forecast, stats or chart', async () => {
    const { user } = await renderWithStore(<CapacityPanel />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Series' }), 'cpu %');
    await waitFor(() => expect(result().plan).toBeNull());
    const panel = region('Capacity forecast');
    expect(
      within(panel).getByText('1,440 one-minute samples resampled to 1 daily maximum (UTC days)'),
    ).toBeVisible();
    expect(within(panel).getByRole('note')).toHaveTextContent(
      'Too little history to forecast: a trend needs usage on at least 2 days, and this series has 1 day with usage.',
    );
    expect(within(panel).queryByText('Slope', { selector: 'dt' })).toBeNull();
    expect(chart()).toBeNull();
    expect(
      within(panel).getByText(
        'This series needs at least 4 days of history to backtest; it has 1.',
      ),
    ).toBeVisible();
    expect(within(panel).queryByRole('table')).toBeNull();
  });
});
