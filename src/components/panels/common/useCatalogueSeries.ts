import { useMetricscope } from '../../../store/state';
import type { CatalogueSeries } from './SeriesPicker';

/** The catalogue's entry for the loaded series `name` (length, unit), or undefined if none. */
export function useCatalogueSeries(name: string | null): CatalogueSeries | undefined {
  return useMetricscope((s) => s.catalogue?.series.find((entry) => entry.name === name));
}
