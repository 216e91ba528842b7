// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  FARM_AXES_PX,
  farmCellTooltip,
  farmHeatmapOption,
} from '../../../../src/charts/farmHeatmapOption';
import { formatCountOf, formatValue } from '../../../../src/charts/formatNumber';
import { lightTheme } from '../../../../src/charts/theme';
import { canvasFromPixels } from '../../../../src/components/chart/canvasFromPixels';
import { FarmPanel } from '../../../../src/components/panels/farm/FarmPanel';
import { simulateDemo } from '../../../../src/io/simulateDemo';
import { loadFile } from '../../../../src/store/loading';
import { store } from '../../../../src/store/state';
import { wideCsv } from '../../files';
import { chartNamed, lastOption, plain } from '../../fakeEcharts';
import { region, renderWithStore, resize, resultOf, statCard } from '../../renderWithStore';

vi.mock('../../../../src/components/chart/echarts', () => import('../../fakeEcharts'));

const result = () => resultOf('farm');
const heatmapChart = () => chartNamed('Server farm heatmap');
/** The options set on the heatmap chart that draw something (not the empty one that clears it). */
const heatmapsDrawn = () => heatmapChart().options.filter((option) => 'series' in option);
const rows = () =>
  within(screen.getByRole('table', { name: 'Most loaded servers' })).getAllByRole('row');

