/**
 * `npm run eval:forecast [-- --data DIR --labels FILE]`: a rolling-origin backtest of every forecast
 * method on every NAB series. Per series the season is detected (detectPeriod with the median
 * step); the horizon is one season (one day, 288 five-minute steps, when none is found); three
 * origins one horizon apart end the training part at n - h, n - 2h, n - 3h, and each method is fitted
 * on at most the last 4,032 values before the origin (two weeks of five-minute data). Prints per
 * method the mean and median MASE (the seasonal naive forecast's in-sample MAE as the scale) and the
 * median MAPE where values are not near zero, and how often each beats the seasonal naive forecast.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { detectPeriod, medianStepMs } from '../../src/analysis/detectors/detectPeriod';
import { backtest } from '../../src/analysis/forecast/backtest';
import type { ForecastMethod } from '../../src/analysis/forecast/Forecast';
import { median } from '../../src/kernel';
import { readNab, sharedDir } from './readNab';

const { values: args } = parseArgs({
  options: { data: { type: 'string' }, labels: { type: 'string' } },
});
const nabDir = join(sharedDir(), 'datasets', 'nab');
const files = readNab(
  args.data ?? join(nabDir, 'data'),
  args.labels ?? join(nabDir, 'labels', 'combined_windows.json'),
);
const METHODS: ForecastMethod[] = ['seasonalNaive', 'linear', 'holtWinters'];
const MAX_TRAIN = 4032;
const ORIGINS = 3;
const mase = new Map<ForecastMethod, number[]>(METHODS.map((m) => [m, []]));
const mape = new Map<ForecastMethod, number[]>(METHODS.map((m) => [m, []]));
const wins = new Map<ForecastMethod, number>(METHODS.map((m) => [m, 0]));
let runs = 0;
const started = performance.now();
for (const f of files) {
  const found = detectPeriod(f.values, { stepMs: medianStepMs(f.timeMs) }).period;
  const period = found ?? 1;
  const horizon = found ?? Math.min(288, Math.floor(f.values.length / 10));
  const perFile: string[] = [];
  for (let k = ORIGINS; k >= 1; k--) {
    const end = f.values.length - (k - 1) * horizon;
    const start = Math.max(0, end - horizon - MAX_TRAIN);
    const slice = f.values.subarray(start, end);
    const result = backtest(slice, { period, horizon, methods: METHODS });
    const naive = result.scores[0].mase;
    for (const s of result.scores) {
      if (!Number.isFinite(s.mase)) continue;
      mase.get(s.method)!.push(s.mase);
      if (s.mape !== null) mape.get(s.method)!.push(s.mape);
      if (s.method !== 'seasonalNaive' && s.mase < naive)
        wins.set(s.method, wins.get(s.method)! + 1);
    }
    perFile.push(result.scores.map((s) => s.mase.toFixed(2)).join('/'));
    runs++;
  }
  console.log(`${f.name.padEnd(62)} m=${String(period).padStart(3)}  ${perFile.join('  ')}`);
}
console.log(
  `\n${runs} backtests (${files.length} series x ${ORIGINS} origins) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log('method          mean MASE  median MASE  median MAPE %  beats seasonal naive');
for (const m of METHODS) {
  const x = mase.get(m)!;
  const p = mape.get(m)!;
  const mean = x.reduce((a, b) => a + b, 0) / x.length;
  console.log(
    `${m.padEnd(15)} ${mean.toFixed(3).padStart(9)}  ${median(x).toFixed(3).padStart(11)}  ${(p.length ? median(p).toFixed(1) : '-').padStart(13)}  ${m === 'seasonalNaive' ? '-' : `${wins.get(m)}/${x.length}`}`,
  );
}
