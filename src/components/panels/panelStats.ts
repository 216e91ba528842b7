import type { PanelKey } from '../../store/panels';
import { anomalyStats } from './anomalies/anomalyStats';
import { capacityStats } from './capacity/capacityStats';
import type { Stat } from './common/StatCards';
import { dataCentresStats } from './dataCentres/dataCentresStats';
import type { ExportContext, PanelView } from './exportContext';
import { farmStats } from './farm/farmStats';
import { loadBalanceStats } from './loadBalance/loadBalanceStats';
import { overviewStats } from './overview/overviewStats';
import { percentileBandsStats } from './percentileBands/percentileBandsStats';
import { slaStats } from './sla/slaStats';
import { trafficStats } from './traffic/trafficStats';
import { trendsStats } from './trends/trendsStats';
import { whereBenchStats } from './whereBench/whereBenchStats';

/** The farm's alert lines before the store has parameters (the panel's defaults). */
const FARM_LINES = { cpuHigh: 75, memHigh: 85 };

/**
 * Every panel's key figures from its view: the stat cards it shows (the same functions the panels
 * call), and for Trends and Data centres, which show tables instead, their headline numbers. The
 * report lists these. Typed over every PanelKey, so none can be left out.
 */
export const PANEL_STATS: {
  readonly [K in PanelKey]: (view: PanelView<K>, context: ExportContext) => Stat[];
} = {
  overview: overviewStats,
  farm: (view, { params }) => farmStats(view, params?.farm ?? FARM_LINES),
  anomalies: anomalyStats,
  capacity: capacityStats,
  percentileBands: percentileBandsStats,
  traffic: trafficStats,
  loadBalance: loadBalanceStats,
  sla: (view, { params, unitOf }) => slaStats(view, unitOf(params?.sla.series ?? null)),
  trends: trendsStats,
  dataCentres: dataCentresStats,
  whereBench: whereBenchStats,
};

/** PANEL_STATS of one panel's view. */
export function panelStats<K extends PanelKey>(
  panel: K,
  view: PanelView<K>,
  context: ExportContext,
): Stat[] {
  return (PANEL_STATS[panel] as (view: PanelView<K>, context: ExportContext) => Stat[])(
    view,
    context,
  );
}
