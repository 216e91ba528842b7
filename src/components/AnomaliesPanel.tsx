import { anomaliesOption } from '../charts/anomaliesOption';
import { formatCount } from '../charts/formatNumber';
import { setParams } from '../store/store';
import { AnomalyTable } from './AnomalyTable';
import { EChart } from './EChart';
import { Panel } from './Panel';
import { SeriesPicker } from './SeriesPicker';
import { Slider } from './Slider';
import { StatCards } from './StatCards';
import { useOption } from './useOption';
import { usePanelParams } from './usePanelParams';
import { useResult } from './useResult';
import { useCatalogueSeries } from './useCatalogueSeries';

const MIN_WINDOW = 3;
const MAX_WINDOW = 200;

/**
 * Anomalies: a moving z-score detector over one series, with its expected band, the flagged points
 * and a table of the largest deviations. Window and threshold follow the sliders live.
 */
export function AnomaliesPanel() {
  const params = usePanelParams('anomalies');
  const view = useResult('anomalies');
  const option = useOption(view, anomaliesOption);
  const length = useCatalogueSeries(params.series)?.length ?? 0;
  const maxWindow = Math.min(MAX_WINDOW, length);
  return (
    <Panel panel="anomalies" title="Anomalies" wide>
      <div className="controls">
        <SeriesPicker
          value={params.series}
          onChange={(series) =>
            setParams('anomalies', {
              series: series.name,
              window: Math.min(params.window, series.length),
            })
          }
        />
        <Slider
          label="Anomaly window"
          value={params.window}
          min={MIN_WINDOW}
          max={maxWindow}
          format={(window) => `${window} points`}
          onChange={(window) => setParams('anomalies', { window })}
        />
        <Slider
          label="Anomaly threshold (σ)"
          value={params.threshold}
          min={0.5}
          max={6}
          step={0.1}
          format={(threshold) => `${threshold.toFixed(1)} σ`}
          onChange={(threshold) => setParams('anomalies', { threshold })}
        />
      </div>
      {view && view.threshold >= view.maxDeviation && (
        <p className="hint" role="note">
          No point can be flagged: a point is part of its own window, so its deviation cannot exceed
          √(window − 1) = {view.maxDeviation.toFixed(2)} σ. Lower the threshold or widen the window.
        </p>
      )}
      {view && (
        <StatCards
          stats={[
            {
              label: 'Anomalies',
              value: `${formatCount(view.count)} of ${formatCount(view.checked)} points`,
              alert: view.count > 0,
            },
          ]}
        />
      )}
      <EChart name="Anomalies chart" option={option} />
      {view && <AnomalyTable view={view} />}
    </Panel>
  );
}
