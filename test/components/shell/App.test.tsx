// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/components/shell/App';
import { PANELS, PANEL_TITLES } from '../../../src/store/panels';
import { loadDemo, loadFile } from '../../../src/store/loading';
import { attachClient, store } from '../../../src/store/state';
import { csvFile, wideCsv } from '../files';
import { connectStore } from '../renderWithStore';

vi.mock('../../../src/components/chart/echarts', () => import('../fakeEcharts'));

const HEADINGS = PANELS.map((panel) => PANEL_TITLES[panel]);

/** The line in the panel region `name` saying what data it needs, if it shows one. */
const needs = (name: string) =>
  within(screen.getByRole('region', { name }))
    .queryAllByRole('status')
    .find((line) => line.textContent?.startsWith('This panel'))?.textContent ?? undefined;

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

  it('keeps every panel for data that cannot feed some: each of those says what it needs', async () => {
    connectStore();
    render(<App />);
    await act(() => loadDemo());
    // Two timed series without host, device or data-centre labels, neither a latency.
    await act(() => loadFile(wideCsv(300), 'metrics.csv'));
    expect(headings()).toEqual(['File report', ...HEADINGS]);
    expect(needs('Server farm')).toBe(
      'This panel needs a metric that two or more hosts report (series with a host, instance, node or pod label).',
    );
    expect(needs('Network traffic')).toMatch(/^This panel needs network byte counters or rates/);
    expect(needs('Load balancer')).toMatch(/^This panel needs a request count or rate per server/);
    expect(needs('SLA & Apdex')).toMatch(/^This panel needs a latency series/);
    expect(needs('Data centres')).toMatch(
      /^This panel needs series labelled with a data centre, region or zone/,
    );
    for (const fed of ['Overview', 'Anomalies', 'Capacity forecast', 'Trends & correlation']) {
      expect(needs(fed)).toBeUndefined();
    }
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

  it('a file dropped on the page replaces the demo: its report above every panel', async () => {
    connectStore();
    render(<App />);
    await act(() => loadDemo());
    fireEvent.drop(document.body, {
      dataTransfer: { types: ['Files'], files: [csvFile(wideCsv(300), 'metrics.csv')] },
    });
    // Detecting the file's layout and reading it in the worker takes over a second in jsdom.
    const report = await screen.findByRole('region', { name: 'File report' }, { timeout: 10_000 });
    expect(report).toBeVisible();
    expect(
      screen.getByText('metrics.csv', { selector: '.source-name' }).parentElement,
    ).toHaveTextContent('metrics.csv · 300 rows · 2 series');
    expect(headings()).toEqual(['File report', ...HEADINGS]);
    expect(store.getState().catalogue?.series.map((s) => s.name)).toEqual(['cpu', 'mem']);
  });
});
