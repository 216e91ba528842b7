// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { trendsView } from '../../../../src/analysis/views/trendsView';
import { TrendTable } from '../../../../src/components/panels/trends/TrendTable';
import '../../renderWithStore';

const HOUR_MS = 3_600_000;
const hours = Float64Array.from({ length: 6 }, (_, i) => i * HOUR_MS);
const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);
const bodyRows = () =>
  within(screen.getByRole('table', { name: 'Trend per metric' }))
    .getAllByRole('row')
    .slice(1);

describe('TrendTable', () => {
  // SciPy linregress(hours, values): slopes 1.0714, -1.0714, 0.1714; p 1.3e-5, 1.3e-5, 0.5734.
  it('gives slope per hour on timed series, direction with arrow and word, p-value and r²', () => {
    const view = trendsView([
      { name: 'cpu %', unit: '%', timeMs: hours, values: Float64Array.from([1, 2, 3, 4, 5, 6.5]) },
      {
        name: 'memory %',
        unit: '%',
        timeMs: hours,
        values: Float64Array.from([9, 8, 7, 6, 5, 3.5]),
      },
      { name: 'errors', unit: '%', timeMs: hours, values: Float64Array.from([1, 3, 1, 3, 1, 3]) },
    ]);
    render(<TrendTable trends={view.trends} />);
    expect(bodyRows().map(cells)).toEqual([
      ['cpu %', '1.1 %/h', '↑ up', '< 0.001', '0.994'],
      ['memory %', '-1.1 %/h', '↓ down', '< 0.001', '0.994'],
      ['errors', '0.17 %/h', '→ flat', '0.573', '0.086'],
    ]);
  });

  it('gives slope per sample on an untimed series', () => {
    const view = trendsView([
      { name: 'queue', unit: 'jobs', values: Float64Array.from([1, 2, 3, 5]) },
    ]);
    render(<TrendTable trends={view.trends} />);
    expect(cells(bodyRows()[0]).slice(0, 2)).toEqual(['queue', '1.3 jobs/sample']);
  });

  it('renders a malicious metric name as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const view = trendsView([{ name: evil, unit: '%', values: Float64Array.from([1, 2, 3]) }]);
    render(<TrendTable trends={view.trends} />);
    expect(within(bodyRows()[0]).getByRole('rowheader')).toHaveTextContent(evil);
    expect(document.querySelector('img')).toBeNull();
  });
});
