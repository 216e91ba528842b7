import { Fragment, useId, useRef } from 'react';
import type { PrometheusRequest } from '../../io/prometheus/queryRangeUrl';
import { cancelLinkFetch, confirmLinkFetch, useLinkState } from '../../store/shareLink';
import { useModalDialog } from '../dataIn/useModalDialog';

/** Epoch seconds as 'YYYY-MM-DD HH:MM:SS' UTC. */
const utc = (sec: number) => new Date(sec * 1000).toISOString().slice(0, 19).replace('T', ' ');

/** '2026-12-01 10:00:00 to 2026-12-01 16:00:00 UTC, every 60 s'. */
function rangeText({ startSec, endSec, stepSec }: PrometheusRequest): string {
  return `${utc(startSec)} to ${utc(endSec)} UTC, every ${stepSec} s`;
}

function ConfirmDialog({ request }: { request: PrometheusRequest }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useId();
  useModalDialog(dialog);
  return (
    <dialog
      ref={dialog}
      className="paste-dialog connect-dialog"
      aria-labelledby={heading}
      onClose={cancelLinkFetch}
    >
      <h2 id={heading}>Fetch from Prometheus?</h2>
      <p>
        Fetch{' '}
        {request.queries.map((query, i) => (
          <Fragment key={i}>
            {i > 0 && ', '}
            <code>{query}</code>
          </Fragment>
        ))}{' '}
        from <code>{request.baseUrl}</code> for {rangeText(request)}?
      </p>
      <p className="muted">
        This link asks your browser to query that server. Nothing is fetched unless you choose
        Fetch; Cancel keeps the simulated demo.
      </p>
      <div className="dialog-buttons">
        <button type="button" className="secondary" onClick={cancelLinkFetch}>
          Cancel
        </button>
        <button type="button" onClick={() => void confirmLinkFetch()}>
          Fetch
        </button>
      </div>
    </dialog>
  );
}

/**
 * The confirmation a Prometheus link needs: "Fetch <queries> from <url> for <range>?" with Fetch
 * and Cancel (Escape cancels too). Only Fetch asks the server, then the link's view is applied.
 */
export function ConfirmPrometheus() {
  const pending = useLinkState((s) => s.confirm);
  return pending ? <ConfirmDialog request={pending.request} /> : null;
}
