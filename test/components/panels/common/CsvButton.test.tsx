// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anomaliesCsv } from '../../../../src/charts/csv/anomaliesCsv';
import { slaCsv } from '../../../../src/charts/csv/slaCsv';
import { AnomaliesPanel } from '../../../../src/components/panels/anomalies/AnomaliesPanel';
import { Panel } from '../../../../src/components/panels/common/Panel';
import { exportContext } from '../../../../src/components/panels/exportContext';
import { PANEL_CSV, panelCsv } from '../../../../src/components/panels/panelCsv';
import { PANEL_COMPONENTS } from '../../../../src/components/panels/registry';
import { SlaPanel } from '../../../../src/components/panels/sla/SlaPanel';
import { PANELS, PANEL_TITLES } from '../../../../src/store/panels';
import { store } from '../../../../src/store/state';
import { captureDownloads, downloadedText } from '../../downloads';
import { region, renderWithStore, resultOf } from '../../renderWithStore';

vi.mock('../../../../src/components/chart/echarts', () => import('../../fakeEcharts'));

const NOW = Date.UTC(2024, 2, 4, 12);
const BOM = '\uFEFF';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

const csvButton = (title: string) =>
  screen.getByRole('button', { name: `Download ${title} data as CSV` });

describe('CsvButton (in every Panel’s header)', () => {
  it('downloads the anomaly table as metricscope-anomalies-<date>.csv: a header and one row per table row', async () => {
    const downloads = captureDownloads();
    const { user } = await renderWithStore(<AnomaliesPanel />);
    const button = csvButton('Anomalies');
    expect(within(region('Anomalies')).getByRole('banner')).toContainElement(button);
    await user.click(button);
    expect(downloads.map((d) => d.fileName)).toEqual(['metricscope-anomalies-2024-03-04.csv']);
    expect(downloads[0].blob.type).toBe('text/csv;charset=utf-8');
    const text = await downloadedText(downloads[0]);
    expect(text).toBe(BOM + anomaliesCsv(resultOf('anomalies')));
    const records = text.slice(1).split('\r\n').slice(0, -1);
    // The demo's latency series has no times: sample indices instead.
    expect(records[0]).toBe('index,kind,why,value (ms),expected (ms),deviation (σ),score');
    const tableRows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(records).toHaveLength(tableRows.length + 1);
  });

  it('writes the SLA histogram in the unit of the series picked', async () => {
    const downloads = captureDownloads();
    const { user } = await renderWithStore(<SlaPanel />);
    await user.click(csvButton('SLA & Apdex'));
    const text = await downloadedText(downloads[0]);
    expect(text).toBe(BOM + slaCsv(resultOf('sla'), 'ms'));
    expect(text.split('\r\n')[0]).toBe(`${BOM}from (ms),to (ms),count`);
  });

  it('every panel of the demo downloads PANEL_CSV of its result, named after the panel', async () => {
    const downloads = captureDownloads();
    const { user } = await renderWithStore(
      <>
        {PANELS.map((panel) => {
          const Component = PANEL_COMPONENTS[panel];
          return <Component key={panel} />;
        })}
      </>,
    );
    for (const panel of PANELS) {
      await user.click(csvButton(PANEL_TITLES[panel]));
      const text = await downloadedText(downloads.at(-1)!);
      expect(text).toBe(BOM + panelCsv(panel, resultOf(panel), exportContext(store.getState())));
      expect(text.split('\r\n').length).toBeGreaterThan(2);
    }
    expect(downloads.map((d) => d.fileName)).toEqual([
      'metricscope-overview-2024-03-04.csv',
      'metricscope-farm-2024-03-04.csv',
      'metricscope-anomalies-2024-03-04.csv',
      'metricscope-capacity-2024-03-04.csv',
      'metricscope-percentile-bands-2024-03-04.csv',
      'metricscope-traffic-2024-03-04.csv',
      'metricscope-load-balance-2024-03-04.csv',
      'metricscope-sla-2024-03-04.csv',
      'metricscope-trends-2024-03-04.csv',
      'metricscope-data-centres-2024-03-04.csv',
      'metricscope-where-bench-2024-03-04.csv',
    ]);
    expect(Object.keys(PANEL_CSV)).toEqual(PANELS);
    // Every panel computed and drawn, then eleven downloads: seconds in jsdom.
  }, 60_000);

  it('is disabled until the panel has a result, and gone while the data cannot feed the panel', async () => {
    await renderWithStore(<AnomaliesPanel />);
    act(() => store.setState({ results: {} }));
    expect(csvButton('Anomalies')).toBeDisabled();
    act(() => store.setState({ results: { anomalies: { needs: 'This panel needs a series.' } } }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /data as CSV$/ })).toBeNull());
  });

  it('is in a bare Panel too, disabled without a result', async () => {
    await renderWithStore(
      <Panel panel="trends">
        <p>content</p>
      </Panel>,
    );
    act(() => store.setState({ results: {} }));
    expect(csvButton('Trends & correlation')).toBeDisabled();
  });
});
