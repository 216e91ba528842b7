import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrometheusResolution } from '../../src/io/prometheus/fetchPrometheus';
import type { PrometheusRequest } from '../../src/io/prometheus/queryRangeUrl';
import { connectPrometheus } from '../../src/store/loading';
import { fetchZoomedRange, zoomedFetch } from '../../src/store/prometheusZoom';
import { setZoom } from '../../src/store/settings';
import { attachClient, resetStore, store } from '../../src/store/state';
import { createApi } from '../../src/worker/api';
import { harness, type Harness } from '../helpers/workerHarness';

vi.setConfig({ testTimeout: 30_000 });

const DAY = 86_400;
const START = 1_700_000_000;

/** 30 days at 1m asked for, 1,000 series: 4.3e7 points, fetched at 5m (8.6e6) within 1e7. */
const REQUEST: PrometheusRequest = {
  baseUrl: 'http://127.0.0.1:9090',
  queries: ['up'],
  startSec: START,
  endSec: START + 30 * DAY,
  stepSec: 60,
};
const SHOWN: PrometheusResolution = {
  wantedStepSec: 60,
  stepSec: 300,
  series: 1000,
  budget: 1e7,
  chunks: 1,
};
const zoomTo = (startSec: number, endSec: number) => ({
  start: startSec * 1000,
  end: endSec * 1000,
});

describe('zoomedFetch', () => {
  it('asks for the zoomed part at the step asked for when it fits the budget there', () => {
    // 1 day at 1m is 1,441 x 1,000 = 1,441,000 points, within 1e7.
    const zoom = zoomTo(START + DAY, START + 2 * DAY);
    expect(zoomedFetch({ prometheus: REQUEST, prometheusResolution: SHOWN, zoom })).toEqual({
      request: { ...REQUEST, startSec: START + DAY, endSec: START + 2 * DAY },
      stepSec: 60,
    });
  });

  it('asks for the finest round step the budget allows when the step asked for does not fit', () => {
    // 10 days: 1m gives 1.44e7 points, 2m 7.2e6.
    const zoom = zoomTo(START, START + 10 * DAY);
    expect(zoomedFetch({ prometheus: REQUEST, prometheusResolution: SHOWN, zoom })?.stepSec).toBe(
      120,
    );
  });

  it('takes the zoom to whole seconds outward and keeps it inside the range shown', () => {
    const zoom = { start: (START - DAY) * 1000, end: (START + 3600) * 1000 - 0.5 };
    expect(
      zoomedFetch({ prometheus: REQUEST, prometheusResolution: SHOWN, zoom })?.request,
    ).toEqual({ ...REQUEST, startSec: START, endSec: START + 3600 });
  });

  it('is null when the zoomed part fits no finer step than the one shown', () => {
    const zoom = zoomTo(START, START + 29 * DAY);
    expect(zoomedFetch({ prometheus: REQUEST, prometheusResolution: SHOWN, zoom })).toBeNull();
  });

  it('is null without a zoom, or for data that did not come from Prometheus', () => {
    const zoom = zoomTo(START + DAY, START + 2 * DAY);
    expect(
      zoomedFetch({ prometheus: REQUEST, prometheusResolution: SHOWN, zoom: null }),
    ).toBeNull();
    expect(zoomedFetch({ prometheus: null, prometheusResolution: null, zoom })).toBeNull();
  });
});

describe('fetchZoomedRange', () => {
  let open: Harness;
  beforeEach(() => {
    resetStore();
    open = harness(createApi());
    attachClient(open.client);
  });
  afterEach(() => {
    attachClient(null);
    open.close();
    vi.unstubAllGlobals();
  });

  /** A Prometheus with `series` series of `up`, valued t / 60 at every step asked for. */
  function stubPrometheus(series: number) {
    const fetchFn = vi.fn((input: string | URL | Request) => {
      const url = new URL(String(input));
      const param = (name: string) => Number(url.searchParams.get(name));
      const body =
        url.pathname === '/api/v1/query'
          ? { resultType: 'vector', result: [{ metric: {}, value: [0, String(series)] }] }
          : {
              resultType: 'matrix',
              result: Array.from({ length: series }, (_, i) => {
                const values: [number, string][] = [];
                for (let t = param('start'); t <= param('end'); t += param('step')) {
                  values.push([t, String(t / 60)]);
                }
                return { metric: { __name__: 'up', instance: `h${i}` }, values };
              }),
            };
      return Promise.resolve(new Response(JSON.stringify({ status: 'success', data: body })));
    });
    vi.stubGlobal('fetch', fetchFn);
    return fetchFn;
  }

  it('fetches the zoomed part again at a finer step and shows it instead of the whole range', async () => {
    const fetchFn = stubPrometheus(2);
    // 1 day at 1m for 2 series is 2,882 points: over a budget of 1,000, so 5m (578) is fetched.
    const request = { ...REQUEST, endSec: START + DAY, pointBudget: 1000 };
    await connectPrometheus(request, 'Prometheus http://127.0.0.1:9090');
    expect(store.getState().prometheusResolution).toMatchObject({ stepSec: 300, series: 2 });
    setZoom(zoomTo(START + 3600, START + 7200));
    expect(zoomedFetch(store.getState())?.stepSec).toBe(60);

    fetchFn.mockClear();
    await fetchZoomedRange();
    const state = store.getState();
    expect(state.prometheus).toEqual({ ...request, startSec: START + 3600, endSec: START + 7200 });
    expect(state.prometheusResolution).toMatchObject({ stepSec: 60, wantedStepSec: 60 });
    // Two series of 61 steps each: 1h at 1m.
    expect(state.readReports.map((r) => r.report.rowsRead)).toEqual([122]);
    expect(state.source.name).toBe('Prometheus http://127.0.0.1:9090');
    // The new data is the zoomed range: nothing is zoomed in it, and nothing finer to fetch.
    expect(state.zoom).toBeNull();
    expect(zoomedFetch(state)).toBeNull();
    const steps = fetchFn.mock.calls
      .map(([url]) => new URL(String(url)))
      .filter((url) => url.pathname === '/api/v1/query_range')
      .map((url) => url.searchParams.get('step'));
    expect(steps).toEqual(['60']);
  });

  it('fetches nothing when there is nothing finer to fetch', async () => {
    const fetchFn = stubPrometheus(1);
    await fetchZoomedRange();
    expect(fetchFn).not.toHaveBeenCalled();
  });
});
