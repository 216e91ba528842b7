// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { anomaliesOption } from '../../../../src/charts/anomaliesOption';
import { formatCount } from '../../../../src/charts/formatNumber';
import { lightTheme } from '../../../../src/charts/theme';
import { AnomaliesPanel } from '../../../../src/components/panels/anomalies/AnomaliesPanel';
import { store } from '../../../../src/store/state';
import { lastOption, plain } from '../../fakeEcharts';
import { region, renderWithStore, resultOf, statCard } from '../../renderWithStore';

vi.mock('../../../../src/components/chart/echarts', () => import('../../fakeEcharts'));

const result = () => resultOf('anomalies');
const slider = (name: string) => screen.getByRole('slider', { name });

describe('AnomaliesPanel', () => {
  it('counts the anomalies among the points checked and draws anomaliesOption of the result', async () => {
    await renderWithStore(<AnomaliesPanel />);
    const { count, checked } = result();
    expect(statCard(region('Anomalies'), 'Anomalies')).toBe(
      `${formatCount(count)} of ${formatCount(checked)} points`,
    );
    expect(plain(lastOption('Anomalies chart'))).toEqual(
      plain(anomaliesOption(result(), lightTheme)),
    );
  });

  it('lowering the threshold flags more points and lists them with value, expected and σ', async () => {
    await renderWithStore(<AnomaliesPanel />);
    const before = result().count;
    fireEvent.change(slider('Anomaly threshold (σ)'), { target: { value: '2' } });
    expect(within(region('Anomalies')).getByText('2.0 σ')).toBeVisible();
    await waitFor(() => expect(result().threshold).toBe(2));
    expect(result().count).toBeGreaterThan(before);
    expect(statCard(region('Anomalies'), 'Anomalies')).toMatch(
      new RegExp(`^${formatCount(result().count)} of`),
    );
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(result().rows.length);
  });

  it('opens on the adaptive detector; choosing another runs it with its own window', async () => {
    const { user } = await renderWithStore(<AnomaliesPanel />);
    const detector = screen.getByRole('combobox', { name: 'Detector' });
    expect(detector).toHaveValue('adaptive');
    expect(result().detector).toBe('adaptive');
    expect(slider('Anomaly window')).toHaveValue('60');
    await user.selectOptions(detector, 'zscore');
    await waitFor(() => expect(result().detector).toBe('zscore'));
    expect(result().window).toBe(30);
    expect(slider('Anomaly window')).toHaveValue('30');
    expect(within(region('Anomalies')).getByText("The seed's moving mean ± k·σ.")).toBeVisible();
  });

  it('has no window slider for the seasonal detector, and says which season it used', async () => {
    const { user } = await renderWithStore(<AnomaliesPanel />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Detector' }), 'seasonal');
    await waitFor(() => expect(result().detector).toBe('seasonal'));
    expect(screen.queryByRole('slider', { name: 'Anomaly window' })).toBeNull();
    expect(statCard(region('Anomalies'), 'Season')).toMatch(/samples|none found/);
  });

  it('says why each listed point stands out, strongest first', async () => {
    await renderWithStore(<AnomaliesPanel />);
    fireEvent.change(slider('Anomaly threshold (σ)'), { target: { value: '2' } });
    await waitFor(() => expect(result().threshold).toBe(2));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toHaveTextContent(result().rows[0].words);
    expect(rows[0]).toHaveTextContent(result().rows[0].score.toFixed(2));
  });

  it('explains why nothing can be flagged when the threshold reaches √(window − 1)', async () => {
    const { user } = await renderWithStore(<AnomaliesPanel />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Detector' }), 'zscore');
    await waitFor(() => expect(result().detector).toBe('zscore'));
    expect(screen.queryByRole('note')).toBeNull();
    fireEvent.change(slider('Anomaly window'), { target: { value: '3' } });
    expect(within(region('Anomalies')).getByText('3 points')).toBeVisible();
    expect(await screen.findByRole('note')).toHaveTextContent('√(window − 1) = 1.41 σ');
    expect(statCard(region('Anomalies'), 'Anomalies')).toMatch(/^0 of/);
  });

  it('says why a series shorter than the detector’s warm-up gets no verdict', async () => {
    const { user } = await renderWithStore(<AnomaliesPanel />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Series' }), 'cpu % (seed hour)');
    await waitFor(() => expect(result().series.name).toBe('cpu % (seed hour)'));
    expect(result().checked).toBe(0);
    expect(within(region('Anomalies')).getByRole('note')).toHaveTextContent(
      'No point got a verdict: this series has 60 points, fewer than the detector needs before it judges one (its 60-point window, then history to compare with). Choose the moving z-score or a shorter window.',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Detector' }), 'zscore');
    await waitFor(() => expect(result().checked).toBeGreaterThan(0));
    expect(within(region('Anomalies')).queryByRole('note')).toBeNull();
  });

  it('bounds the window by 3 and by the series length', async () => {
    const { user } = await renderWithStore(<AnomaliesPanel />);
    expect(slider('Anomaly window')).toHaveAttribute('min', '3');
    expect(slider('Anomaly window')).toHaveAttribute('max', '200');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Series' }), 'cpu % (seed hour)');
    expect(slider('Anomaly window')).toHaveAttribute('max', '60');
  });

  it('keeps min ≤ max on a series shorter than the usual minimum window', async () => {
    await renderWithStore(<AnomaliesPanel />);
    act(() =>
      store.setState((s) => ({
        catalogue: {
          ...s.catalogue!,
          series: s.catalogue!.series.map((e) =>
            e.name === 'response time (ms)' ? { ...e, length: 2 } : e,
          ),
        },
      })),
    );
    expect(slider('Anomaly window')).toHaveAttribute('min', '2');
    expect(slider('Anomaly window')).toHaveAttribute('max', '2');
  });
});
