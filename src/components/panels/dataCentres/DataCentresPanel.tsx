import { useId, useMemo } from 'react';
import { dataCentresOption } from '../../../charts/dataCentresOption';
import { setParams } from '../../../store/refresh';
import { useMetricscope } from '../../../store/state';
import { DataCentreTable } from './DataCentreTable';
import { dataCentreChoices } from './dataCentreChoices';
import { ChartFrame } from '../../chart/ChartFrame';
import { Panel } from '../common/Panel';
import type { CatalogueSeries } from '../common/SeriesPicker';
import { useOption } from '../../chart/useOption';
import { usePanelParams } from '../common/usePanelParams';
import { useResult } from '../common/useResult';

const NO_SERIES: readonly CatalogueSeries[] = [];
/** The select value for "let the panel choose". */
const AUTO = '';

/**
 * Data centres: each centre's share of traffic and readings, and the traffic-weighted averages;
 * the label that names the centres and the metric that weighs them are found in the data (dc,
 * region, zone...; requests, else network bytes) or chosen here.
 */
export function DataCentresPanel() {
  const labelId = useId();
  const weightId = useId();
  const params = usePanelParams('dataCentres');
  const view = useResult('dataCentres');
  const option = useOption(view, dataCentresOption);
  const series = useMetricscope((s) => s.catalogue?.series ?? NO_SERIES);
  const { labels, metrics } = useMemo(
    () => dataCentreChoices(series, params.label),
    [series, params.label],
  );
  const chosen = (value: string) => (value === AUTO ? undefined : value);
  return (
    <Panel panel="dataCentres">
      {labels.length > 0 && (
        <div className="controls">
          <div className="field">
            <label htmlFor={labelId}>Centres by label</label>
            <select
              id={labelId}
              value={params.label ?? AUTO}
              onChange={(e) =>
                setParams('dataCentres', {
                  label: chosen(e.currentTarget.value),
                  weight: undefined,
                })
              }
            >
              <option value={AUTO}>found in the data</option>
              {labels.map((label) => (
                <option key={label} value={label}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={weightId}>Weighted by</label>
            <select
              id={weightId}
              value={params.weight ?? AUTO}
              onChange={(e) => setParams('dataCentres', { weight: chosen(e.currentTarget.value) })}
            >
              <option value={AUTO}>requests, else network bytes</option>
              {metrics.map((metric) => (
                <option key={metric} value={metric}>
                  {metric}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <ChartFrame name="Data centres chart" file="data-centres" option={option} />
      {view && <DataCentreTable view={view} />}
      {view && <p className="panel-note">{view.note}</p>}
    </Panel>
  );
}
