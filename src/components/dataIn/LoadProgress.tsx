import { formatCount, formatValue } from '../../charts/formatNumber';
import { cancelLoad } from '../../store/loading';
import { useMetricscope } from '../../store/state';

/**
 * While a file is read: a progress bar of bytes read, rows parsed and megabytes read as text, and
 * Cancel, which stops the read and leaves the data set shown as it was.
 */
export function LoadProgress() {
  const progress = useMetricscope((s) => s.loadProgress);
  if (!progress) return null;
  const { name, bytesRead, totalBytes, rowsParsed } = progress;
  return (
    <div className="load-progress">
      {/* Without a size to measure against, the bar is indeterminate. */}
      <progress
        aria-label={`Reading ${name}`}
        value={totalBytes > 0 ? bytesRead : undefined}
        max={totalBytes > 0 ? totalBytes : undefined}
      />
      <span className="load-progress-text">
        Reading {name}: {formatCount(rowsParsed)} rows, {formatValue(bytesRead, 'B')} of{' '}
        {formatValue(totalBytes, 'B')}
      </span>
      <button type="button" className="secondary" onClick={cancelLoad}>
        Cancel
      </button>
    </div>
  );
}
