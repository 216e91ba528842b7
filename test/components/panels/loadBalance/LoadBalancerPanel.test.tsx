// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { formatValue } from '../../../../src/charts/formatNumber';
import { loadBalanceOption } from '../../../../src/charts/loadBalanceOption';
import { lightTheme } from '../../../../src/charts/theme';
import { LoadBalancerPanel } from '../../../../src/components/panels/loadBalance/LoadBalancerPanel';
import { store } from '../../../../src/store/state';
import { lastOption, plain } from '../../fakeEcharts';
import { region, renderWithStore, resultOf, statCard } from '../../renderWithStore';

vi.mock('../../../../src/components/chart/echarts', () => import('../../fakeEcharts'));

const result = () => resultOf('loadBalance');
const findings = () => within(region('Load balancer')).getAllByRole('listitem');

describe('LoadBalancerPanel', () => {
  it('shows the CV in percent, χ² with its p-value, and whether the spread is balanced', async () => {
    await renderWithStore(<LoadBalancerPanel />);
    const panel = region('Load balancer');
    const { cv, chiSquare } = result();
    expect(statCard(panel, 'CV')).toBe(formatValue(cv * 100, '%'));
    expect(statCard(panel, 'χ²')).toMatch(
      new RegExp(`^${formatValue(chiSquare, '')} \\(p < 0\\.001\\)$`),
    );
    expect(statCard(panel, 'Balanced')).toBe('no');
    expect(plain(lastOption('Load balancer chart'))).toEqual(
      plain(loadBalanceOption(result(), lightTheme)),
    );
  });

  it('names the over- and under-utilised servers with their request counts', async () => {
    await renderWithStore(<LoadBalancerPanel />);
    const [over, under] = findings();
    expect(over).toHaveTextContent(/^Overloaded \(over [\d,]+ requests\): web-05 \(2,844\)$/);
    expect(under).toHaveTextContent(/Underutilised .*: web-03 \(376\), web-07 \(988\)$/);
  });

  it('a wider tolerance flags fewer servers', async () => {
    await renderWithStore(<LoadBalancerPanel />);
    const slider = screen.getByRole('slider', { name: 'Imbalance tolerance' });
    expect(slider).toHaveValue('20');
    fireEvent.change(slider, { target: { value: '50' } });
    expect(within(region('Load balancer')).getByText('± 50 %')).toBeVisible();
    await waitFor(() => expect(result().upperLimit).toBeCloseTo(result().expected * 1.5));
    expect(findings()[1]).toHaveTextContent(/: web-03 \(376\)$/);
  });

  it('renders a malicious server name as text', async () => {
    await renderWithStore(<LoadBalancerPanel />);
    const evil = '<img src=x onerror=alert(1)>';
    const view = result();
    act(() =>
      store.setState((s) => ({
        results: { ...s.results, loadBalance: { ...view, overloaded: [{ name: evil, count: 1 }] } },
      })),
    );
    expect(findings()[0]).toHaveTextContent(`${evil} (1)`);
    expect(document.querySelector('img')).toBeNull();
  });
});
