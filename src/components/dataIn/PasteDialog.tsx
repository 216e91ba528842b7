import { useId, useRef, useState, type FormEvent } from 'react';
import { openFiles } from '../../store/columnMapping';
import { useModalDialog } from './useModalDialog';

/** The name pasted text is loaded under (the header and the file report show it). */
export const PASTED_NAME = 'pasted text';

/**
 * "Paste CSV": a button that opens a modal dialog with a text area; Load reads the text as a file
 * named "pasted text", Cancel (or Escape) closes it.
 */
export function PasteDialog() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Paste CSV
      </button>
      {open && <PasteForm onClose={() => setOpen(false)} />}
    </>
  );
}

function PasteForm({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const textId = useId();
  const [text, setText] = useState('');

  useModalDialog(dialog);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void openFiles([{ input: text, name: PASTED_NAME }]);
    onClose();
  };

  return (
    <dialog ref={dialog} className="paste-dialog" aria-labelledby={headingId} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={headingId}>Paste CSV</h2>
        <label htmlFor={textId}>CSV text</label>
        <textarea
          id={textId}
          rows={12}
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <div className="dialog-buttons">
          <button type="button" className="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={text.trim() === ''}>
            Load
          </button>
        </div>
      </form>
    </dialog>
  );
}
