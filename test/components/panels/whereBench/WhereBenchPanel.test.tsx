// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { formatValue } from '../../../../src/charts/formatNumber';
import { lightTheme } from '../../../../src/charts/theme';
import { whereBenchOption } from '../../../../src/charts/whereBenchOption';
import { WhereBenchPanel } from '../../../../src/components/panels/whereBench/WhereBenchPanel';
import { store } from '../../../../src/store/state';
import { lastOption, plain } from '../../fakeEcharts';
import { region, renderWithStore, statCard } from '../../renderWithStore';

vi.mock('../../../../src/components/chart/echarts', () => import('../../fakeEcharts'));

const result = () => store.getState().results.whereBench!;

describe('WhereBenchPanel', () => {
  it('shows both times in ms, the speed-up and the size of the real 1e6 benchmark', async () => {
    await renderWithStore(<WhereBenchPanel />, { fullBench: true });
    const panel = region('Vectorised vs loop');
    const { vectorisedMs, loopMs, speedup } = result();
    expect(statCard(panel, 'Vectorised')).toBe(formatValue(vectorisedMs, 'ms'));
    expect(statCard(panel, 'Loop')).toBe(formatValue(loopMs, 'ms'));
    expect(statCard(panel, 'Speed-up')).toBe(`${formatValue(speedup, '')} ×`);
    expect(statCard(panel, 'Size')).toBe('1,000,000 values');
    expect(plain(lastOption('Vectorised vs loop chart'))).toEqual(
      plain(whereBenchOption(result(), lightTheme)),
    );
  }, 30_000);

  it('"Run again" measures afresh', async () => {
    const { user } = await renderWithStore(<WhereBenchPanel />);
    const first = result();
    await user.click(screen.getByRole('button', { name: 'Run again' }));
    await waitFor(() => expect(result()).not.toBe(first));
    expect(statCard(region('Vectorised vs loop'), 'Loop')).toBe(formatValue(result().loopMs, 'ms'));
  });
});
