// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { analyzeServerHealth } from '../../../../src/analysis/analyzeServerHealth';
import { WorstServers } from '../../../../src/components/panels/farm/WorstServers';
import { ndarray } from '../../../../src/kernel';
import '../../renderWithStore';

/** A [servers, 1 hour, 3] farm: each server's cpu %, memory %, disk MB/s. */
const farm = (readings: number[][]) =>
  ndarray(Float64Array.from(readings.flat()), [readings.length, 1, 3]);

const bodyRows = () =>
  within(screen.getByRole('table', { name: 'Most loaded servers' }))
    .getAllByRole('row')
    .slice(1);

describe('WorstServers', () => {
  it('ranks servers by score with their CPU, memory and disk I/O means, badging the hot ones', () => {
    const health = analyzeServerHealth(
      farm([
        [30, 40, 20],
        [90, 60, 30],
        [50, 95, 60],
      ]),
      ['web-1', 'web-2', 'web-3'],
    );
    render(<WorstServers health={health} />);
    const rows = bodyRows();
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['1', 'web-3high memory', '50 %', '95 %', '60 MB/s', '68.3'],
      ['2', 'web-2high CPU', '90 %', '60 %', '30 MB/s', '60'],
      ['3', 'web-1', '30 %', '40 %', '20 MB/s', '30'],
    ]);
    expect(rows[0]).toHaveClass('flagged');
    expect(rows[1]).toHaveClass('flagged');
    expect(rows[2]).not.toHaveClass('flagged');
  });

  it('lists at most ten servers', () => {
    const readings = Array.from({ length: 12 }, (_, i) => [i, i, i]);
    const names = readings.map((_, i) => `db-${i}`);
    render(<WorstServers health={analyzeServerHealth(farm(readings), names)} />);
    const rows = bodyRows();
    expect(rows).toHaveLength(10);
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('db-11');
  });

  it('renders a malicious server name as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    render(<WorstServers health={analyzeServerHealth(farm([[1, 2, 3]]), [evil])} />);
    expect(within(bodyRows()[0]).getByRole('rowheader')).toHaveTextContent(evil);
    expect(document.querySelector('img')).toBeNull();
  });
});
