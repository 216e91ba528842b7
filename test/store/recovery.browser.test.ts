import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDemo } from '../../src/store/loading';
import { superviseAnalysisWorker } from '../../src/store/recovery';
import { setParams } from '../../src/store/refresh';
import { attachClient, resetStore, store } from '../../src/store/state';
import { spawnWorker } from '../../src/worker/spawnWorker';
import { expectAllDrawn } from '../helpers/expectAllDrawn';

// Every recovery generates the demo and computes every panel again in a real worker.
vi.setConfig({ testTimeout: 60_000 });

let spawned: Worker[] = [];
afterEach(() => {
  spawned.forEach((worker) => worker.terminate());
  spawned = [];
  attachClient(null);
  resetStore();
});

/**
 * Supervises real workers, called hung sooner than in the page (though not before a new worker has
 * started and generated the demo on a loaded machine), the demo loaded in the first; answers them.
 */
async function startWithDemo(): Promise<Worker[]> {
  superviseAnalysisWorker(
    () => {
      const worker = spawnWorker();
      spawned.push(worker);
      return worker;
    },
    { quietMs: 1_000, hangMs: 10_000 },
  );
  await loadDemo();
  return spawned;
}

/** Waits until the worker notice says the demo was reloaded, then checks every panel is drawn. */
async function expectReloaded(stopped: string): Promise<void> {
  await vi.waitFor(
    () =>
      expect(store.getState().workerNotice).toBe(
        `The analysis worker stopped (${stopped}). It was restarted and the simulated demo reloaded, every setting kept.`,
      ),
    { timeout: 50_000, interval: 100 },
  );
  expectAllDrawn();
}

describe('superviseAnalysisWorker with the real worker', () => {
  it('restarts a worker in which an exception went uncaught, and reloads the demo', async () => {
    const [first] = await startWithDemo();
    setParams('sla', { target: 97.5 });
    await vi.waitFor(() => expect(store.getState().pending.sla).toBe(false));
    // A message naming a transfer handler the worker lacks: Comlink's listener throws, uncaught.
    first.postMessage({
      id: 'x',
      type: 'APPLY',
      path: ['ping'],
      argumentList: [{ type: 'HANDLER', name: 'no such handler' }],
    });
    await expectReloaded(
      "error: TypeError: Cannot read properties of undefined (reading 'deserialize')",
    );
    expect(spawned).toHaveLength(2);
    expect(store.getState().params?.sla.target).toBe(97.5);
  });

  it('restarts a worker terminated mid-analysis, which never answers, and reloads the demo', async () => {
    const [first] = await startWithDemo();
    setParams('anomalies', { threshold: 2.25 });
    first.terminate();
    await expectReloaded('it stopped answering while computing anomalies');
    expect(spawned).toHaveLength(2);
    expect(store.getState().params?.anomalies.threshold).toBe(2.25);
  });
});
