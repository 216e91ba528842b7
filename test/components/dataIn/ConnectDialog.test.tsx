// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Header } from '../../../src/components/shell/Header';
import { store } from '../../../src/store/state';
import { renderWithStore } from '../renderWithStore';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A query_range answer: `name` for instances a and b, two points 60 s apart from `startSec`. */
const matrix = (name: string, startSec: number) => ({
  status: 'success',
  data: {
    resultType: 'matrix',
    result: ['a', 'b'].map((instance, i) => ({
      metric: { __name__: name, instance },
      values: [
        [startSec, String(10 + i)],
        [startSec + 60, String(20 + i)],
      ],
    })),
  },
});

/** Stubs the global fetch the worker API uses; each call answers with `answer(url)`. */
function stubFetch(answer: (url: URL) => Response) {
  const fetchFn = vi.fn((url: string | URL | Request) =>
    Promise.resolve(answer(new URL(String(url)))),
  );
  vi.stubGlobal('fetch', fetchFn);
  return fetchFn;
}

afterEach(() => vi.unstubAllGlobals());

describe('ConnectDialog', () => {
  it('"Connect to Prometheus" opens a labelled form and fetches nothing until Connect', async () => {
    const fetchFn = stubFetch(() => json({}));
    const { user } = await renderWithStore(<Header />);
    await user.click(screen.getByRole('button', { name: 'Connect to Prometheus' }));
    const dialog = screen.getByRole('dialog', { name: 'Connect to Prometheus' });
    for (const name of [
      'Base URL',
      'PromQL queries, one per line',
      'Step (seconds)',
      'Point budget (series × steps)',
    ]) {
      expect(within(dialog).getByLabelText(name)).toBeVisible();
    }
    expect(within(dialog).getByRole('combobox', { name: 'Range' })).toHaveValue('1');
    expect(within(dialog).getByLabelText('Point budget (series × steps)')).toHaveValue(1e7);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('Connect runs each query over the UTC range given and shows their series as a farm', async () => {
    const startSec = Date.UTC(2026, 0, 2, 3, 4) / 1000;
    const fetchFn = stubFetch((url) => json(matrix(url.searchParams.get('query')!, startSec)));
    const { user } = await renderWithStore(<Header />);
    await user.click(screen.getByRole('button', { name: 'Connect to Prometheus' }));
    const dialog = screen.getByRole('dialog', { name: 'Connect to Prometheus' });
    await user.type(within(dialog).getByLabelText('Base URL'), 'http://127.0.0.1:9090/');
    await user.type(within(dialog).getByLabelText('PromQL queries, one per line'), 'cpu{enter}mem');
    await user.selectOptions(within(dialog).getByLabelText('Range'), 'custom');
    await user.type(within(dialog).getByLabelText('Start (UTC)'), '2026-01-02T03:04');
    await user.type(within(dialog).getByLabelText('End (UTC)'), '2026-01-02T03:05');
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() =>
      expect(store.getState().source).toEqual({
        kind: 'file',
        name: 'Prometheus http://127.0.0.1:9090',
      }),
    );
    expect(
      fetchFn.mock.calls.map(([url]) => Object.fromEntries(new URL(String(url)).searchParams)),
    ).toEqual([
      // The series counted first, at the range's end, for the point budget.
      { query: 'count(cpu)', time: String(startSec + 60) },
      { query: 'count(mem)', time: String(startSec + 60) },
      { query: 'cpu', start: String(startSec), end: String(startSec + 60), step: '60' },
      { query: 'mem', start: String(startSec), end: String(startSec + 60), step: '60' },
    ]);
    // Each query's series carry their instance label: two hosts of cpu and mem, both read as %
    // from their names.
    expect(store.getState().catalogue?.farm).toEqual({
      servers: 2,
      steps: 2,
      metrics: [
        { key: 'cpu', unit: '%' },
        { key: 'mem', unit: '%' },
      ],
    });
  });

  it('Connect with a point budget the step would pass fetches a coarser step', async () => {
    const startSec = Date.UTC(2026, 0, 2, 3, 4) / 1000;
    const fetchFn = stubFetch((url) =>
      url.pathname === '/api/v1/query'
        ? json({
            status: 'success',
            data: { resultType: 'vector', result: [{ metric: {}, value: [startSec, '2'] }] },
          })
        : json(matrix('cpu', startSec)),
    );
    const { user } = await renderWithStore(<Header />);
    await user.click(screen.getByRole('button', { name: 'Connect to Prometheus' }));
    const dialog = screen.getByRole('dialog', { name: 'Connect to Prometheus' });
    await user.type(within(dialog).getByLabelText('Base URL'), 'http://127.0.0.1:9090');
    await user.type(within(dialog).getByLabelText('PromQL queries, one per line'), 'cpu');
    await user.selectOptions(within(dialog).getByLabelText('Range'), 'custom');
    await user.type(within(dialog).getByLabelText('Start (UTC)'), '2026-01-02T03:04');
    await user.type(within(dialog).getByLabelText('End (UTC)'), '2026-01-02T04:04');
    const budget = within(dialog).getByLabelText('Point budget (series × steps)');
    await user.clear(budget);
    await user.type(budget, '100');
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    // 61 steps x 2 series is 122 points, over 100; at 2m, 31 x 2 = 62.
    await waitFor(() =>
      expect(store.getState().prometheusResolution).toEqual({
        wantedStepSec: 60,
        stepSec: 120,
        series: 2,
        budget: 100,
        chunks: 1,
      }),
    );
    expect(store.getState().prometheus).toMatchObject({ stepSec: 60, pointBudget: 100 });
    const range = fetchFn.mock.calls
      .map(([url]) => new URL(String(url)))
      .filter((url) => url.pathname === '/api/v1/query_range');
    expect(range.map((url) => url.searchParams.get('step'))).toEqual(['120']);
  });

  it("shows Prometheus's error text as the load error and keeps the data shown", async () => {
    stubFetch(() =>
      json(
        {
          status: 'error',
          errorType: 'bad_data',
          error: '1:6: parse error: unclosed left parenthesis',
        },
        400,
      ),
    );
    const { user } = await renderWithStore(<Header />);
    const before = store.getState().catalogue;
    await user.click(screen.getByRole('button', { name: 'Connect to Prometheus' }));
    await user.type(screen.getByLabelText('Base URL'), 'http://127.0.0.1:9090');
    await user.type(screen.getByLabelText('PromQL queries, one per line'), 'rate(');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() =>
      expect(store.getState().loadError).toBe(
        'Prometheus rejected "rate(": bad_data: 1:6: parse error: unclosed left parenthesis',
      ),
    );
    expect(store.getState()).toMatchObject({ source: { kind: 'demo' }, loadProgress: null });
    expect(store.getState().catalogue).toBe(before);
  });

  it('says what is wrong with a custom range that ends before it starts, and fetches nothing', async () => {
    const fetchFn = stubFetch(() => json({}));
    const { user } = await renderWithStore(<Header />);
    await user.click(screen.getByRole('button', { name: 'Connect to Prometheus' }));
    const dialog = screen.getByRole('dialog', { name: 'Connect to Prometheus' });
    await user.type(within(dialog).getByLabelText('Base URL'), 'http://127.0.0.1:9090');
    await user.type(within(dialog).getByLabelText('PromQL queries, one per line'), 'up');
    await user.selectOptions(within(dialog).getByLabelText('Range'), 'custom');
    await user.type(within(dialog).getByLabelText('Start (UTC)'), '2026-01-02T03:05');
    await user.type(within(dialog).getByLabelText('End (UTC)'), '2026-01-02T03:04');
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'The end must come after the start.',
    );
    expect(fetchFn).not.toHaveBeenCalled();
  });
});
