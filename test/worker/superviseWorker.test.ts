import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi, type MetricscopeApi } from '../../src/worker/api';
import type { MetricscopeClient } from '../../src/worker/client';
import { superviseWorker, WATCHDOG } from '../../src/worker/superviseWorker';
import { FakeWorker } from '../helpers/fakeWorker';

const never = () => new Promise<never>(() => {});
/** A ping a busy (or dead) worker never answers. */
const unanswered = never as unknown as MetricscopeApi['ping'];

/** Lets messages between the client and the fake worker through (they are real, not faked, tasks). */
async function deliver(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

let worker: FakeWorker | undefined;
afterEach(() => {
  worker?.terminate();
  vi.useRealTimers();
});

/** A supervised client over a fake worker running `api`, and every failure it reported. */
function supervise(api: MetricscopeApi = createApi()) {
  worker = new FakeWorker(() => api);
  const failures: string[] = [];
  const client: MetricscopeClient = superviseWorker(worker, (what) => failures.push(what));
  return { client, failures, worker };
}

describe('superviseWorker', () => {
  it('answers calls as the worker does while it is well', async () => {
    const { client, failures } = supervise();
    const catalogue = await client.api.loadDemo(7, 'small');
    expect(catalogue.label).toBe('Simulated demo (small, seed 7)');
    expect(await client.run('overview', { series: ['cpu % (seed hour)'] })).toMatchObject({
      status: 'fresh',
    });
    expect(failures).toEqual([]);
  });

  it("on an 'error' event rejects the outstanding call, terminates the worker and reports once", async () => {
    const { client, failures, worker } = supervise({ ...createApi(), run: never });
    const answer = client.run('overview', { series: [] });
    await deliver();
    worker.crash('Uncaught Error: boom');
    worker.crash('Uncaught Error: boom again');
    await expect(answer).rejects.toThrow(
      'The analysis worker stopped (error: Error: boom while computing overview).',
    );
    expect(failures).toEqual(['error: Error: boom while computing overview']);
    expect(worker.terminated).toBe(true);
    // Later calls do not wait for a worker that is gone.
    await expect(client.api.loadDemo(1, 'small')).rejects.toThrow('The analysis worker stopped');
  });

  it('reads an allocation failure as running out of memory, and says what was being done', async () => {
    const { client, failures, worker } = supervise({ ...createApi(), loadFiles: never });
    const load = client.loadFiles([{ input: 'a,b\n1,2\n', name: 'a.csv' }], 'a.csv', () => {});
    await deliver();
    worker.crash('Uncaught RangeError: Array buffer allocation failed');
    await expect(load).rejects.toThrow('(out of memory while reading files)');
    expect(failures).toEqual(['out of memory while reading files']);
  });

  it("on a 'messageerror' event reports a message that could not be read", async () => {
    const { failures, worker } = supervise();
    worker.dispatchEvent(new Event('messageerror'));
    expect(failures).toEqual(['a message from it could not be read']);
    expect(worker.terminated).toBe(true);
  });

  it('reports a call that neither answers nor lets a ping answer as stopped, after hangMs', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const { client, failures } = supervise({ ...createApi(), run: never, ping: unanswered });
    const answer = client.run('trends', {} as never);
    answer.catch(() => {});
    await deliver();
    await vi.advanceTimersByTimeAsync(WATCHDOG.hangMs - WATCHDOG.quietMs);
    expect(failures).toEqual([]);
    await vi.advanceTimersByTimeAsync(2 * WATCHDOG.quietMs);
    expect(failures).toEqual(['it stopped answering while computing trends']);
    await expect(answer).rejects.toThrow('The analysis worker stopped (it stopped answering');
  });

  it('does not count a long call as hung while the worker answers pings', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const pinged = vi.fn(() => true as const);
    const { client, failures } = supervise({ ...createApi(), run: never, ping: pinged });
    void client.run('trends', {} as never);
    for (let s = 0; s < 4 * WATCHDOG.hangMs; s += WATCHDOG.quietMs) {
      await vi.advanceTimersByTimeAsync(WATCHDOG.quietMs);
      await deliver();
    }
    expect(pinged).toHaveBeenCalled();
    expect(failures).toEqual([]);
  });

  it('does not count a long load as hung while it reports progress, though pings wait', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    let report: ((bytes: number) => void) | undefined;
    let finish: (() => void) | undefined;
    const api = createApi();
    const { client, failures } = supervise({
      ...api,
      ping: unanswered,
      loadFiles: (_files, _label, onProgress) =>
        new Promise((resolve) => {
          report = (bytes) => onProgress?.({ bytesRead: bytes, totalBytes: 4e8, rowsParsed: 0 });
          finish = () => resolve({ ok: false, reason: 'cancelled' });
        }),
    });
    const seen: number[] = [];
    const load = client.loadFiles([{ input: 'x', name: 'big.csv' }], 'big.csv', (p) =>
      seen.push(p.bytesRead),
    );
    await deliver();
    for (let s = 1; s <= 20; s++) {
      await vi.advanceTimersByTimeAsync(WATCHDOG.quietMs);
      report?.(s);
      await vi.waitFor(() => expect(seen.at(-1)).toBe(s));
    }
    finish?.();
    await expect(load).resolves.toEqual({ ok: false, reason: 'cancelled' });
    expect(failures).toEqual([]);
  });

  it('never counts an idle worker as hung', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const { failures } = supervise({ ...createApi(), ping: unanswered });
    await vi.advanceTimersByTimeAsync(10 * WATCHDOG.hangMs);
    expect(failures).toEqual([]);
  });
});
