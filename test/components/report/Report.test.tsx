// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lightTheme } from '../../../src/charts/theme';
import { exportContext } from '../../../src/components/panels/exportContext';
import { panelStats } from '../../../src/components/panels/panelStats';
import { PANEL_COMPONENTS } from '../../../src/components/panels/registry';
import { Report } from '../../../src/components/report/Report';
import { PANELS, PANEL_TITLES } from '../../../src/store/panels';
import { setZoom } from '../../../src/store/settings';
import { store } from '../../../src/store/state';
import { formatTimeSpan } from '../../../src/charts/formatNumber';
import { chartExports, charts } from '../fakeEcharts';
import { renderWithStore, resultOf } from '../renderWithStore';

vi.mock('../../../src/components/chart/echarts', () => import('../fakeEcharts'));

/** The report above every panel of the demo, each chart drawn (ECharts said 'finished'). */
async function renderDashboard() {
  const rendered = await renderWithStore(
    <>
      <Report />
      {PANELS.map((panel) => {
        const Component = PANEL_COMPONENTS[panel];
        return <Component key={panel} />;
      })}
    </>,
  );
  act(() => charts.forEach((chart) => chart.emit('finished')));
  return rendered;
}

/** The stat cards in `element` as [label, value] pairs. */
const cards = (element: HTMLElement) =>
  [...element.querySelectorAll('dt')].map((dt) => [
    dt.textContent,
    dt.nextElementSibling?.textContent,
  ]);

const reportRegion = () => screen.getByRole('region', { name: 'Metricscope report' });
const article = (title: string) => within(reportRegion()).getByRole('article', { name: title });

describe('Report', () => {
  it('lists every panel in page order with its key figures, as its stat cards give them', async () => {
    const { user } = await renderDashboard();
    await user.click(screen.getByRole('button', { name: 'Report' }));
    const titles = within(reportRegion())
      .getAllByRole('article')
      .map((a) => a.querySelector('h3')?.textContent);
    expect(titles).toEqual(PANELS.map((panel) => PANEL_TITLES[panel]));
    const context = exportContext(store.getState());
    for (const panel of PANELS) {
      const expected = panelStats(panel, resultOf(panel), context).map((s) => [s.label, s.value]);
      expect(expected.length).toBeGreaterThan(0);
      expect(cards(article(PANEL_TITLES[panel]))).toEqual(expected);
    }
    // The same figures as the panel's own cards, e.g. the anomaly count.
    const panelCards = cards(screen.getByRole('region', { name: 'Anomalies' }));
    expect(cards(article('Anomalies'))).toEqual(panelCards);
  }, 60_000);

  it('says the zoomed range the charts and the Overview figures show, while zoomed', async () => {
    const { user } = await renderDashboard();
    await user.click(screen.getByRole('button', { name: 'Report' }));
    expect(reportRegion()).not.toHaveTextContent('zoomed to');
    await user.click(screen.getByRole('button', { name: 'Close report' }));
    const x = resultOf('overview').lines[0].x;
    act(() => setZoom({ start: x[1], end: x[5] }));
    await user.click(screen.getByRole('button', { name: 'Report' }));
    expect(reportRegion()).toHaveTextContent(
      `Time-series charts and the Overview’s figures zoomed to ${formatTimeSpan(x[1], x[5], 'utc')}`,
    );
  }, 60_000);

  it('shows each drawn chart of a panel as a PNG image named after it, on the theme background', async () => {
    const { user } = await renderDashboard();
    await user.click(screen.getByRole('button', { name: 'Report' }));
    const images = (title: string) =>
      within(article(title))
        .queryAllByRole('img')
        .map((img) => [img.getAttribute('alt'), img.getAttribute('src')?.slice(0, 22)]);
    expect(images('Network traffic')).toEqual([
      ['Bandwidth chart', 'data:image/png;base64,'],
      ['Peak hours chart', 'data:image/png;base64,'],
    ]);
    expect(images('Anomalies')).toEqual([['Anomalies chart', 'data:image/png;base64,']]);
    expect(
      chartExports.every((e) => e.kind === 'png' && e.background === lightTheme.background),
    ).toBe(true);
    expect(chartExports).toHaveLength(charts.filter((c) => !c.disposed).length);
  }, 60_000);

  it('says what a panel needs instead of figures when the data cannot feed it', async () => {
    const { user } = await renderDashboard();
    act(() =>
      store.setState((s) => ({
        results: { ...s.results, sla: { needs: 'This panel needs a latency series.' } },
      })),
    );
    await user.click(screen.getByRole('button', { name: 'Report' }));
    const sla = article('SLA & Apdex');
    expect(sla).toHaveTextContent('This panel needs a latency series.');
    expect(within(sla).queryAllByRole('img')).toHaveLength(0);
    expect(sla.querySelector('dl')).toBeNull();
  }, 60_000);

  it('takes the focus to its heading, prints with Print, and gives the focus back on Close report', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = await renderDashboard();
    const open = screen.getByRole('button', { name: 'Report' });
    await user.click(open);
    expect(screen.getByRole('heading', { name: 'Metricscope report' })).toHaveFocus();
    expect(reportRegion()).toHaveTextContent('Simulated demo (small, seed 42), ');
    await user.click(within(reportRegion()).getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    await user.click(within(reportRegion()).getByRole('button', { name: 'Close report' }));
    expect(screen.queryByRole('region', { name: 'Metricscope report' })).toBeNull();
    expect(open).toHaveFocus();
  }, 60_000);

  it('closes when another data set is shown', async () => {
    const { user } = await renderDashboard();
    await user.click(screen.getByRole('button', { name: 'Report' }));
    act(() => store.setState((s) => ({ dataSetsShown: s.dataSetsShown + 1 })));
    expect(screen.queryByRole('region', { name: 'Metricscope report' })).toBeNull();
  }, 60_000);
});
