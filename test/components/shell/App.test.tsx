// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/components/shell/App';
import { PANELS, PANEL_TITLES } from '../../../src/store/panels';
import { attachClient, loadDemo, store } from '../../../src/store/store';
import { csvFile, wideCsv } from '../files';
import { connectStore } from '../renderWithStore';

vi.mock('../../../src/components/chart/echarts', () => import('../fakeEcharts'));

const HEADINGS = PANELS.map((panel) => PANEL_TITLES[panel]);

const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('App', () => {
  it('says the demo is being generated, then shows every panel in page order', async () => {
    connectStore();
    render(<App />);
    const loaded = act(() => loadDemo());
    expect(screen.getByRole('status')).toHaveTextContent(
      'Generating the simulated demo (small, seed 42)…',
    );
    await loaded;
    expect(screen.queryByText(/Generating the simulated demo/)).toBeNull();
    expect(headings()).toEqual(HEADINGS);
    for (const name of HEADINGS) expect(screen.getByRole('region', { name })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Metricscope' })).toBeVisible();
  });

  it('leaves out the panels whose data the loaded set lacks', async () => {
    connectStore();
    render(<App />);
    await act(() => loadDemo());
    act(() =>
      store.setState((s) => ({
        catalogue: { ...s.catalogue!, farm: undefined, trafficSamples: 0, dataCentres: 0 },
      })),
    );
    expect(headings()).toEqual(
      PANELS.filter((p) => !['farm', 'traffic', 'dataCentres'].includes(p)).map(
        (p) => PANEL_TITLES[p],
      ),
    );
  });

  it('shows why loading failed', async () => {
    attachClient(null);
    render(<App />);
    await act(() => loadDemo());
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not load the dataThe analysis worker is not attached',
    );
    expect(screen.queryAllByRole('region')).toEqual([]);
  });

  it('a file dropped on the page replaces the demo: its report above the panels it can feed', async () => {
    connectStore();
    render(<App />);
    await act(() => loadDemo());
    fireEvent.drop(document.body, {
      dataTransfer: { types: ['Files'], files: [csvFile(wideCsv(300), 'metrics.csv')] },
    });
    expect(await screen.findByRole('region', { name: 'File report' })).toBeVisible();
    expect(
      screen.getByText('metrics.csv', { selector: '.source-name' }).parentElement,
    ).toHaveTextContent('metrics.csv · 300 rows · 2 series');
    const withoutData = ['farm', 'traffic', 'loadBalance', 'dataCentres'];
    expect(headings()).toEqual([
      'File report',
      ...PANELS.filter((p) => !withoutData.includes(p)).map((p) => PANEL_TITLES[p]),
    ]);
  });
});
