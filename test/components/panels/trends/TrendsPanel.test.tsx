// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { correlationOption } from '../../../../src/charts/correlationOption';
import { lightTheme } from '../../../../src/charts/theme';
import { TrendsPanel } from '../../../../src/components/panels/trends/TrendsPanel';
import { setParams } from '../../../../src/store/refresh';
import { store } from '../../../../src/store/state';
import { lastOption, plain } from '../../fakeEcharts';
import { region, renderWithStore, resultOf } from '../../renderWithStore';

vi.mock('../../../../src/components/chart/echarts', () => import('../../fakeEcharts'));

const result = () => resultOf('trends');

/** The demo's opening picks: the fleet means first, then one series of each other timed metric. */
const PICKED = [
  'cpu (fleet mean)',
  'memory (fleet mean)',
  'diskIo (fleet mean)',
  'cpu %',
  'memory %',
  'latency p99 (ms)',
  'requests/s',
  'network_receive_bytes{device="eth0"}',
];

const trendTable = () =>
  within(region('Trends & correlation')).getByRole('table', { name: 'Trend per metric' });

/** Sets the series the panel looks at and waits for its new result. */
async function pick(series: string[]) {
  const before = store.getState().results.trends;
  act(() => setParams('trends', { series }));
  await waitFor(() => expect(store.getState().results.trends).not.toBe(before));
}

describe('TrendsPanel', () => {
  it('tabulates the trend of each picked series', async () => {
    await renderWithStore(<TrendsPanel />);
    const names = within(trendTable())
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(names).toEqual(PICKED);
    expect(within(trendTable()).getAllByText('↑ up')).toHaveLength(PICKED.length);
  });

  it('draws correlationOption of the result and lists the three strongest pairs', async () => {
    await renderWithStore(<TrendsPanel />);
    expect(
      screen.getByRole('img', { name: /^Correlation heatmap: Heatmap of Pearson r/ }),
    ).toBeInTheDocument();
    expect(plain(lastOption('Correlation heatmap'))).toEqual(
      plain(correlationOption(result().correlation!, lightTheme)),
    );
    const pairs = within(screen.getByRole('list', { name: 'Strongest correlations' }));
    expect(pairs.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'cpu (fleet mean) ↔ memory (fleet mean): r = 0.99',
      'memory (fleet mean) ↔ requests/s: r = 0.99',
      'cpu % ↔ requests/s: r = 0.99',
    ]);
  });

  it('says how the series were paired in time for the correlation', async () => {
    await renderWithStore(<TrendsPanel />);
    // The farm's hourly fleet means and the per-minute series meet on the 24 hours they share.
    expect(region('Trends & correlation')).toHaveTextContent(
      'Correlation over 24 timestamps all series share (exact join).',
    );
  });

  it('on one series gives its trend and why there is no correlation, with no heatmap', async () => {
    await renderWithStore(<TrendsPanel />);
    await pick(['cpu %']);
    expect(
      within(trendTable())
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['cpu %']);
    expect(region('Trends & correlation')).toHaveTextContent(
      'Correlation needs at least two series.',
    );
    expect(screen.queryByRole('list', { name: 'Strongest correlations' })).toBeNull();
    expect(screen.queryByRole('img', { name: /^Correlation heatmap\b/ })).toBeNull();
  });

  it('with no series says what it needs instead of a table', async () => {
    await renderWithStore(<TrendsPanel />);
    await pick([]);
    expect(region('Trends & correlation')).toHaveTextContent(
      'This panel needs at least one series with two or more samples.',
    );
    expect(screen.queryByRole('table', { name: 'Trend per metric' })).toBeNull();
  });
});
