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

/** The seed's farm metrics, in the order of the farm's third axis. */
const SEED_METRICS = [
  { key: 'cpu', metric: 'cpu', unit: '%' },
  { key: 'memory', metric: 'memory', unit: '%' },
  { key: 'diskIo', metric: 'diskIo', unit: 'MB/s' },
];

const table = () => screen.getByRole('table', { name: 'Most loaded servers' });

const bodyRows = () => within(table()).getAllByRole('row').slice(1);

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
    render(<WorstServers health={health} metrics={SEED_METRICS} />);
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['#', 'Server', 'cpu', 'memory', 'diskIo', 'Score']);
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

  it('gives any farm’s metrics by key, each mean in its own unit, and no badges without CPU or memory', () => {
    // Two metrics that are neither CPU % nor memory %: load (no unit) and latency in ms.
    const readings = ndarray(Float64Array.of(2, 120, 0.5, 300), [2, 1, 2]);
    const health = analyzeServerHealth(
      readings,
      ['db-1', 'db-2'],
      { cpuHigh: 0, memHigh: 0 },
      { cpu: null, memory: null, scales: [1, 1] },
    );
    const metrics = [
      { key: 'node_load1', metric: 'node_load1', unit: '' },
      { key: 'latency{job="api"}', metric: 'latency', unit: 'ms' },
    ];
    render(<WorstServers health={health} metrics={metrics} />);
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['#', 'Server', 'node_load1', 'latency{job="api"}', 'Score']);
    const rows = bodyRows();
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['1', 'db-2', '0.5', '300 ms', '150'],
      ['2', 'db-1', '2', '120 ms', '61'],
    ]);
    expect(rows.filter((r) => r.classList.contains('flagged'))).toEqual([]);
  });

  it('lists at most ten servers', () => {
    const readings = Array.from({ length: 12 }, (_, i) => [i, i, i]);
    const names = readings.map((_, i) => `db-${i}`);
    render(
      <WorstServers health={analyzeServerHealth(farm(readings), names)} metrics={SEED_METRICS} />,
    );
    const rows = bodyRows();
    expect(rows).toHaveLength(10);
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('db-11');
  });

  it('renders a malicious server name as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    render(
      <WorstServers
        health={analyzeServerHealth(farm([[1, 2, 3]]), [evil])}
        metrics={[...SEED_METRICS.slice(0, 2), { key: evil, metric: evil, unit: '' }]}
      />,
    );
    expect(within(bodyRows()[0]).getByRole('rowheader')).toHaveTextContent(evil);
    expect(within(table()).getByRole('columnheader', { name: evil })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
