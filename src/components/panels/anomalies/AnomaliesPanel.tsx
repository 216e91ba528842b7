import { anomaliesOption } from '../../../charts/anomaliesOption';
import { formatCount } from '../../../charts/formatNumber';
import { setParams } from '../../../store/refresh';
import { AnomalyTable } from './AnomalyTable';
import { EChart } from '../../chart/EChart';
import { Panel } from '../common/Panel';
import { SeriesWindowControls } from '../common/SeriesWindowControls';
import { Slider } from '../common/Slider';
import { StatCards } from '../common/StatCards';
import { useOption } from '../../chart/useOption';
import { usePanelParams } from '../common/usePanelParams';
import { useResult } from '../common/useResult';

/**
 * Anomalies: a moving z-score detector over one series, with its expected band, the flagged points
 * and a table of the largest deviations. Window and threshold follow the sliders live.
 */
export function AnomaliesPanel() {
  const params = usePanelParams('anomalies');
  const view = useResult('anomalies');
  const option = useOption(view, anomaliesOption);
  return (
    <Panel panel="anomalies" wide>
      <div className="controls">
        <SeriesWindowControls panel="anomalies" label="Anomaly window" />
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
