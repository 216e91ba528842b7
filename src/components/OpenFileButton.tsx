import { useRef } from 'react';
import { loadFile } from '../store/store';

/** The file types the picker offers: the readers' CSV flavours and JSON. */
export const ACCEPTED_FILES = '.csv,.tsv,.txt,.json,text/csv,application/json';

/** "Open file": a button that opens the browser's file picker and loads the chosen file. */
export function OpenFileButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Open file
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        hidden
        aria-label="Open file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (after editing it) loads it again.
          event.currentTarget.value = '';
          if (file) void loadFile(file, file.name);
        }}
      />
    </>
  );
}
