import { useEffect, useState } from 'react';
import { loadFile } from '../store/store';

/** Whether a drag carries files (not text or a link dragged from another page). */
const carriesFiles = (event: DragEvent) =>
  Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * Drop a file anywhere on the page: while files are dragged over the window a full-page target
 * says what dropping does, and a drop loads the file. Several files at once: the first is loaded
 * and a notice says that merging several files is not supported yet.
 */
export function DropZone() {
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    // dragenter and dragleave fire for every element the pointer crosses; a depth count keeps
    // the overlay up until the drag has left the window (or dropped), so it never flickers.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the drop event never fires and the browser opens the file instead.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      const [first] = files;
      if (!first) return;
      setNotice(
        files.length > 1
          ? `${files.length} files dropped: only ${first.name} is loaded, as merging several files is not supported yet.`
          : null,
      );
      void loadFile(first, first.name);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      {dragging && (
        <div className="drop-overlay">
          <p>Drop CSV or JSON to analyse — data stays in your browser</p>
        </div>
      )}
      {notice && (
        <div className="notice" role="status">
          <p>{notice}</p>
          <button type="button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
