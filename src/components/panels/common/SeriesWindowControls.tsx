import { fitWindow, windowRange, type WindowPanel } from '../../../store/panels';
import { setParams } from '../../../store/refresh';
import { SeriesPicker } from './SeriesPicker';
import { Slider } from './Slider';
import { useCatalogueSeries } from './useCatalogueSeries';
import { usePanelParams } from './usePanelParams';

/** Props of SeriesWindowControls. */
export interface SeriesWindowControlsProps {
  panel: WindowPanel;
  /** The window slider's label, e.g. "Anomaly window". */
  label: string;
  /** False hides the window slider (a method without a window); default true. */
  withWindow?: boolean;
}

/**
 * The series picker and window slider of a windowed panel. The slider spans windowRange for the
 * picked series, and picking another series moves the window into that series' range, so the
 * analysis is never asked for a window longer than its series.
 */
export function SeriesWindowControls({
  panel,
  label,
  withWindow = true,
}: SeriesWindowControlsProps) {
  const params = usePanelParams(panel);
  const length = useCatalogueSeries(params.series)?.length ?? 0;
  const { min, max } = windowRange(panel, length);
  return (
    <>
      <SeriesPicker
        value={params.series}
        onChange={(series) =>
          setParams(panel, {
            series: series.name,
            window: fitWindow(panel, params.window, series.length),
          })
        }
      />
      {withWindow && (
        <Slider
          label={label}
          value={params.window}
          min={min}
          max={max}
          format={(window) => `${window} points`}
          onChange={(window) => setParams(panel, { window })}
        />
      )}
    </>
  );
}
