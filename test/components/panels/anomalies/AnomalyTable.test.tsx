// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { anomalyView } from '../../../../src/analysis/views/anomalyView';
import { AnomalyTable } from '../../../../src/components/panels/anomalies/AnomalyTable';
import { setTimeZone } from '../../../../src/store/settings';
import { inTimeZone } from '../../../charts/inTimeZone';
import '../../renderWithStore';

// One spike at index 4 in a flat series: with window 4 it sits 1.73 σ from its window's mean.
const values = Float64Array.from([10, 10, 10, 10, 50, 10, 10, 10]);
const START_MS = Date.UTC(2026, 0, 1);
const timeMs = Float64Array.from(values, (_, i) => START_MS + i * 60_000);

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('AnomalyTable', () => {
  // START_MS is midnight UTC, 19:00 the day before in New York.
  inTimeZone('America/New_York');
  afterEach(() => setTimeZone('utc'));

  it('lists index, why, value, expected value and score of an untimed series', () => {
    render(
      <AnomalyTable
        view={anomalyView(
          { name: 'x', values, unit: 'ms' },
          { detector: 'zscore', window: 4, threshold: 1 },
        )}
      />,
    );
    const [header, ...rows] = within(
      screen.getByRole('table', { name: 'Anomalies, strongest first' }),
    ).getAllByRole('row');
    expect(
      within(header)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Index', 'Why', 'Value', 'Expected', 'Score']);
    // 1.73σ scores 1.73 / (1.73 + 3).
    expect(rows.map(cells)).toEqual([
      ['4', '1.7σ above the expected value', '50 ms', '20 ms', '0.37'],
    ]);
  });

  it('gives the time of each anomaly on a timed series in UTC, saying so in the heading', () => {
    render(
      <AnomalyTable
        view={anomalyView(
          { name: 'x', values, unit: '%', timeMs },
          { detector: 'zscore', window: 4, threshold: 1 },
        )}
      />,
    );
    const [header, row] = screen.getAllByRole('row');
    expect(within(header).getAllByRole('columnheader')[0]).toHaveTextContent(/^Time \(UTC\)$/);
    expect(cells(row)[0]).toBe('2026-01-01 00:04');
  });

  it("gives the times in the browser's zone when that is the display time zone", () => {
    setTimeZone('local');
    render(
      <AnomalyTable
        view={anomalyView(
          { name: 'x', values, unit: '%', timeMs },
          { detector: 'zscore', window: 4, threshold: 1 },
        )}
      />,
    );
    const [header, row] = screen.getAllByRole('row');
    expect(within(header).getAllByRole('columnheader')[0]).toHaveTextContent(/^Time \(local\)$/);
    expect(cells(row)[0]).toBe('2025-12-31 19:04');
  });

  it('says so when nothing is flagged', () => {
    render(
      <AnomalyTable
        view={anomalyView(
          { name: 'x', values, unit: 'ms' },
          { detector: 'zscore', window: 4, threshold: 3 },
        )}
      />,
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No anomalies at this threshold.')).toBeVisible();
  });

  it('says when it lists only the largest of more anomalies than it shows', () => {
    const spiky = Float64Array.from({ length: 4000 }, (_, i) => (i % 20 === 19 ? 100 : i % 2));
    render(
      <AnomalyTable
        view={anomalyView(
          { name: 'x', values: spiky, unit: 'ms' },
          { detector: 'zscore', window: 10, threshold: 2 },
        )}
      />,
    );
    expect(screen.getByRole('table', { name: 'The 25 strongest of 200 anomalies' })).toBeVisible();
  });
});
