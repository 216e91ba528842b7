import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../src/worker/api';
import {
  cancelLoad,
  connectPrometheus,
  dismissReport,
  loadDemo,
  loadFile,
} from '../../src/store/loading';
import { refresh, setParams } from '../../src/store/refresh';
import { setDemoOptions } from '../../src/store/settings';
import { attachClient, resetStore, store } from '../../src/store/state';
import { PANELS } from '../../src/store/panels';
import { isNeeds, type Needs } from '../../src/analysis/views/needs';
import { harness, type Harness } from '../helpers/workerHarness';

// Every load computes all eleven panels in the worker (the where-vs-loop timing on 1e6 values
// among them): on a shared 2-core machine that can take longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

let open: Harness;

/** A panel's result when it holds numbers (not what the panel needs). */
function shown<T>(result: T | Needs | undefined): T {
  if (result === undefined || isNeeds(result))
    throw new Error(`no result: ${JSON.stringify(result)}`);
  return result;
}

beforeEach(() => {
  resetStore();
  open = harness(createApi());
  attachClient(open.client);
  setDemoOptions({ demoSeed: 5, demoSize: 'small' });
});

afterEach(() => {
  attachClient(null);
  open.close();
});

describe('store', () => {
  it('loadDemo loads the catalogue, default parameters and a result for every panel', async () => {
    await loadDemo();
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.catalogue?.label).toBe('Simulated demo (small, seed 5)');
    expect(Object.keys(state.results).sort()).toEqual([...PANELS].sort());
    expect(state.errors).toEqual({});
    const { answeredMs, computeMs } = state.timings.overview!;
    expect(computeMs).toBeGreaterThanOrEqual(0);
    expect(answeredMs).toBeGreaterThanOrEqual(computeMs);
  });

  it('setParams recomputes only the panel whose parameters moved', async () => {
    await loadDemo();
    const before = store.getState().results;
    setParams('anomalies', { threshold: 1 });
    await refresh('anomalies');
    const after = store.getState().results;
    expect(after.anomalies).not.toBe(before.anomalies);
    expect(shown(after.anomalies).threshold).toBe(1);
    for (const panel of PANELS.filter((p) => p !== 'anomalies')) {
      expect(after[panel]).toBe(before[panel]);
    }
  });

  it('a burst of slider moves ends with the result of the last one', async () => {
    await loadDemo();
    for (const threshold of [1, 1.5, 2, 2.5]) setParams('anomalies', { threshold });
    await refresh('anomalies');
    expect(shown(store.getState().results.anomalies).threshold).toBe(2.5);
    expect(store.getState().pending.anomalies).toBe(false);
  });

  it('times where-vs-loop once: a new data set keeps it, Run again (refresh) times afresh', async () => {
    await loadDemo();
    const timed = store.getState().results.whereBench;
    expect(timed).toBeDefined();
    setDemoOptions({ demoSeed: 6 });
    await loadDemo();
    expect(store.getState().catalogue?.label).toBe('Simulated demo (small, seed 6)');
    expect(store.getState().results.whereBench).toBe(timed);
    expect(store.getState().results.overview).toBeDefined();
    await refresh('whereBench');
    expect(store.getState().results.whereBench).not.toBe(timed);
  });

  it('records what a panel needs without losing the other panels', async () => {
    await loadDemo();
    setParams('anomalies', { series: 'no such series' });
    await refresh('anomalies');
    const state = store.getState();
    expect(state.results.anomalies).toEqual({
      needs: 'The series "no such series" is not in the data loaded.',
    });
    expect(state.results.overview).toBeDefined();
  });

  it('never stores a result computed for the data set shown before', async () => {
    await loadDemo();
    setParams('anomalies', { threshold: 1 });
    const stale = refresh('anomalies');
    const loading = loadFile(wideCsv(50), 'next.csv');
    await Promise.all([stale, loading]);
    const { results, catalogue } = store.getState();
    expect(catalogue?.label).toBe('next.csv');
    // The file's own anomalies result (its cpu series), not the demo's response times.
    expect(results.anomalies).not.toHaveProperty('series.name', 'response time (ms)');
  });

  it('a Regenerate asked for while a file is read wins over the file', async () => {
    await loadDemo();
    const reading = loadFile(new Blob([wideCsv(100_000)]), 'big.csv');
    setDemoOptions({ demoSeed: 6 });
    await Promise.all([reading, loadDemo()]);
    const state = store.getState();
    expect(state.catalogue?.label).toBe('Simulated demo (small, seed 6)');
    expect(state.source.kind).toBe('demo');
    expect(state.loadProgress).toBeNull();
  });

  it('a file dropped after a Regenerate wins over it', async () => {
    await loadDemo();
    setDemoOptions({ demoSeed: 7 });
    const regenerate = loadDemo();
    const reading = loadFile(wideCsv(20), 'after.csv');
    await Promise.all([regenerate, reading]);
    expect(store.getState().catalogue?.label).toBe('after.csv');
  });

  it('reports a load error when no worker is attached', async () => {
    attachClient(null);
    await loadDemo();
    expect(store.getState()).toMatchObject({
      status: 'error',
      loadError: 'The analysis worker is not attached',
    });
  });
});

/** A wide CSV of `rows` per-minute samples of cpu and mem, from 2024-01-01T00:00:00Z. */
function wideCsv(rows: number, extraLines: string[] = []): string {
  const lines = ['timestamp,cpu,mem'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `${new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString()},${50 + (i % 40)},${30 + (i % 7)}`,
    );
  }
  return [...lines, ...extraLines].join('\n');
}

