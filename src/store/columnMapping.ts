import { errorMessage } from '../io/errorMessage';
import type { FilePreview, InspectOutcome } from '../io/inspectMetrics';
import { uniqueNames } from '../io/metrics/uniqueNames';
import type { FileReadOptions, FileToRead } from '../worker/api';
import { forgetMapping, recallMapping, rememberMapping } from './mappingMemory';
import { loadedFiles, loadFiles, refuseTooLarge } from './loading';
import { connected, type FileSource, store } from './state';

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
/** Counts opens (openFiles, changeMapping): a newer one ends an older one wherever it waits. */
let latestOpen = 0;

/** The choices the mapping step starts from: the preview's own, no units, no sampling. */
function detectedChoices(preview: FilePreview): FileReadOptions {
  return {
    delimiter: preview.delimiter,
    header: preview.header,
    columns: preview.roles,
    units: preview.cellUnits.map(() => ''),
  };
}

/** inspectFile in the worker; a file the browser cannot read (moved, a folder) gives why. */
async function inspect(input: Blob | string, options?: FileReadOptions): Promise<InspectOutcome> {
  try {
    return await connected().api.inspectFile(input, options);
  } catch (error) {
    return { ok: false, reason: errorMessage(error) };
  }
}

/** Ends the mapping step waiting for an answer, if any, as if it were cancelled. */
function endPending(): void {
  const answer = pending?.answer;
  pending = null;
  store.setState({ mapping: null });
  answer?.(null);
}

/** Starts an open, ending any older one; the function says whether this one is still the newest. */
function beginOpen(): () => boolean {
  const open = ++latestOpen;
  endPending();
  return () => open === latestOpen;
}

/** Opens the mapping step for `file` and waits for the person's choices (null when cancelled). */
function ask(
  file: OpenedFile,
  step: Pick<MappingStep, 'preview' | 'options' | 'problem'>,
  position: number,
  count: number,
): Promise<FileReadOptions | null> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending = { id, file, answer: resolve };
    store.setState({
      mapping: { id, name: file.name, ...step, checking: false, position, count },
    });
  });
}

/** How one opened file is to be read: as decided, or after asking in the mapping step. */
type MappingStep = { preview: FilePreview; options: FileReadOptions; problem: string | null };
type Decision = { read: FileSource } | { ask: MappingStep };

/**
 * How to read `file`: with the mapping remembered for its first line when that mapping still reads
 * it (else ask, saying why); through the mapping step when detection doubts; else as detected. A
 * file that cannot even be inspected is read as detected, so that its load says why it fails.
 */
async function decide(file: OpenedFile): Promise<Decision> {
  const first = await inspect(file.input);
  if (!first.ok || first.preview === null) return { read: { ...file, mapping: 'detected' } };
  const { preview } = first;
  const remembered = recallMapping(preview.firstLine);
  if (remembered) {
    const { delimiter, header, columns } = remembered;
    const checked = await inspect(file.input, { delimiter, header, columns });
    if (checked.ok) return { read: { ...file, options: remembered, mapping: 'remembered' } };
    const problem = `The mapping remembered for this header no longer fits: ${checked.reason}`;
    return { ask: { preview, options: detectedChoices(preview), problem } };
  }
  if (preview.doubts.length > 0) {
    return { ask: { preview, options: detectedChoices(preview), problem: null } };
  }
  return { read: { ...file, mapping: 'detected' } };
}

/**
 * Opens files a person dropped, picked or pasted (repeated names made unique: 'm.csv (2)'). Each
 * is first inspected in the worker (its first rows only, see inspectMetrics) and read as decide()
 * says; the files that need the column-mapping step are shown in it one after another. Then all
 * are loaded together (see loadFiles). Cancelling the mapping step, or opening other files before
 * it is answered, loads nothing of these and leaves the data shown as it was; so do files too
 * large to read (see refuseTooLarge), which are refused before anything else happens.
 */
export async function openFiles(files: readonly OpenedFile[]): Promise<void> {
  if (refuseTooLarge(files)) return;
  const current = beginOpen();
  const names = uniqueNames(files.map((file) => file.name));
  const named = files.map((file, i) => ({ ...file, name: names[i] }));
  const decisions = await Promise.all(named.map(decide));
  const count = decisions.filter((decision) => 'ask' in decision).length;
  const sources: FileSource[] = [];
  let position = 0;
  for (const [i, decision] of decisions.entries()) {
    if (!current()) return;
    if ('read' in decision) {
      sources.push(decision.read);
      continue;
    }
    const options = await ask(named[i], decision.ask, ++position, count);
    if (options === null || !current()) return;
    sources.push({ ...named[i], options, mapping: 'chosen' });
  }
  if (current()) await loadFiles(sources);
}

/**
 * Changes some of the mapping step's choices, at once. A new delimiter or header reads the preview
 * again and starts the roles over from detection; new roles are checked against the file (problem
 * says why they cannot be read). While a check runs, `checking` is set and the step cannot be
 * confirmed; other choices made meanwhile are kept.
 */
export async function reviseMapping(patch: Partial<FileReadOptions>): Promise<void> {
  const request = store.getState().mapping;
  if (!request || !pending) return;
  const options = { ...request.options, ...patch };
  const reshaped = 'delimiter' in patch || 'header' in patch;
  const needsCheck = reshaped || 'columns' in patch;
  store.setState({ mapping: { ...request, options, checking: request.checking || needsCheck } });
  if (!needsCheck) return;
  const check = ++latestCheck;
  const { delimiter, header, columns } = options;
  const inspected = await inspect(pending.file.input, {
    delimiter,
    header,
    ...(!reshaped && { columns }),
  });
  const now = store.getState().mapping;
  if (check !== latestCheck || now?.id !== request.id) return;
  if (!inspected.ok || inspected.preview === null) {
    const problem = inspected.ok ? 'The file has no columns to map.' : inspected.reason;
    store.setState({ mapping: { ...now, problem, checking: false } });
    return;
  }
  const { preview } = inspected;
  store.setState({
    mapping: {
      ...now,
      preview,
      options: reshaped
        ? { ...now.options, ...detectedChoices(preview), delimiter, header }
        : now.options,
      problem: null,
      checking: false,
    },
  });
}

/**
 * Reads the file as the mapping step's choices say (when they can be read and no check is
 * running), remembering them for files with the same first line when `remember` is set and the
 * file has a header (forgetting what was remembered otherwise). A sampling interval only applies
 * without a time column.
 */
export function confirmMapping(remember: boolean): void {
  const request = store.getState().mapping;
  if (!request || request.problem !== null || request.checking || !pending) return;
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
  if (pending?.id === id) endPending();
}

/**
 * Shows the column-mapping step for `name`, one of the files shown now, starting from the choices
 * it was read with; the files shown are read again with the new ones.
 */
export async function changeMapping(name: string): Promise<void> {
  const current = beginOpen();
  const files = loadedFiles();
  const file = files.find((f) => f.name === name);
  if (!file) return;
  const { delimiter, header, columns } = file.options ?? {};
  const inspected = await inspect(file.input, { delimiter, header, columns });
  if (!current() || !inspected.ok || inspected.preview === null) return;
  const { preview } = inspected;
  const options = await ask(
    file,
    { preview, options: { ...detectedChoices(preview), ...file.options }, problem: null },
    1,
    1,
  );
  if (options === null || !current()) return;
  await loadFiles(files.map((f) => (f === file ? { ...f, options, mapping: 'chosen' } : f)));
}