describe('FarmPanel', () => {
  it('counts the servers, the metrics, and the servers over the CPU and memory lines', async () => {
    await renderWithStore(<FarmPanel />);
    const panel = region('Server farm');
    expect(statCard(panel, 'Servers')).toBe('10');
    expect(statCard(panel, 'Metrics')).toBe('3');
    expect(statCard(panel, 'High CPU')).toBe(`1 over ${formatValue(75, '%')}`);
    expect(statCard(panel, 'High memory')).toBe(`1 over ${formatValue(85, '%')}`);
  });

  it('offers the farm’s own metrics by name with their units, the first one drawn', async () => {
    await renderWithStore(<FarmPanel />);
    const picker = screen.getByRole('combobox', { name: 'Metric' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => [(o as HTMLOptionElement).value, o.textContent]),
    ).toEqual([
      ['cpu', 'cpu (%)'],
      ['memory', 'memory (%)'],
      ['diskIo', 'diskIo (MB/s)'],
    ]);
    expect(picker).toHaveValue('cpu');
    expect(result()).toMatchObject({ metricName: 'cpu', unit: '%' });
  });

  it('on a farm with memory % but no CPU % metric, has no High CPU card or line', async () => {
    await renderWithStore(<FarmPanel />);
    // Two hosts' load1 (no unit) and mem (% by its name), three minutes each.
    const rows = ['web-1', 'web-2'].flatMap((host, h) =>
      ['load1', 'mem'].flatMap((metric) =>
        ['00', '01', '02'].map((m) => `2024-01-01T00:${m}:00Z,${host},${metric},${h + Number(m)}`),
      ),
    );
    await act(() => loadFile(['timestamp,host,metric,value', ...rows].join('\n'), 'hosts.csv'));
    const panel = region('Server farm');
    await waitFor(() => expect(statCard(panel, 'Servers')).toBe('2'));
    expect(
      within(screen.getByRole('combobox', { name: 'Metric' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['load1', 'mem (%)']);
    expect(result()).toMatchObject({ cpuMetric: null, memoryMetric: 'mem' });
    expect(within(panel).queryByText('High CPU', { selector: 'dt' })).toBeNull();
    expect(screen.queryByRole('slider', { name: 'High CPU line' })).toBeNull();
    expect(statCard(panel, 'High memory')).toBe(`0 over ${formatValue(85, '%')}`);
    expect(screen.getByRole('slider', { name: 'High memory line' })).toBeVisible();
    expect(result().peers).toBeNull();
    expect(panel).toHaveTextContent('Peer comparison needs at least 3 servers; this farm has 2.');
    expect(within(panel).queryByText('Peer outliers', { selector: 'dt' })).toBeNull();
    expect(screen.queryByRole('slider', { name: 'Peer window' })).toBeNull();
    expect(panel).toHaveTextContent(result().scoreRule);
    expect(result().scoreRule).toContain('load1 as a percentage of the fleet');
  });

  it('on data with no metric two hosts share, says what it needs and shows no figures nor Metric picker', async () => {
    await renderWithStore(<FarmPanel />);
    await act(() => loadFile(wideCsv(10), 'metrics.csv'));
    const panel = region('Server farm');
    await waitFor(() =>
      expect(panel).toHaveTextContent(
        'This panel needs a metric that two or more hosts report (series with a host, instance, node or pod label).',
      ),
    );
    expect(within(panel).queryByText('Servers', { selector: 'dt' })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Most loaded servers' })).toBeNull();
    expect(screen.queryByLabelText('Metric')).toBeNull();
  });

  it('lists the ten most loaded servers, worst first', async () => {
    await renderWithStore(<FarmPanel />);
    const names = rows()
      .slice(1)
      .map((row) => within(row).getByRole('rowheader').firstChild?.textContent);
    expect(names).toEqual(result().order.slice(0, 10));
  });

  it('lists the servers unlike their peers on the CPU drawn: the demo’s hot ones, outlined on the heatmap', async () => {
    await renderWithStore(<FarmPanel />);
    const { farm } = simulateDemo(42, 'small');
    const hot = Array.from(farm.hot, (s) => farm.names[s]);
    const listed = within(screen.getByRole('table', { name: 'Peer outliers' }))
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(listed.sort()).toEqual(hot.sort());
    expect(statCard(region('Server farm'), 'Peer outliers')).toBe(`${hot.length} servers`);
    const series = lastOption('Server farm heatmap').series as { id: string }[];
    expect(series.map((s) => s.id)).toEqual(['heatmap', 'peerOutliers']);
  });

  it('the Peer window and Peer threshold sliders recompute the peer outliers', async () => {
    await renderWithStore(<FarmPanel />);
    const panel = region('Server farm');
    const peerWindow = screen.getByRole('slider', { name: 'Peer window' });
    // The demo farm has 24 hourly steps: the window can take all of them.
    expect(peerWindow).toHaveValue('10');
    expect(peerWindow).toHaveAttribute('max', '24');
    fireEvent.change(peerWindow, { target: { value: '4' } });
    expect(store.getState().params!.farm).toMatchObject({ peerWindow: 4 });
    await waitFor(() => expect(result().peers?.window).toBe(4));
    fireEvent.change(screen.getByRole('slider', { name: 'Peer threshold (σ)' }), {
      target: { value: '5.5' },
    });
    expect(store.getState().params!.farm).toMatchObject({ peerThreshold: 5.5 });
    await waitFor(() => expect(result().peers?.threshold).toBe(5.5));
    expect(panel).toHaveTextContent('averaged over 4 steps, beyond ±5.5 σ.');
    expect(statCard(panel, 'Peer outliers')).toBe(formatCountOf(result().peers!.hosts, 'server'));
  });

  it('draws farmHeatmapOption of the result; the Metric picker switches the metric', async () => {
    const { user } = await renderWithStore(<FarmPanel />);
    expect(plain(lastOption('Server farm heatmap'))).toEqual(
      plain(farmHeatmapOption(result(), lightTheme, canvasFromPixels)),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Metric' }), 'diskIo (MB/s)');
    await waitFor(() => expect(result().metricName).toBe('diskIo'));
    expect(plain(lastOption('Server farm heatmap'))).toEqual(
      plain(farmHeatmapOption(result(), lightTheme, canvasFromPixels)),
    );
  });

  it("gives the chart farmCellTooltip's words for the cell under the pointer", async () => {
    const { user } = await renderWithStore(<FarmPanel />);
    // Half a step into the third column, on the second row.
    const { time, heatmap } = result();
    const x = time!.startMs + (heatmap.colStart[2] + 0.5) * time!.stepMs;
    const said = () => chartNamed('Server farm heatmap').pointTooltips.at(-1)?.(x, 1);
    expect(said()).toBe(farmCellTooltip(result(), lightTheme)(x, 1));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Metric' }), 'memory (%)');
    await waitFor(() => expect(result().metricName).toBe('memory'));
    expect(said()).toBe(farmCellTooltip(result(), lightTheme)(x, 1));
    expect(said()).toContain('<b>');
  });

  it('asks for cells as soon as the chart is measured, before the first heatmap is in', async () => {
    const { rerender } = await renderWithStore(<FarmPanel />);
    act(() => store.setState((s) => ({ results: { ...s.results, farm: undefined } })));
    rerender(<FarmPanel />);
    expect(store.getState().params!.farm).not.toHaveProperty('maxRows');
    // Room for 5 rows: fewer than the demo's 10 servers.
    act(() => resize(heatmapChart().element, 900, FARM_AXES_PX.height + 30));
    expect(store.getState().params!.farm).toMatchObject({ maxRows: 5, maxColumns: 232 });
    await waitFor(() => expect(store.getState().pending.farm).toBe(false));
    expect(result().heatmap).toMatchObject({ rows: 5, columns: 24 });
  });

  it('asks for as many heatmap cells as the plot has room for (the chart less its axes), capped at 200 x 480', async () => {
    // 100 servers x 1,440 steps: more than the cells of either chart.
    await renderWithStore(<FarmPanel />, { size: 'medium' });
    const chart = heatmapChart().element;
    act(() => resize(chart, 900, 420));
    expect(store.getState().params!.farm).toMatchObject({ maxRows: 58, maxColumns: 232 });
    act(() => resize(chart, 3000, 2000));
    expect(store.getState().params!.farm).toMatchObject({ maxRows: 200, maxColumns: 480 });
    await waitFor(() => expect(store.getState().pending.farm).toBe(false));
    expect(result().heatmap).toMatchObject({ rows: 100, columns: 480 });
  });

  it('asks for no other heatmap when the room changes nothing: a farm smaller than it is drawn once', async () => {
    await renderWithStore(<FarmPanel />);
    act(() => resize(heatmapChart().element, 900, 420));
    expect(store.getState().params!.farm).not.toHaveProperty('maxRows');
    expect(store.getState().pending.farm).toBe(false);
    expect(heatmapsDrawn()).toHaveLength(1);
  });

  it('asks a new data set’s farm for the chart’s room and draws it, after a farm that needed no asking', async () => {
    await renderWithStore(<FarmPanel />);
    act(() => resize(heatmapChart().element, 900, 420));
    expect(store.getState().params!.farm).not.toHaveProperty('maxRows');
    // 80 hosts x 300 minutes: more rows than the chart's 58.
    const minute = (m: number) => new Date(Date.UTC(2024, 0, 1, 0, m)).toISOString();
    const rows = Array.from({ length: 80 }, (_, h) =>
      Array.from({ length: 300 }, (_, m) => `${minute(m)},host-${h},cpu,${(h * m) % 97}`),
    ).flat();
    await act(() => loadFile(['timestamp,host,metric,value', ...rows].join('\n'), 'hosts.csv'));
    await waitFor(() => expect(result().order).toHaveLength(80));
    await waitFor(() => expect(store.getState().pending.farm).toBe(false));
    expect(result().heatmap).toMatchObject({ rows: 58, columns: 232 });
    expect(plain(heatmapsDrawn().at(-1)!)).toEqual(
      plain(farmHeatmapOption(result(), lightTheme, canvasFromPixels)),
    );
  });

  it('draws no heatmap computed for other cells than its measured chart asks for; a resized chart keeps its heatmap until the new one is in', async () => {
    // The chart has its size as it mounts, as on a page: the farm was computed before that.
    const area = (size: number) =>
      function (this: Element) {
        return this.hasAttribute('data-chart') ? size : 0;
      };
    const width = vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(area(900));
    const height = vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(area(420));
    try {
      await renderWithStore(<FarmPanel />, { size: 'medium' });
      expect(heatmapsDrawn()).toHaveLength(0);
      await waitFor(() => expect(heatmapsDrawn()).toHaveLength(1));
      expect(result().heatmap).toMatchObject({ rows: 58, columns: 232 });
      expect(plain(heatmapsDrawn()[0])).toEqual(
        plain(farmHeatmapOption(result(), lightTheme, canvasFromPixels)),
      );
      const options = heatmapChart().options.length;
      act(() => resize(heatmapChart().element, 600, 420));
      expect(store.getState().pending.farm).toBe(true);
      expect(heatmapChart().options).toHaveLength(options);
      await waitFor(() => expect(heatmapsDrawn()).toHaveLength(2));
      expect(result().heatmap).toMatchObject({ rows: 58, columns: 132 });
    } finally {
      width.mockRestore();
      height.mockRestore();
    }
  });
});
