import { useMemo, type ComponentType } from 'react';
import { availablePanels, type PanelKey } from '../../store/panels';
import { useMetricscope } from '../../store/store';
import { AnomaliesPanel } from '../panels/anomalies/AnomaliesPanel';
import { CapacityPanel } from '../panels/capacity/CapacityPanel';
import { DataCentresPanel } from '../panels/dataCentres/DataCentresPanel';
import { DropZone } from '../dataIn/DropZone';
import { FarmPanel } from '../panels/farm/FarmPanel';
import { FileError } from '../dataIn/FileError';
import { Header } from './Header';
import { LoadBalancerPanel } from '../panels/loadBalance/LoadBalancerPanel';
import { LoadProgress } from '../dataIn/LoadProgress';
import { LoadingState } from './LoadingState';
import { MappingDialog } from '../dataIn/MappingDialog';
import { OverviewPanel } from '../panels/overview/OverviewPanel';
import { PercentileBandsPanel } from '../panels/percentileBands/PercentileBandsPanel';
import { ReadReportPanel } from '../dataIn/ReadReportPanel';
import { SlaPanel } from '../panels/sla/SlaPanel';
import { TrafficPanel } from '../panels/traffic/TrafficPanel';
import { TrendsPanel } from '../panels/trends/TrendsPanel';
import { WhereBenchPanel } from '../panels/whereBench/WhereBenchPanel';

const PANEL_COMPONENTS: Record<PanelKey, ComponentType> = {
  overview: OverviewPanel,
  farm: FarmPanel,
  anomalies: AnomaliesPanel,
  capacity: CapacityPanel,
  percentileBands: PercentileBandsPanel,
  traffic: TrafficPanel,
  loadBalance: LoadBalancerPanel,
  sla: SlaPanel,
  trends: TrendsPanel,
  dataCentres: DataCentresPanel,
  whereBench: WhereBenchPanel,
};

/**
 * The page: header, then every panel the loaded data set can feed, in page order, on a grid of two
 * columns on wide screens. While the demo is generated, or if loading failed, it says so instead.
 * Above the panels: a file being read, why one could not be, or the last files' report. Files
 * dropped anywhere on the page are opened, through the column-mapping step when it is needed.
 */
export function App() {
  const status = useMetricscope((s) => s.status);
  const catalogue = useMetricscope((s) => s.catalogue);
  const panels = useMemo(() => (catalogue ? availablePanels(catalogue) : []), [catalogue]);
  return (
    <div className="page">
      <Header />
      <DropZone />
      <MappingDialog />
      <main>
        <LoadProgress />
        <FileError />
        <ReadReportPanel />
        {status === 'ready' ? (
          <div className="panels">
            {panels.map((panel) => {
              const PanelComponent = PANEL_COMPONENTS[panel];
              return <PanelComponent key={panel} />;
            })}
          </div>
        ) : (
          <LoadingState />
        )}
      </main>
    </div>
  );
}
