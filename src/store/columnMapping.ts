import type { FilePreview } from '../io/inspectMetrics';
import type { FileReadOptions, FileToRead } from '../worker/api';
import { forgetMapping, recallMapping, rememberMapping } from './mappingMemory';
import { connected, type FileSource, loadedFiles, loadFiles, store } from './store';

/** A file as a person opened it (dropped, picked or pasted), before it is read. */
export type OpenedFile = Pick<FileToRead, 'input' | 'name'>;

/** The file the mapping step is about, and who waits for its answer (null: cancelled). */
let pending: {
  id: number;
  file: OpenedFile;
  answer: (options: FileReadOptions | null) => void;
} | null = null;
let nextId = 1;
/** Counts checks of the choices, so that only the newest one's answer is shown. */
let latestCheck = 0;

/** The choices the mapping step starts from: the preview's own, no units, no sampling. */
function detectedChoices(preview: FilePreview): FileReadOptions {
  return {
    delimiter: preview.delimiter,
    header: preview.header,
    columns: preview.roles,
    units: preview.cellUnits.map(() => ''),
  };
}

/** Opens the mapping step for `file` and waits for the person's choices (null when cancelled). */
function ask(
  file: OpenedFile,
  preview: FilePreview,
  options: FileReadOptions,
  position: number,
  count: number,
): Promise<FileReadOptions | null> {
  pending?.answer(null);
  const id = nextId++;
  return new Promise((resolve) => {
    pending = { id, file, answer: resolve };
    store.setState({
      mapping: { id, name: file.name, preview, options, problem: null, position, count },
    });
  });
}

/**
 * Opens files a person dropped, picked or pasted. Each is first inspected in the worker (its first
 * rows only, see inspectMetrics): a file whose first line has a remembered mapping is read with it;
 * one whose layout detection doubts is shown in the column-mapping step (one file after another),
 * and read as chosen there; the others are read as detected. Then all are loaded together (see
 * loadFiles). Cancelling the mapping step loads nothing and leaves the data shown as it was.
 */
export async function openFiles(files: readonly OpenedFile[]): Promise<void> {
  const client = connected();
  const inspected = await Promise.all(files.map((file) => client.api.inspectFile(file.input)));
  const previews = inspected.map((outcome) => (outcome.ok ? outcome.preview : null));
  const remembered = previews.map((preview) => preview && recallMapping(preview.firstLine));
  const doubted = previews.map(
    (preview, i) => preview !== null && preview.doubts.length > 0 && !remembered[i],
  );
  const count = doubted.filter(Boolean).length;
  const sources: FileSource[] = [];
  for (const [i, file] of files.entries()) {
    const preview = previews[i];
    const kept = remembered[i];
    if (kept) {
      sources.push({ ...file, options: kept, mapping: 'remembered' });
    } else if (preview && doubted[i]) {
      const position = doubted.slice(0, i + 1).filter(Boolean).length;
      const options = await ask(file, preview, detectedChoices(preview), position, count);
      if (options === null) return;
      sources.push({ ...file, options, mapping: 'chosen' });
    } else {
      sources.push({ ...file, mapping: 'detected' });
    }
  }
  await loadFiles(sources);
}

/**
 * Changes some of the mapping step's choices. A new delimiter or header reads the preview again
 * and starts the roles over from detection; new roles are checked against the file (problem says
 * why they cannot be read); units and the sampling interval are taken as they are.
 */
export async function reviseMapping(patch: Partial<FileReadOptions>): Promise<void> {
  const request = store.getState().mapping;
  if (!request || !pending) return;
  const options = { ...request.options, ...patch };
  const reshaped = 'delimiter' in patch || 'header' in patch;
  if (!reshaped && !('columns' in patch)) {
    store.setState({ mapping: { ...request, options } });
    return;
  }
  const check = ++latestCheck;
  const { delimiter, header, columns } = options;
  const inspected = await connected().api.inspectFile(pending.file.input, {
    delimiter,
    header,
    ...(!reshaped && { columns }),
  });
  const now = store.getState().mapping;
  if (check !== latestCheck || now?.id !== request.id) return;
  if (!inspected.ok || inspected.preview === null) {
    const problem = inspected.ok ? 'The file has no columns to map.' : inspected.reason;
    store.setState({ mapping: { ...now, options, problem } });
    return;
  }
  const { preview } = inspected;
  store.setState({
    mapping: {
      ...now,
      preview,
      options: reshaped ? { ...options, ...detectedChoices(preview), delimiter, header } : options,
      problem: null,
    },
  });
}

/**
 * Reads the file as the mapping step's choices say (when they can be read), remembering them for
 * files with the same first line when `remember` is set and the file has a header (forgetting
 * what was remembered otherwise). A sampling interval only applies without a time column.
 */
export function confirmMapping(remember: boolean): void {
  const request = store.getState().mapping;
  if (!request || request.problem !== null || !pending) return;
  const { columns, sampling, ...rest } = request.options;
  const options = { ...rest, columns, ...(!columns?.includes('time') && sampling && { sampling }) };
  const { firstLine, header } = request.preview;
  if (remember && header) rememberMapping(firstLine, options);
  else if (header) forgetMapping(firstLine);
  const { answer } = pending;
  pending = null;
  store.setState({ mapping: null });
  answer(options);
}

/**
 * Closes mapping step `id` without reading its file (and any other file opened with it). Does
 * nothing when that step is already over, so a dialog closing late never cancels the next one.
 */
export function cancelMapping(id: number): void {
  if (pending?.id !== id) return;
  const { answer } = pending;
  pending = null;
  store.setState({ mapping: null });
  answer(null);
}

/**
 * Shows the column-mapping step for `name`, one of the files shown now, starting from the choices
 * it was read with; the files shown are read again with the new ones.
 */
export async function changeMapping(name: string): Promise<void> {
  const files = loadedFiles();
  const file = files.find((f) => f.name === name);
  if (!file) return;
  const { delimiter, header, columns } = file.options ?? {};
  const inspected = await connected().api.inspectFile(file.input, { delimiter, header, columns });
  if (!inspected.ok || inspected.preview === null) return;
  const { preview } = inspected;
  const options = await ask(file, preview, { ...detectedChoices(preview), ...file.options }, 1, 1);
  if (options === null) return;
  await loadFiles(files.map((f) => (f === file ? { ...f, options, mapping: 'chosen' } : f)));
}
