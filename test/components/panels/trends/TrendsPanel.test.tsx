// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { correlationOption } from '../../../../src/charts/correlationOption';
import { lightTheme } from '../../../../src/charts/theme';
import { TrendsPanel } from '../../../../src/components/panels/trends/TrendsPanel';
import { store } from '../../../../src/store/store';
import { lastOption, plain } from '../../fakeEcharts';
import { region, renderWithStore } from '../../renderWithStore';

vi.mock('../../../../src/components/chart/echarts', () => import('../../fakeEcharts'));

const result = () => store.getState().results.trends!;

describe('TrendsPanel', () => {
  it('tabulates the trend of each timed metric', async () => {
    await renderWithStore(<TrendsPanel />);
    const table = within(region('Trends & correlation')).getByRole('table', {
      name: 'Trend per metric',
    });
    const names = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(names).toEqual(['cpu %', 'memory %', 'latency p99 (ms)', 'requests/s']);
    expect(within(table).getAllByText('↑ up')).toHaveLength(4);
  });

  it('draws correlationOption of the result and lists the three strongest pairs', async () => {
    await renderWithStore(<TrendsPanel />);
    expect(plain(lastOption('Correlation heatmap'))).toEqual(
      plain(correlationOption(result(), lightTheme)),
    );
    const pairs = within(screen.getByRole('list', { name: 'Strongest correlations' }));
    expect(pairs.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'cpu % ↔ requests/s: r = 0.99',
      'cpu % ↔ latency p99 (ms): r = 0.96',
      'latency p99 (ms) ↔ requests/s: r = 0.95',
    ]);
  });
});
