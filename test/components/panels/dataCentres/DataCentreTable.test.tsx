// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dataCentresView } from '../../../../src/analysis/views/dataCentresView';
import { MISSING } from '../../../../src/charts/formatNumber';
import { DataCentreTable } from '../../../../src/components/panels/dataCentres/DataCentreTable';
import '../../renderWithStore';

/** Where the readings came from: centres by `dc`, weighed by requests, in `units`. */
const source = (units: Record<string, string> = { cpu: '%', latencyMs: 'ms' }) => ({
  label: 'dc',
  weightMetric: 'requests',
  units,
  note: 'Each dc weighted by its requests.',
});

const table = () => screen.getByRole('table', { name: 'Readings per data centre' });

const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);

describe('DataCentreTable', () => {
  it('lists traffic, share and readings per centre, then the traffic-weighted averages', () => {
    const view = dataCentresView(
      [
        { name: 'us-east', traffic: 3000, metrics: { cpu: 10, latencyMs: 100 } },
        { name: 'eu-west', traffic: 1000, metrics: { cpu: 50 } },
      ],
      source(),
    );
    render(<DataCentreTable view={view} />);
    const rows = within(table()).getAllByRole('row');
    expect(rows.map(cells)).toEqual([
      ['Data centre', 'Traffic', 'Share', 'cpu', 'latencyMs'],
      ['us-east', '3,000', '75 %', '10 %', '100 ms'],
      ['eu-west', '1,000', '25 %', '50 %', MISSING],
      ['Weighted average', '4,000', '100 %', '20 %', '100 ms75 % of traffic'],
    ]);
  });

  it('gives each reading in its metric’s unit from view.units, a bare number where it has none', () => {
    const view = dataCentresView(
      [
        { name: 'us-east', traffic: 1, metrics: { cpu: 10, load: 2.5 } },
        { name: 'eu-west', traffic: 1, metrics: { cpu: 30, load: 0.5 } },
      ],
      source({ cpu: 'ms' }),
    );
    render(<DataCentreTable view={view} />);
    expect(within(table()).getAllByRole('row').map(cells).slice(1)).toEqual([
      ['us-east', '1', '50 %', '10 ms', '2.5'],
      ['eu-west', '1', '50 %', '30 ms', '0.5'],
      ['Weighted average', '2', '100 %', '20 ms', '1.5'],
    ]);
  });

  it('renders a malicious data-centre or metric name as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    render(
      <DataCentreTable
        view={dataCentresView([{ name: evil, traffic: 1, metrics: { [evil]: 1 } }], source())}
      />,
    );
    expect(screen.getAllByText(evil)).toHaveLength(2);
    expect(document.querySelector('img')).toBeNull();
  });
});
