// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectPrometheus, loadDemo, loadFiles } from '../../src/store/loading';
import { superviseAnalysisWorker } from '../../src/store/recovery';
import { setParams } from '../../src/store/refresh';
import { setZoom } from '../../src/store/settings';
import { store } from '../../src/store/state';
import { createApi, type MetricscopeApi } from '../../src/worker/api';
import { TEST_BENCH_SIZE, withBenchSize } from '../components/renderWithStore';
import { FakeWorker } from '../helpers/fakeWorker';
import { UP_MATRIX } from '../helpers/prometheusMatrix';
import { expectAllDrawn } from '../helpers/expectAllDrawn';

// Each recovery loads a data set and computes every panel again: slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

afterEach(() => vi.unstubAllGlobals());

const CSV = ['timestamp,cpu,mem']
  .concat(
    Array.from(
      { length: 300 },
      (_, i) =>
        `${new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString()},${50 + (i % 7)},${30 + (i % 11)}`,
    ),
  )
  .join('\n');

/** A Prometheus range query and the answer a server gives to every call of it. */
const request = {
  baseUrl: 'http://127.0.0.1:9090',
  queries: ['up'],
  startSec: 1700000000,
  endSec: 1700000060,
  stepSec: 60,
};
/** The real API, quick to time its benchmark; `crashOn` methods instead crash the worker. */
function api(worker: FakeWorker, crashOn: readonly (keyof MetricscopeApi)[] = []): MetricscopeApi {
  const real = withBenchSize(createApi(), TEST_BENCH_SIZE);
  const crashing = () => {
    setTimeout(() => worker.crash('Uncaught Error: it cannot take this'));
    return new Promise<never>(() => {});
  };
  return { ...real, ...Object.fromEntries(crashOn.map((method) => [method, crashing])) };
}

/**
 * Supervises fake workers: the first runs the real API, every later one crashes on `crashOn`
 * (or as soon as it starts, with `crashAtStart`). Answers the workers spawned so far.
 */
function start(
  crashOn: readonly (keyof MetricscopeApi)[] = [],
  crashAtStart = false,
): FakeWorker[] {
  const spawned: FakeWorker[] = [];
  superviseAnalysisWorker(() => {
    const later = spawned.length > 0;
    const worker = new FakeWorker((w) => api(w, later ? crashOn : []));
    if (later && crashAtStart)
      setTimeout(() => worker.crash('Uncaught SyntaxError: Unexpected token'));
    spawned.push(worker);
    return worker;
  });
  return spawned;
}

/** Waits until the worker notice says `text` (the recovery has ended). */
const noticeSays = (text: string) =>
  vi.waitFor(() => expect(store.getState().workerNotice).toBe(text), { timeout: 50_000 });

