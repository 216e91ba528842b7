import { expose, type Endpoint } from 'comlink';
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { detectAnomalies } from '../../src/analysis/detectAnomalies';
import { summarize } from '../../src/analysis/summarize';
import { simulateDemo } from '../../src/io/simulateDemo';
import { createApi } from '../../src/worker/api';
import { createClient, type MetricscopeClient } from '../../src/worker/client';

interface Harness {
  client: MetricscopeClient;
  /** Byte lengths of the buffers each message from the worker side transferred, in order. */
  transferred: number[][];
  close(): void;
}

/** The worker's API exposed on one end of a MessageChannel, the client on the other: no Worker. */
function harness(): Harness {
  const { port1, port2 } = new MessageChannel();
  const transferred: number[][] = [];
  const workerSide = {
    postMessage(message: unknown, transfer: Transferable[] = []) {
      transferred.push(transfer.map((buffer) => (buffer as ArrayBuffer).byteLength));
      port2.postMessage(message, transfer as never);
    },
    addEventListener: port2.addEventListener.bind(port2),
    removeEventListener: port2.removeEventListener.bind(port2),
    start: port2.start.bind(port2),
  };
  expose(createApi(), workerSide as unknown as Endpoint);
  return {
    client: createClient(port1 as unknown as Endpoint),
    transferred,
    close: () => {
      port1.close();
      port2.close();
    },
  };
}

let open: Harness | undefined;
function connect(): Harness {
  open = harness();
  return open;
}
afterEach(() => open?.close());

describe('worker API over a MessageChannel', () => {
  it('loadDemo makes the demo resident and answers with its catalogue, not its data', async () => {
    const { client } = connect();
    const catalogue = await client.api.loadDemo(7, 'small');
    expect(catalogue.label).toBe('Simulated demo (small, seed 7)');
    expect(catalogue.farm).toEqual({
      servers: 10,
      steps: 24,
      metricNames: ['cpu', 'memory', 'diskIo'],
    });
    expect(catalogue.series.find((s) => s.name === 'cpu % (seed hour)')).toEqual({
      name: 'cpu % (seed hour)',
      length: 60,
      unit: '%',
      timed: false,
    });
    expect(JSON.stringify(catalogue).length).toBeLessThan(5_000);
  });

  it('run("summary") returns what summarize computes on the resident series', async () => {
    const { client } = connect();
    await client.api.loadDemo(7, 'small');
    const outcome = await client.run('summary', { series: 'cpu % (seed hour)', highLoad: 70 });
    const expected = summarize(simulateDemo(7, 'small').cpuHour.cpuPercent, { highLoad: 70 });
    expect(outcome).toEqual({ status: 'fresh', value: expected });
  });

  it('run transfers the result typed arrays and never the resident data', async () => {
    const { client, transferred } = connect();
    await client.api.loadDemo(3, 'small');
    transferred.length = 0;
    const first = await client.run('anomalies', { series: 'response time (ms)', window: 20 });
    if (first.status !== 'fresh') throw new Error('expected a fresh result');
    const sent = transferred.flat();
    expect(sent).toContain(first.value.bandMean.byteLength);
    expect(sent).toContain(first.value.bandUpper.byteLength);
    // The resident series (1000 values, 8000 bytes) stays in the worker, whole.
    expect(sent).not.toContain(8000);
    const second = await client.run('anomalies', { series: 'response time (ms)', window: 20 });
    expect(second).toEqual(first);
  });

  it('answers only the newest of several calls with one key; older ones are superseded', async () => {
    const { client } = connect();
    await client.api.loadDemo(1, 'small');
    const thresholds = [1, 1.5, 2, 2.5, 3];
    const outcomes = await Promise.all(
      thresholds.map((threshold) => client.run('anomalies', { series: 'cpu %', threshold })),
    );
    expect(outcomes.map((o) => o.status)).toEqual([
      'superseded',
      'superseded',
      'superseded',
      'superseded',
      'fresh',
    ]);
    const cpu = simulateDemo(1, 'small').metrics.series.cpuPercent;
    expect(outcomes[4]).toEqual({ status: 'fresh', value: detectAnomalies(cpu, { threshold: 3 }) });
  });

  it('calls with different keys do not supersede each other', async () => {
    const { client } = connect();
    await client.api.loadDemo(1, 'small');
    const [a, b] = await Promise.all([
      client.run('summary', { series: 'cpu %' }, 'overview'),
      client.run('summary', { series: 'memory %' }, 'other'),
    ]);
    expect([a.status, b.status]).toEqual(['fresh', 'fresh']);
  });

  it('rejects with a clear error for a series that is not loaded', async () => {
    const { client } = connect();
    await client.api.loadDemo(1, 'small');
    await expect(client.run('summary', { series: 'no such thing' })).rejects.toThrow(
      'no series named "no such thing"',
    );
  });

  it('rejects analysis calls before any data is loaded', async () => {
    const { client } = connect();
    await expect(client.run('summary', { series: 'cpu %' })).rejects.toThrow('No data is loaded');
  });
});
