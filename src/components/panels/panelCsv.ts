import { anomaliesCsv } from '../../charts/csv/anomaliesCsv';
import { capacityCsv } from '../../charts/csv/capacityCsv';
import { dataCentresCsv } from '../../charts/csv/dataCentresCsv';
import { farmCsv } from '../../charts/csv/farmCsv';
import { loadBalanceCsv } from '../../charts/csv/loadBalanceCsv';
import { overviewCsv } from '../../charts/csv/overviewCsv';
import { percentileBandsCsv } from '../../charts/csv/percentileBandsCsv';
import { slaCsv } from '../../charts/csv/slaCsv';
import { trafficCsv } from '../../charts/csv/trafficCsv';
import { trendsCsv } from '../../charts/csv/trendsCsv';
import { whereBenchCsv } from '../../charts/csv/whereBenchCsv';
import type { PanelKey } from '../../store/panels';
import type { ExportContext, PanelView } from './exportContext';

/**
 * Every panel's numbers as CSV text (src/charts/csv: the anomaly table, the forecast, the bands,
 * each panel's table or drawn lines). Typed over every PanelKey, so none can be left out.
 */
export const PANEL_CSV: {
  readonly [K in PanelKey]: (view: PanelView<K>, context: ExportContext) => string;
} = {
  overview: overviewCsv,
  farm: farmCsv,
  anomalies: anomaliesCsv,
  capacity: capacityCsv,
  percentileBands: percentileBandsCsv,
  traffic: trafficCsv,
  loadBalance: loadBalanceCsv,
  sla: (view, { params, unitOf }) => slaCsv(view, unitOf(params?.sla.series ?? null)),
  trends: trendsCsv,
  dataCentres: dataCentresCsv,
  whereBench: whereBenchCsv,
};

/** PANEL_CSV of one panel's view. */
export function panelCsv<K extends PanelKey>(
  panel: K,
  view: PanelView<K>,
  context: ExportContext,
): string {
  return (PANEL_CSV[panel] as (view: PanelView<K>, context: ExportContext) => string)(
    view,
    context,
  );
}
