import { dataCentresOption } from '../../../charts/dataCentresOption';
import { DataCentreTable } from './DataCentreTable';
import { EChart } from '../../chart/EChart';
import { Panel } from '../common/Panel';
import { useOption } from '../../chart/useOption';
import { useResult } from '../common/useResult';

/** Data centres: each centre's share of traffic and readings, and the traffic-weighted averages. */
export function DataCentresPanel() {
  const view = useResult('dataCentres');
  const option = useOption(view, dataCentresOption);
  return (
    <Panel panel="dataCentres">
      <EChart name="Data centres chart" option={option} />
      {view && <DataCentreTable view={view} />}
      {view && <p className="panel-note">{view.note}</p>}
    </Panel>
  );
}
