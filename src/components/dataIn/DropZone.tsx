import { useEffect, useState } from 'react';
import { openFiles } from '../../store/columnMapping';

/** Whether a drag carries files (not text or a link dragged from another page). */
const carriesFiles = (event: DragEvent) =>
  Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * Drop files anywhere on the page: while files are dragged over the window a full-page target
 * says what dropping does, and a drop opens them (see openFiles: several files are loaded
 * together, their series side by side).
 */
export function DropZone() {
  const [dragging, setDragging] = useState(false);

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
      if (files.length > 0) void openFiles(files.map((file) => ({ input: file, name: file.name })));
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

  return dragging ? (
    <div className="drop-overlay">
      <p>Drop CSV or JSON files to analyse — data stays in your browser</p>
    </div>
  ) : null;
}
