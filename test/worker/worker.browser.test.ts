import { afterEach, expect, it } from 'vitest';
import { summarize } from '../../src/analysis/summarize';
import { simulateDemo } from '../../src/io/simulateDemo';
import { startWorker } from '../../src/worker/client';

let worker: Worker | undefined;
afterEach(() => worker?.terminate());

it('the real module Worker loads the kernel and answers analysis calls', async () => {
  const started = startWorker();
  worker = started.worker;
  const catalogue = await started.client.api.loadDemo(11, 'small');
  expect(catalogue.series.length).toBeGreaterThan(3);

  const outcome = await started.client.run('summary', { series: 'cpu % (seed hour)' });
  expect(outcome).toEqual({
    status: 'fresh',
    value: summarize(simulateDemo(11, 'small').cpuHour.cpuPercent),
  });
});

it('the real Worker transfers results: a farm analysis arrives as typed arrays', async () => {
  const started = startWorker();
  worker = started.worker;
  await started.client.api.loadDemo(5, 'small');
  const outcome = await started.client.run('serverHealth', {});
  if (outcome.status !== 'fresh') throw new Error('expected a fresh result');
  expect(outcome.value.score).toBeInstanceOf(Float64Array);
  expect(outcome.value.score.length).toBe(10);
  expect(outcome.value.ranking[0].value).toBe(Math.max(...outcome.value.score));
});
