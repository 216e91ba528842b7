import type { Numeric } from '../../kernel';
import type {
  DetectorName,
  DetectorOptions,
  DetectorOutputs,
  DetectorResult,
} from './DetectorResult';
import { adaptiveDetector } from './adaptiveDetector';
import { robustDetector } from './robustDetector';
import { seasonalDetector } from './seasonalDetector';
import { zscoreDetector } from './zscoreDetector';

/** Every detector the selector offers, in menu order, with a one-line description. */
export const DETECTORS: readonly { name: DetectorName; label: string; description: string }[] = [
  { name: 'zscore', label: 'Moving z-score', description: "The seed's moving mean ± k·σ." },
  { name: 'robust', label: 'Robust (median/MAD)', description: 'Rolling median and MAD.' },
  {
    name: 'seasonal',
    label: 'Seasonal',
    description: 'Detected season and robust level; anomalies on the residual.',
  },
  {
    name: 'adaptive',
    label: 'Adaptive (best on NAB)',
    description: "Robust deviations scored against the series' own history; each anomaly once.",
  },
];

/** Options of {@link runDetector}: those every detector takes, plus window and causality. */
export interface RunDetectorOptions extends DetectorOptions {
  /** Window in samples (zscore, robust and adaptive; the fallback window of seasonal). */
  window?: number;
  /** seasonal only: false for the centred (offline) decomposition. */
  causal?: boolean;
  /** zscore, robust and adaptive write their result into these (see DETECTORS_WITH_OUT). */
  out?: DetectorOutputs;
}

/** The detectors that write into RunDetectorOptions.out rather than allocating their result. */
export const DETECTORS_WITH_OUT: ReadonlySet<DetectorName> = new Set([
  'zscore',
  'robust',
  'adaptive',
]);

/** Runs the detector named by the selector on a series. */
export function runDetector(
  name: DetectorName,
  values: Numeric,
  options: RunDetectorOptions = {},
): DetectorResult {
  switch (name) {
    case 'zscore':
      return zscoreDetector(values, options);
    case 'robust':
      return robustDetector(values, options);
    case 'seasonal':
      return seasonalDetector(values, options);
    case 'adaptive':
      return adaptiveDetector(values, options);
    default:
      throw new RangeError(`unknown detector ${String(name)}`);
  }
}