describe('superviseAnalysisWorker', () => {
  it('restarts a crashed worker and reloads the demo with every parameter and the zoom kept', async () => {
    const spawned = start();
    await loadDemo();
    setParams('anomalies', { threshold: 2.25 });
    setZoom({ start: 10, end: 20 });
    const before = store.getState();
    await vi.waitFor(() => expect(store.getState().pending.anomalies).toBe(false));

    spawned[0].crash('Uncaught Error: boom');
    await noticeSays(
      'The analysis worker stopped (error: Error: boom). It was restarted and the simulated demo reloaded, every setting kept.',
    );
    expect(spawned).toHaveLength(2);
    expect(spawned[0].terminated).toBe(true);
    const after = store.getState();
    expect(after.params).toEqual(before.params);
    expect(after.params?.anomalies.threshold).toBe(2.25);
    expect(after.zoom).toEqual({ start: 10, end: 20 });
    expect(after.dataSetsShown).toBe(before.dataSetsShown + 1);
    expectAllDrawn();
  });

  it('rejects the calls the crashed worker left unanswered, then reloads the files shown', async () => {
    const spawned = start();
    await loadFiles([{ input: CSV, name: 'm.csv', mapping: 'detected' }]);
    const { catalogue, loaded } = store.getState();
    const told: (string | undefined)[] = [];
    const unsubscribe = store.subscribe((s) => told.push(s.errors.anomalies));
    setParams('anomalies', { threshold: 2.5 });
    spawned[0].crash('Uncaught RangeError: Array buffer allocation failed');
    await noticeSays(
      'The analysis worker stopped (out of memory while computing anomalies). It was restarted and m.csv reloaded, every setting kept.',
    );
    unsubscribe();
    // The panel waiting on the dead worker was told, not left computing until the reload.
    expect(told).toContain(
      'The analysis worker stopped (out of memory while computing anomalies).',
    );
    const after = store.getState();
    expect(after.source).toEqual({ kind: 'file', name: 'm.csv' });
    expect(after.loaded).toEqual(loaded);
    expect(after.catalogue).toEqual(catalogue);
    expect(after.params?.anomalies.threshold).toBe(2.5);
    expectAllDrawn();
  });

  it('does not reload files that crash the worker again: it shows the demo instead', async () => {
    const spawned = start(['loadFiles']);
    await loadFiles([{ input: CSV, name: 'm.csv', mapping: 'detected' }]);
    spawned[0].crash('Uncaught Error: boom');
    await noticeSays(
      'The analysis worker stopped again (error: Error: it cannot take this while reading files) while loading m.csv, which is not tried again. It was restarted and the simulated demo shown.',
    );
    expect(store.getState().source.kind).toBe('demo');
    expectAllDrawn();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(spawned).toHaveLength(3);
  });

  it('shows no data set, and says so, when the demo crashes the worker again', async () => {
    const spawned = start(['loadDemo']);
    await loadDemo();
    spawned[0].crash('Uncaught Error: boom');
    await noticeSays(
      'The analysis worker stopped again (error: Error: it cannot take this while generating the demo) while loading the simulated demo, which is not tried again. It was restarted with no data set: open a file or simulate the demo.',
    );
    expect(store.getState()).toMatchObject({
      status: 'error',
      loadError: 'No data set could be loaded after the analysis worker stopped.',
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(spawned).toHaveLength(3);
  });

  it('stops restarting a worker that stops as soon as it starts, and says so', async () => {
    const spawned = start([], true);
    await loadDemo();
    spawned[0].crash('Uncaught Error: boom');
    await vi.waitFor(() =>
      expect(store.getState().workerNotice).toMatch(
        /^The analysis worker stopped \(error: SyntaxError: Unexpected token.*\) for the 4th time in a minute, so it was not restarted: reload the page to try again\.$/,
      ),
    );
    expect(store.getState()).toMatchObject({
      status: 'error',
      loadError: 'The analysis worker keeps stopping, so it was not restarted.',
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(spawned).toHaveLength(4);
  });

  it('fetches the Prometheus request shown again, with the parameters kept', async () => {
    const fetched = vi.fn(() => Promise.resolve(new Response(JSON.stringify(UP_MATRIX))));
    vi.stubGlobal('fetch', fetched);
    const spawned = start();
    await connectPrometheus(request, 'Prometheus 127.0.0.1:9090');
    const fetchesForOneLoad = fetched.mock.calls.length;
    setParams('sla', { target: 97.5 });
    await vi.waitFor(() => expect(store.getState().pending.sla).toBe(false));
    spawned[0].crash('Uncaught Error: boom');
    await noticeSays(
      'The analysis worker stopped (error: Error: boom). It was restarted and Prometheus 127.0.0.1:9090 reloaded, every setting kept.',
    );
    expect(fetched.mock.calls.length).toBe(2 * fetchesForOneLoad);
    expect(store.getState()).toMatchObject({
      prometheus: request,
      source: { kind: 'file', name: 'Prometheus 127.0.0.1:9090' },
    });
    expect(store.getState().params?.sla.target).toBe(97.5);
  });

  it('shows the demo when the data set cannot be loaded again (the server went away)', async () => {
    const fetched = vi.fn(() => Promise.resolve(new Response(JSON.stringify(UP_MATRIX))));
    vi.stubGlobal('fetch', fetched);
    const spawned = start();
    await connectPrometheus(request, 'Prometheus 127.0.0.1:9090');
    fetched.mockImplementation(() => Promise.reject(new TypeError('Failed to fetch')));
    spawned[0].crash('Uncaught Error: boom');
    await vi.waitFor(() =>
      expect(store.getState().workerNotice).toMatch(
        /^The analysis worker stopped \(error: Error: boom\)\. Loading Prometheus 127\.0\.0\.1:9090 again failed: .*Failed to fetch.* It was restarted and the simulated demo shown\.$/,
      ),
    );
    expect(store.getState().source.kind).toBe('demo');
    expect(spawned).toHaveLength(2);
    expectAllDrawn();
  });
});
