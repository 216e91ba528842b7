import { useState } from 'react';
import { saveDashboard } from '../../store/savedDashboard';
import { useMetricscope } from '../../store/state';
import { downloadBlob } from '../chart/download';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; fileName: string }
  | { kind: 'refused'; reason: string };

/**
 * "Save dashboard": downloads the dashboard shown as one HTML file that opens offline from disk
 * with the same data and view (see saveDashboard). While it is made the button says so; a data
 * set too large to save, or any other refusal, is said in an alert, and nothing is downloaded.
 */
export function SaveButton() {
  const ready = useMetricscope((s) => s.status === 'ready');
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save = async () => {
    setState({ kind: 'saving' });
    const outcome = await saveDashboard();
    if (!outcome.ok) {
      setState({ kind: 'refused', reason: outcome.reason });
      return;
    }
    downloadBlob(outcome.blob, outcome.fileName);
    setState({ kind: 'saved', fileName: outcome.fileName });
  };
  return (
    <>
      <button
        type="button"
        disabled={!ready || state.kind === 'saving'}
        onClick={() => void save()}
      >
        {state.kind === 'saving' ? 'Saving…' : 'Save dashboard'}
      </button>
      {state.kind === 'saved' && (
        <span className="save-status muted" role="status">
          Saved as {state.fileName}
        </span>
      )}
      {state.kind === 'refused' && (
        <div className="file-error save-refused" role="alert">
          <p>
            <strong>Could not save the dashboard.</strong> {state.reason}
          </p>
          <button type="button" className="secondary" onClick={() => setState({ kind: 'idle' })}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
