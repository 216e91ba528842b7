import { useId } from 'react';
import type { DetectorName } from '../../../analysis/detectors/DetectorResult';
import { DETECTORS } from '../../../analysis/detectors/runDetector';
import { DETECTOR_WINDOWS } from '../../../analysis/views/anomalyView';
import { anomaliesOption } from '../../../charts/anomaliesOption';
import { formatCount, formatCountOf } from '../../../charts/formatNumber';
import { fitWindow } from '../../../store/panels';
import { SLIDER_RANGES } from '../../../store/paramRanges';
import { setParams } from '../../../store/refresh';
import { setZoom } from '../../../store/settings';
import { useMetricscope } from '../../../store/state';
import { AnomalyTable } from './AnomalyTable';
import { anomalyStats } from './anomalyStats';
import { ChartFrame } from '../../chart/ChartFrame';
import { Panel } from '../common/Panel';
import { SeriesWindowControls } from '../common/SeriesWindowControls';
import { Slider } from '../common/Slider';
import { StatCards } from '../common/StatCards';
import { useCatalogueSeries } from '../common/useCatalogueSeries';
import { useZoomedOption } from '../../chart/useZoomedOption';
import { FiguresCover } from '../common/FiguresCover';
import { usePanelParams } from '../common/usePanelParams';
import { useResult } from '../common/useResult';

/**
 * Anomalies: a detector chosen from DETECTORS over one series, with its expected band, the flagged
 * points, the anomaly score as a faint track under the series and a table that says why each
 * point stands out. Detector, window and sensitivity follow the controls live. The chart zooms
 * with the other time-series panels; the figures and table stay those of the whole series (a
 * detector's verdicts depend on the history before the window), and say so while zoomed.
 */
export function AnomaliesPanel() {
  const params = usePanelParams('anomalies');
  const view = useResult('anomalies');
  const option = useZoomedOption(view, anomaliesOption);
  const zoomed = useMetricscope((s) => s.zoom !== null);
  const length = useCatalogueSeries(params.series)?.length ?? 0;
  const detectorId = useId();
  const chosen = DETECTORS.find((d) => d.name === params.detector);
  const pickDetector = (detector: DetectorName) =>
    setParams('anomalies', {
      detector,
      window: fitWindow('anomalies', DETECTOR_WINDOWS[detector] ?? params.window, length),
    });
  return (
    <Panel panel="anomalies" wide>
      <div className="controls">
        <div className="field">
          <label htmlFor={detectorId}>Detector</label>
          <select
            id={detectorId}
            value={params.detector}
            onChange={(event) => pickDetector(event.currentTarget.value as DetectorName)}
          >
            {DETECTORS.map(({ name, label }) => (
              <option key={name} value={name}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <SeriesWindowControls
          panel="anomalies"
          label="Anomaly window"
          withWindow={params.detector in DETECTOR_WINDOWS}
        />
        <Slider
          label="Anomaly threshold (σ)"
          value={params.threshold}
          {...SLIDER_RANGES.anomalies.threshold}
          format={(threshold) => `${threshold.toFixed(1)} σ`}
          onChange={(threshold) => setParams('anomalies', { threshold })}
        />
      </div>
      {chosen && <p className="muted">{chosen.description}</p>}
      {view?.maxDeviation != null && view.threshold >= view.maxDeviation && (
        <p className="hint" role="note">
          No point can be flagged: a point is part of its own window, so its deviation cannot exceed
          √(window − 1) = {view.maxDeviation.toFixed(2)} σ. Lower the threshold or widen the window.
        </p>
      )}
      {view && view.checked === 0 && view.series.length > 0 && (
        <p className="hint" role="note">
          No point got a verdict: this series has {formatCountOf(view.series.length, 'point')},
          fewer than the detector needs before it judges one
          {view.window !== null &&
            ` (its ${formatCount(view.window)}-point window, then history to compare with)`}
          . Choose the moving z-score or a shorter window.
        </p>
      )}
      {view && view.learningUntil !== null && (
        <p className="muted">
          The shaded start is the detector&apos;s learning period (15 % of the series, at most 750
          points): it is scored against the history seen so far, so nothing there is flagged.
        </p>
      )}
      {view && zoomed && <FiguresCover range={null} />}
      {view && <StatCards stats={anomalyStats(view)} />}
      <ChartFrame name="Anomalies chart" file="anomalies" option={option} onZoom={setZoom} />
      {view && <AnomalyTable view={view} />}
    </Panel>
  );
}
