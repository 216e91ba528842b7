import { useId } from 'react';
import { formatTimeSpan } from '../../charts/formatNumber';
import { setZoom } from '../../store/settings';
import { useMetricscope } from '../../store/state';

/**
 * While the time-series panels are zoomed: the zoomed range in the display time zone and a
 * "Reset zoom" button that shows every panel's whole series again. Nothing otherwise.
 */
export function ZoomBar() {
  const spanId = useId();
  const zoom = useMetricscope((s) => s.zoom);
  const timeZone = useMetricscope((s) => s.timeZone);
  if (!zoom) return null;
  const span = formatTimeSpan(zoom.start, zoom.end, timeZone);
  return (
    <div className="zoom-bar" role="group" aria-label="Zoom">
      <p id={spanId}>Time-series panels zoomed to {span}</p>
      <button type="button" aria-describedby={spanId} onClick={() => setZoom(null)}>
        Reset zoom
      </button>
    </div>
  );
}
