import { useMemo, type ComponentType } from 'react';
import { availablePanels, type PanelKey } from '../store/panels';
import { useMetricscope } from '../store/store';
import { AnomaliesPanel } from './AnomaliesPanel';
import { CapacityPanel } from './CapacityPanel';
import { DataCentresPanel } from './DataCentresPanel';
import { DropZone } from './DropZone';
import { FarmPanel } from './FarmPanel';
import { FileError } from './FileError';
import { Header } from './Header';
import { LoadBalancerPanel } from './LoadBalancerPanel';
import { LoadProgress } from './LoadProgress';
import { LoadingState } from './LoadingState';
import { MappingDialog } from './MappingDialog';
import { OverviewPanel } from './OverviewPanel';
import { PercentileBandsPanel } from './PercentileBandsPanel';
import { ReadReportPanel } from './ReadReportPanel';
import { SlaPanel } from './SlaPanel';
import { TrafficPanel } from './TrafficPanel';
import { TrendsPanel } from './TrendsPanel';
import { WhereBenchPanel } from './WhereBenchPanel';

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
