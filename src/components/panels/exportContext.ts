import type { Needs } from '../../analysis/views/needs';
import type { PanelKey, PanelParams } from '../../store/panels';
import type { MetricscopeState } from '../../store/state';
import type { AnalysisResult } from '../../worker/analyses';

/** A panel's result with its numbers (not what it needs). */
export type PanelView<K extends PanelKey> = Exclude<AnalysisResult<K>, Needs>;

/** What a panel's key figures and CSV read besides its view: the parameters and series units. */
export interface ExportContext {
  readonly params: PanelParams | null;
  /** The unit of the loaded series `name`; '' when it has none or is not loaded. */
  readonly unitOf: (name: string | null) => string;
}

/** The ExportContext of the store's state now. */
export function exportContext(state: MetricscopeState): ExportContext {
  const series = state.catalogue?.series ?? [];
  return {
    params: state.params,
    unitOf: (name) => series.find((entry) => entry.name === name)?.unit ?? '',
  };
}
