import type { ComponentType } from 'react';
import type { PanelKey } from '../../store/panels';
import { AnomaliesPanel } from './anomalies/AnomaliesPanel';
import { CapacityPanel } from './capacity/CapacityPanel';
import { DataCentresPanel } from './dataCentres/DataCentresPanel';
import { FarmPanel } from './farm/FarmPanel';
import { LoadBalancerPanel } from './loadBalance/LoadBalancerPanel';
import { OverviewPanel } from './overview/OverviewPanel';
import { PercentileBandsPanel } from './percentileBands/PercentileBandsPanel';
import { SlaPanel } from './sla/SlaPanel';
import { TrafficPanel } from './traffic/TrafficPanel';
import { TrendsPanel } from './trends/TrendsPanel';
import { WhereBenchPanel } from './whereBench/WhereBenchPanel';

/**
 * The component of every panel of store/panels' PANEL_SPECS (title, defaults, page order), which
 * the store cannot import: the one entry a panel has on this side of the one-way flow. Typed over
 * every PanelKey, so none can be left out.
 */
export const PANEL_COMPONENTS: Readonly<Record<PanelKey, ComponentType>> = {
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
