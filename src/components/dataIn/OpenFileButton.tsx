import { useRef } from 'react';
import { openFiles } from '../../store/columnMapping';

/** The file types the picker offers: the readers' CSV flavours and JSON. */
export const ACCEPTED_FILES = '.csv,.tsv,.txt,.json,text/csv,application/json';

/** "Open file": a button that opens the browser's file picker and opens the files chosen. */
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
        multiple
        hidden
        aria-label="Open file"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Cleared so that choosing the same file again (after editing it) loads it again.
          event.currentTarget.value = '';
          if (files.length > 0)
            void openFiles(files.map((file) => ({ input: file, name: file.name })));
        }}
      />
    </>
  );
}
