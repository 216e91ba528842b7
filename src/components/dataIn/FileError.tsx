import { dismissReport } from '../../store/loading';
import { useMetricscope } from '../../store/state';

/**
 * Why the last file could not be read, while the data set shown before stays on the page. (Before
 * any data set is shown, LoadingState says why instead.)
 */
export function FileError() {
  const error = useMetricscope((s) => (s.status === 'ready' ? s.loadError : null));
  const file = useMetricscope((s) => s.failedFile);
  if (error === null) return null;
  return (
    <div className="file-error" role="alert">
      <p>
        <strong>Could not read {file ?? 'the file'}.</strong> {error}
      </p>
      <button type="button" className="secondary" onClick={dismissReport}>
        Dismiss
      </button>
    </div>
  );
}
