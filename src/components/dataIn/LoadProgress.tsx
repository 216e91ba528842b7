import { formatCount, formatValue } from '../../charts/formatNumber';
import { cancelLoad } from '../../store/loading';
import { useMetricscope } from '../../store/state';

/**
 * While a file is read: a progress bar of bytes read, rows parsed and megabytes read as text, and
 * Cancel, which stops the read and leaves the data set shown as it was. For a source fetched in
 * parts (Prometheus query_range calls) the bar and text count the parts instead of the bytes.
 */
export function LoadProgress() {
  const progress = useMetricscope((s) => s.loadProgress);
  if (!progress) return null;
  const { name, bytesRead, totalBytes, rowsParsed, parts } = progress;
  const [value, max] = parts ? [parts.done, parts.total] : [bytesRead, totalBytes];
  return (
    <div className="load-progress">
      {/* Without a size to measure against, the bar is indeterminate. */}
      <progress
        aria-label={`Reading ${name}`}
        value={max > 0 ? value : undefined}
        max={max > 0 ? max : undefined}
      />
      <span className="load-progress-text">
        {parts
          ? `Fetching ${name}: ${formatCount(parts.done)} of ${formatCount(parts.total)} query_range calls, ${formatCount(rowsParsed)} points, ${formatValue(bytesRead, 'B')}`
          : `Reading ${name}: ${formatCount(rowsParsed)} rows, ${formatValue(bytesRead, 'B')} of ${formatValue(totalBytes, 'B')}`}
      </span>
      <button type="button" className="secondary" onClick={cancelLoad}>
        Cancel
      </button>
    </div>
  );
}
