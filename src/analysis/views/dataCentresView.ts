import {
  weightedAggregate,
  type DataCentreMetrics,
  type WeightedAggregate,
} from '../weightedAggregate';

/** The Data centres panel: each centre's readings and the traffic-weighted aggregate. */
export interface DataCentresView {
  readonly aggregate: WeightedAggregate;
  readonly dataCentres: readonly DataCentreMetrics[];
  /** The label naming the centres, the metric weighing them, and how, in words. */
  readonly label: string;
  readonly weightMetric: string;
  readonly units: Readonly<Record<string, string>>;
  readonly note: string;
}

/** weightedAggregate() of the data centres, alongside the readings it weighed (exercise 1). */
export function dataCentresView(
  dataCentres: readonly DataCentreMetrics[],
  source: Pick<DataCentresView, 'label' | 'weightMetric' | 'units' | 'note'>,
): DataCentresView {
  return { aggregate: weightedAggregate(dataCentres), dataCentres, ...source };
}
