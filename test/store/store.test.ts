import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../src/worker/api';
import {
  attachClient,
  loadDemo,
  refresh,
  resetStore,
  setDemoOptions,
  setParams,
  store,
} from '../../src/store/store';
import { PANELS } from '../../src/store/panels';
import { harness, type Harness } from '../helpers/workerHarness';

let open: Harness;

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
    expect(state.timings.overview).toBeGreaterThan(0);
  });

  it('setParams recomputes only the panel whose parameters moved', async () => {
    await loadDemo();
    const before = store.getState().results;
    setParams('anomalies', { threshold: 1 });
    await refresh('anomalies');
    const after = store.getState().results;
    expect(after.anomalies).not.toBe(before.anomalies);
    expect(after.anomalies?.threshold).toBe(1);
    for (const panel of PANELS.filter((p) => p !== 'anomalies')) {
      expect(after[panel]).toBe(before[panel]);
    }
  });

  it('a burst of slider moves ends with the result of the last one', async () => {
    await loadDemo();
    for (const threshold of [1, 1.5, 2, 2.5]) setParams('anomalies', { threshold });
    await refresh('anomalies');
    expect(store.getState().results.anomalies?.threshold).toBe(2.5);
    expect(store.getState().pending.anomalies).toBe(false);
  });

  it('records a panel error without losing the other panels', async () => {
    await loadDemo();
    setParams('overview', { series: 'no such series' });
    await refresh('overview');
    const state = store.getState();
    expect(state.errors.overview).toContain('no series named "no such series"');
    expect(state.results.anomalies).toBeDefined();
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
