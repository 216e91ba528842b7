import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../../io/errorMessage';
import { shareLinkUrl } from '../../store/shareLink';
import { useMetricscope } from '../../store/state';

type Copied =
  | { kind: 'idle' }
  | { kind: 'copied' }
  | { kind: 'manual'; url: string }
  | { kind: 'failed'; reason: string };

/** The link in a read-only field, selected, for a person to copy where the clipboard is refused. */
function ManualCopy({ url }: { url: string }) {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [url]);
  return (
    <div className="field share-link-field">
      <label htmlFor={id}>Copy this link</label>
      <input
        id={id}
        ref={field}
        type="text"
        readOnly
        value={url}
        onFocus={(e) => e.currentTarget.select()}
      />
    </div>
  );
}

/**
 * "Copy link": puts the link of the view shown (data source, Simulate inputs, every panel's
 * choices, theme, time zone, zoom; see shareLinkUrl) on the clipboard and says "Link copied";
 * where the clipboard is refused (no permission, a page not served over https or localhost) it
 * shows the link in a selected field to copy by hand. Disabled until a data set is shown.
 */
export function ShareButton() {
  const ready = useMetricscope((s) => s.status === 'ready' && s.loadProgress === null);
  const [copied, setCopied] = useState<Copied>({ kind: 'idle' });
  const copy = async () => {
    let url: string;
    try {
      url = await shareLinkUrl(window.location);
    } catch (error) {
      setCopied({ kind: 'failed', reason: errorMessage(error) });
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setCopied({ kind: 'copied' });
    } catch {
      setCopied({ kind: 'manual', url });
    }
  };
  return (
    <div className="share-link">
      <button type="button" disabled={!ready} onClick={() => void copy()}>
        Copy link
      </button>
      {/* A polite live region, not role="status": that role is the loading message's. */}
      <span aria-live="polite" className="muted">
        {copied.kind === 'copied' ? 'Link copied' : ''}
      </span>
      {copied.kind === 'manual' && <ManualCopy url={copied.url} />}
      {copied.kind === 'failed' && (
        <span role="alert" className="connect-problem">
          {copied.reason}
        </span>
      )}
    </div>
  );
}
