// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dataCentresOption } from '../../../../src/charts/dataCentresOption';
import { lightTheme } from '../../../../src/charts/theme';
import { DataCentresPanel } from '../../../../src/components/panels/dataCentres/DataCentresPanel';
import { lastOption, plain } from '../../fakeEcharts';
import { region, renderWithStore, resultOf } from '../../renderWithStore';

vi.mock('../../../../src/components/chart/echarts', () => import('../../fakeEcharts'));

const result = () => resultOf('dataCentres');

describe('DataCentresPanel', () => {
  it('tabulates the demo’s data centres and their weighted averages', async () => {
    await renderWithStore(<DataCentresPanel />);
    const table = within(region('Data centres')).getByRole('table', {
      name: 'Readings per data centre',
    });
    const names = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(names).toEqual(['us-east', 'eu-west', 'ap-south', 'us-west', 'Weighted average']);
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Data centre',
      'Traffic',
      'Share',
      ...result().aggregate.metricNames,
    ]);
  });

  it('draws dataCentresOption of the result', async () => {
    await renderWithStore(<DataCentresPanel />);
    expect(plain(lastOption('Data centres chart'))).toEqual(
      plain(dataCentresOption(result(), lightTheme)),
    );
  });
});
