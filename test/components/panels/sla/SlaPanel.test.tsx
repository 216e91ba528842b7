// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { formatValue } from '../../../../src/charts/formatNumber';
import { slaHistogramOption } from '../../../../src/charts/slaHistogramOption';
import { lightTheme } from '../../../../src/charts/theme';
import { SlaPanel } from '../../../../src/components/panels/sla/SlaPanel';
import { lastOption, plain } from '../../fakeEcharts';
import { region, renderWithStore, resultOf, statCard } from '../../renderWithStore';

vi.mock('../../../../src/components/chart/echarts', () => import('../../fakeEcharts'));

const result = () => resultOf('sla');
const slider = (name: string) => screen.getByRole('slider', { name });

describe('SlaPanel', () => {
  it('shows p50 to p99.9 in ms, compliance in percent and the Apdex score with its rating', async () => {
    await renderWithStore(<SlaPanel />);
    const panel = region('SLA & Apdex');
    const { percentiles, compliance, apdex, rating } = result();
    expect(statCard(panel, 'p50')).toBe(formatValue(percentiles.p50, 'ms'));
    expect(statCard(panel, 'p90')).toBe(formatValue(percentiles.p90, 'ms'));
    expect(statCard(panel, 'p95')).toBe(formatValue(percentiles.p95, 'ms'));
    expect(statCard(panel, 'p99')).toBe(formatValue(percentiles.p99, 'ms'));
    expect(statCard(panel, 'p99.9')).toBe(formatValue(percentiles.p999, 'ms'));
    expect(statCard(panel, 'Compliance')).toBe(formatValue(compliance * 100, '%'));
    expect(statCard(panel, 'Apdex')).toBe(`${apdex.toFixed(2)} ${rating}`);
  });

  it('draws the histogram with the target line, redrawn as the target slider moves', async () => {
    await renderWithStore(<SlaPanel />);
    expect(plain(lastOption('SLA latency histogram'))).toEqual(
      plain(slaHistogramOption(result(), lightTheme, 200)),
    );
    fireEvent.change(slider('SLA target (ms)'), { target: { value: '300' } });
    expect(screen.getByText('300 ms')).toBeVisible();
    await waitFor(() => expect(result().target).toBe(300));
    expect(plain(lastOption('SLA latency histogram'))).toEqual(
      plain(slaHistogramOption(result(), lightTheme, 300)),
    );
  });

  it('a higher target raises compliance; a higher Apdex T raises the score', async () => {
    await renderWithStore(<SlaPanel />);
    const { compliance, apdex } = result();
    fireEvent.change(slider('SLA target (ms)'), { target: { value: '500' } });
    await waitFor(() => expect(result().compliance).toBeGreaterThan(compliance));
    expect(statCard(region('SLA & Apdex'), 'Compliance')).toBe(
      formatValue(result().compliance * 100, '%'),
    );
    fireEvent.change(slider('Apdex T (ms)'), { target: { value: '1000' } });
    await waitFor(() => expect(result().apdex).toBeGreaterThan(apdex));
    expect(statCard(region('SLA & Apdex'), 'Apdex')).toBe(
      `${result().apdex.toFixed(2)} ${result().rating}`,
    );
  });
});
