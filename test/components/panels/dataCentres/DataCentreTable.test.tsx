// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dataCentresView } from '../../../../src/analysis/views/dataCentresView';
import { MISSING } from '../../../../src/charts/formatNumber';
import { DataCentreTable } from '../../../../src/components/panels/dataCentres/DataCentreTable';
import '../../renderWithStore';

const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);

describe('DataCentreTable', () => {
  it('lists traffic, share and readings per centre, then the traffic-weighted averages', () => {
    const view = dataCentresView([
      { name: 'us-east', traffic: 3000, metrics: { cpu: 10, latencyMs: 100 } },
      { name: 'eu-west', traffic: 1000, metrics: { cpu: 50 } },
    ]);
    render(<DataCentreTable view={view} />);
    const rows = within(
      screen.getByRole('table', { name: 'Readings per data centre' }),
    ).getAllByRole('row');
    expect(rows.map(cells)).toEqual([
      ['Data centre', 'Traffic', 'Share', 'cpu', 'latencyMs'],
      ['us-east', '3,000', '75 %', '10 %', '100 ms'],
      ['eu-west', '1,000', '25 %', '50 %', MISSING],
      ['Weighted average', '4,000', '100 %', '20 %', '100 ms75 % of traffic'],
    ]);
  });

  it('renders a malicious data-centre or metric name as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    render(
      <DataCentreTable
        view={dataCentresView([{ name: evil, traffic: 1, metrics: { [evil]: 1 } }])}
      />,
    );
    expect(screen.getAllByText(evil)).toHaveLength(2);
    expect(document.querySelector('img')).toBeNull();
  });
});
