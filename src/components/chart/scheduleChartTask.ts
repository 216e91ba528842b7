import { nextTask } from '../../io/nextTask';

/** A task waiting its turn; cancelled ones are taken out of the queue. */
interface Entry {
  readonly run: () => void;
}

const queue: Entry[] = [];
let posted = false;

/**
 * Posts `callback` as a macrotask of its own: with `scheduler.postTask` where the browser has it
 * (user-visible priority, the default), else in the task nextTask resolves in (a MessageChannel
 * message, which, unlike setTimeout, has no 4 ms clamp). A callback that throws is reported as an
 * uncaught error would be. Read at call time, so tests can stand in either.
 */
function postMacrotask(callback: () => void): void {
  const { scheduler } = globalThis as { scheduler?: Scheduler };
  const task =
    typeof scheduler?.postTask === 'function'
      ? scheduler.postTask(callback)
      : nextTask().then(callback);
  task.catch((error: unknown) => reportError(error));
}

function runNext(): void {
  posted = false;
  const entry = queue.shift();
  // Posted before running, so a task that throws does not stall the ones behind it.
  if (queue.length > 0) post();
  entry?.run();
}

function post(): void {
  if (posted) return;
  posted = true;
  postMacrotask(runNext);
}

/**
 * Runs `task` later, in a macrotask of its own: tasks run first in, first out, exactly one per
 * macrotask, so however many charts are handed work at once (a burst of results, every panel
 * mounting) each chart's init, setOption and render is its own main-thread task, and input and
 * frames get their turn in between. Returns a function that cancels the task if it has not run.
 * @example const cancel = scheduleChartTask(() => chart.setOption(option)); cancel();
 */
export function scheduleChartTask(task: () => void): () => void {
  const entry: Entry = { run: task };
  queue.push(entry);
  post();
  return () => {
    const at = queue.indexOf(entry);
    if (at >= 0) queue.splice(at, 1);
  };
}
