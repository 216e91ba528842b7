import raw from '../fixtures/analysis_resample.json';
import { decode } from './fixtures';

/** One case of scripts/fixtures/analysis_resample.py: inputs, and pandas' daily mean and max. */
export interface ResampleCase {
  time_ms: number[];
  values: number[];
  day_ms: number[];
  mean: number[];
  max: number[];
  /** np.nanmean per day (differs from pandas 1.5.3 only on days holding ±Infinity). */
  numpy_mean: number[];
}

/** capacityPlanning of a case's daily values, as NumPy computed it. */
export interface ResamplePlan {
  slope: number;
  intercept: number;
  fitted: number[];
  future_days: number[];
  projected: number[];
  lower: number[];
  upper: number[];
  required_capacity: number;
  first_day_over_capacity: number | null;
}

/** The decoded fixture: resampling cases by name, and capacity plans by case name. */
export const resampleFixtures = decode(raw) as unknown as {
  cases: Record<string, ResampleCase>;
  capacity: Record<string, ResamplePlan>;
};
