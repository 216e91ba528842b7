import {
  weightedAggregate,
  type DataCentreMetrics,
  type WeightedAggregate,
} from '../weightedAggregate';

/** The Data centres panel: each centre's readings and the traffic-weighted aggregate. */
export interface DataCentresView {
  readonly aggregate: WeightedAggregate;
  readonly dataCentres: readonly DataCentreMetrics[];
}

/** weightedAggregate() of the data centres, alongside the readings it weighed (exercise 1). */
export function dataCentresView(dataCentres: readonly DataCentreMetrics[]): DataCentresView {
  return { aggregate: weightedAggregate(dataCentres), dataCentres };
}
