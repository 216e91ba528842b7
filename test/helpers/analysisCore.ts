/**
 * The decoded NumPy reference numbers for analyses 1-6 (scripts/fixtures/analysis_core.py), typed
 * so each test reads its section without casts. Key names are the generator's snake_case.
 */
import raw from '../fixtures/analysis_core.json';
import { decode } from './fixtures';

type Period = { start: number; end: number; length: number };

type SeedSummary = {
  high_load: number;
  mean: number;
  peak: number;
  min: number;
  std: number;
  count: number;
  high_load_indices: number[];
  high_load_periods: Period[];
};

type SeedAnomalies = {
  window: number;
  threshold: number;
  indices: number[];
  values: number[];
  expected: number[];
  deviation: number[];
  band_mean: number[];
  band_lower: number[];
  band_upper: number[];
};

type SeedCapacity = {
  slope: number;
  intercept: number;
  fitted: number[];
  future_days: number[];
  projected: number[];
  growth_factor: number;
  required_capacity: number;
  first_day_over_capacity: number | null;
  t_quantile: number;
  lower: number[];
  upper: number[];
};

/** Everything analysis_core.json holds. */
export interface AnalysisCore {
  seed_cpu: number[];
  summarize: {
    seed_80: SeedSummary;
    seed_70: SeedSummary;
    with_nan: {
      series: number[];
      mean: number;
      peak: number;
      min: number;
      std: number;
      missing: number;
      high_load_indices: number[];
    };
  };
  anomalies: {
    seed: SeedAnomalies[];
    noisy_series: number[];
    noisy_spikes: number[];
    noisy: SeedAnomalies[];
  };
  server_health: {
    farm: number[][][];
    shape: number[];
    names: string[];
    server_means: number[][];
    high_cpu: number[];
    high_mem: number[];
    score: number[];
    ranking: number[];
  };
  capacity: { usage: number[]; default: SeedCapacity; roomy: SeedCapacity };
  process_metrics: { seed: number[]; cutoff_70: number[] };
  traffic: {
    bytes_in: number[];
    bytes_out: number[];
    packets_in: number[];
    packets_out: number[];
    total_bytes: number[];
    bandwidth_mbps: number[];
    avg_packet_bytes: number[];
    spike_threshold: number;
    spike_indices: number[];
    spike_values: number[];
    percentiles: number[];
    mean: number;
    peak: number;
    hourly: number[];
    peak_hours: number[];
    peak_values: number[];
  };
  peak_hours: { ties: number[]; ties_top3: number[]; ties_top5: number[] };
  t_quantiles: { p: number; dof: number; q: number }[];
}

export const core = decode(raw) as unknown as AnalysisCore;
