/** The detectors `npm run eval:nab` scores, as functions of one NAB file to its anomaly scores. */
import { movingMean, movingStd } from '../../src/kernel';
import { runDetector } from '../../src/analysis/detectors/runDetector';
import { surpriseScores } from '../../src/analysis/detectors/surpriseScores';
import type { NabSeries } from './readNab';

export interface NabDetector {
  readonly name: string;
  readonly causal: boolean;
  run(f: NabSeries): Float64Array;
}

export const NAB_DETECTORS: NabDetector[] = [
  {
    name: 'zscore',
    causal: true,
    run: (f) => runDetector('zscore', f.values, { timeMs: f.timeMs }).score,
  },
  {
    name: 'robust',
    causal: true,
    run: (f) => runDetector('robust', f.values, { timeMs: f.timeMs }).score,
  },
  {
    name: 'seasonal',
    causal: true,
    run: (f) => runDetector('seasonal', f.values, { timeMs: f.timeMs }).score,
  },
  {
    name: 'adaptive',
    causal: true,
    run: (f) => runDetector('adaptive', f.values, { timeMs: f.timeMs }).score,
  },
  {
    name: 'seasonal+surprise',
    causal: true,
    run: (f) => surpriseScores(runDetector('seasonal', f.values, { timeMs: f.timeMs }).deviation),
  },
  {
    name: 'seasonalOffline',
    causal: false,
    run: (f) => runDetector('seasonal', f.values, { timeMs: f.timeMs, causal: false }).score,
  },
  {
    name: 'seasonalOffline+surprise',
    causal: false,
    run: (f) =>
      surpriseScores(
        runDetector('seasonal', f.values, { timeMs: f.timeMs, causal: false }).deviation,
      ),
  },
];

/**
 * The seed's detector exactly as the reference figures were made: window w including the point,
 * population std, score d / (d + 1); points before w - 1 and flat windows score 0.
 */
export function seedReference(): NabDetector[] {
  return [10, 30, 60].map((w) => ({
    name: `seed-w${w}`,
    causal: true,
    run: (f: NabSeries) => {
      const m = movingMean(f.values, w);
      const s = movingStd(f.values, w, 0);
      const score = new Float64Array(f.values.length);
      for (let k = 0; k < m.length; k++) {
        const d = s[k] === 0 ? 0 : Math.abs(f.values[k + w - 1] - m[k]) / s[k];
        score[k + w - 1] = d / (d + 1);
      }
      return score;
    },
  }));
}
