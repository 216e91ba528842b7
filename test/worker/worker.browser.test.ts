import { afterEach, expect, it } from 'vitest';
import { overviewView } from '../../src/analysis/views/overviewView';
import { simulateDemo } from '../../src/io/simulateDemo';
import { startWorker } from '../../src/worker/client';

let worker: Worker | undefined;
afterEach(() => worker?.terminate());

it('the real module Worker loads the kernel and answers analysis calls', async () => {
  const started = startWorker();
  worker = started.worker;
  const catalogue = await started.client.api.loadDemo(11, 'small');
  expect(catalogue.series.length).toBeGreaterThan(3);

  const outcome = await started.client.run('overview', { series: ['cpu % (seed hour)'] });
  const values = simulateDemo(11, 'small').cpuHour.cpuPercent;
  expect(outcome).toEqual({
    status: 'fresh',
    value: overviewView([{ name: 'cpu % (seed hour)', values, unit: '%' }]),
    computeMs: expect.any(Number),
  });
});

it('the real Worker transfers results: a farm analysis arrives as typed arrays', async () => {
  const started = startWorker();
  worker = started.worker;
  await started.client.api.loadDemo(5, 'small');
  const outcome = await started.client.run('farm', { metric: 'cpu' });
  if (outcome.status !== 'fresh' || 'needs' in outcome.value) {
    throw new Error('expected a fresh farm result');
  }
  const { health, heatmap } = outcome.value;
  expect(health.score).toBeInstanceOf(Float64Array);
  expect(health.score.length).toBe(10);
  expect(health.ranking[0].value).toBe(Math.max(...health.score));
  expect(heatmap.values.length).toBe(heatmap.rows * heatmap.columns);
});