describe('loadFile', () => {
  it('reads pasted CSV in the worker and shows its series in every panel it can feed', async () => {
    await loadDemo();
    const seen: number[] = [];
    const unsubscribe = store.subscribe(
      (s) => s.loadProgress && seen.push(s.loadProgress.bytesRead),
    );
    await loadFile(wideCsv(200), 'metrics.csv');
    unsubscribe();
    const state = store.getState();
    expect(state.source).toEqual({ kind: 'file', name: 'metrics.csv' });
    expect(state.catalogue?.label).toBe('metrics.csv');
    expect(state.catalogue?.series.map((s) => [s.name, s.length, s.timed, s.missing])).toEqual([
      ['cpu', 200, true, 0],
      ['mem', 200, true, 0],
    ]);
    // No hosts: the farm and the network panels say what they need, nothing of the demo stays.
    expect(state.results.farm).toHaveProperty('needs');
    expect(state.results.traffic).toHaveProperty('needs');
    expect(state.results.loadBalance).toHaveProperty('needs');
    expect(state.results.dataCentres).toHaveProperty('needs');
    expect(state.readReports).toEqual([
      {
        name: 'metrics.csv',
        report: expect.objectContaining({ format: 'wide', rowsRead: 200, rowsSkipped: 0 }),
        readMs: expect.any(Number),
        mapping: 'detected',
      },
    ]);
    expect(state.loadProgress).toBeNull();
    expect(seen.length).toBeGreaterThan(0);
    const overview = shown(state.results.overview);
    expect(overview.summary.count).toBe(200);
    expect(overview.lines[0].xKind).toBe('time');
  });

  it('keeps the good rows of a file with bad ones and reports them', async () => {
    await loadDemo();
    await loadFile(
      wideCsv(50, ['2024-01-02T00:00:00Z,oops,1', '2024-01-02T00:01:00Z,1']),
      'bad.csv',
    );
    const [{ report }] = store.getState().readReports;
    expect(report.rowsRead).toBe(50);
    expect(report.rowsSkipped).toBe(2);
    expect(report.skipped.map((s) => [s.reason, s.examples[0].line])).toEqual(
      expect.arrayContaining([
        ['non-numeric', 52],
        ['field-count', 53],
      ]),
    );
    dismissReport();
    expect(store.getState().readReports).toEqual([]);
  });

  it('leaves the data set shown untouched when a file cannot be read, and says why', async () => {
    await loadDemo();
    const before = store.getState().catalogue;
    await loadFile('', 'empty.csv');
    const state = store.getState();
    expect(state.loadError).toMatch(/\w/);
    expect(state.catalogue).toBe(before);
    expect(state.source.kind).toBe('demo');
    expect(state.loadProgress).toBeNull();
  });

  it('cancelLoad stops a file being read and keeps the data set shown', async () => {
    await loadDemo();
    const before = store.getState().catalogue;
    const reading = loadFile(new Blob([wideCsv(200_000)]), 'big.csv');
    cancelLoad();
    await reading;
    const state = store.getState();
    expect(state.catalogue).toBe(before);
    expect(state.loadError).toBeNull();
    expect(state.loadProgress).toBeNull();
    expect(state.source.kind).toBe('demo');
  });
});

describe('newest load wins', () => {
  /** A query_range answer for `up` on two instances, 30 ms late, so that a newer load overtakes it. */
  const prometheusAnswer = () =>
    vi.fn(
      () =>
        new Promise<Response>((resolve) =>
          setTimeout(() => {
            const result = ['a', 'b'].map((instance) => ({
              metric: { __name__: 'up', instance },
              values: [
                [1_700_000_000, '1'],
                [1_700_000_060, '1'],
              ],
            }));
            const body = { status: 'success', data: { resultType: 'matrix', result } };
            resolve(new Response(JSON.stringify(body)));
          }, 30),
        ),
    );

  const loads = {
    demo: { start: () => loadDemo(), label: 'Simulated demo (small, seed 5)' },
    file: { start: () => loadFile(new Blob([wideCsv(20_000)]), 'big.csv'), label: 'big.csv' },
    prometheus: {
      start: () =>
        connectPrometheus(
          {
            baseUrl: 'http://127.0.0.1:9090',
            queries: ['up'],
            startSec: 1_700_000_000,
            endSec: 1_700_000_060,
            stepSec: 60,
          },
          'Prometheus http://127.0.0.1:9090',
        ),
      label: 'Prometheus http://127.0.0.1:9090',
    },
  };
  const kinds = Object.keys(loads) as (keyof typeof loads)[];
  const pairs = kinds.flatMap((first) =>
    kinds.filter((k) => k !== first).map((second) => [first, second]),
  );

  afterEach(() => vi.unstubAllGlobals());

  it.each(pairs)(
    '%s then %s at once: the second is shown, with its own results only',
    async (first, second) => {
      vi.stubGlobal('fetch', prometheusAnswer());
      await loadDemo();
      setDemoOptions({ demoSeed: 5 });
      await Promise.all([loads[first].start(), loads[second].start()]);
      const state = store.getState();
      expect(state.catalogue?.label).toBe(loads[second].label);
      expect(state.loadProgress).toBeNull();
      expect(state.loadError).toBeNull();
      // The results are of the second load's own picks.
      const names = new Set(state.catalogue?.series.map((s) => s.name));
      const picked = state.params?.overview.series ?? [];
      expect(picked.length).toBeGreaterThan(0);
      for (const name of picked) expect(names.has(name), name).toBe(true);
      expect(shown(state.results.overview).lines).toHaveLength(Math.min(10, picked.length));
    },
  );
});
