import { dismissWorkerNotice } from '../../store/recovery';
import { useMetricscope } from '../../store/state';

/**
 * What happened when the analysis worker stopped: why, that it was restarted, and what became of
 * the data set (reloaded with every setting, or why not). Can be dismissed.
 */
export function WorkerNotice() {
  const notice = useMetricscope((s) => s.workerNotice);
  if (notice === null) return null;
  return (
    <div className="file-error" role="alert">
      <p>{notice}</p>
      <button type="button" className="secondary" onClick={dismissWorkerNotice}>
        Dismiss
      </button>
    </div>
  );
}
