import { afterEach, describe, expect, it, vi } from 'vitest';
import { scheduleChartTask } from '../../../src/components/chart/scheduleChartTask';

/** Resolves once every chart task scheduled before it has run (the queue is first in, first out). */
const drained = () => new Promise<void>((resolve) => scheduleChartTask(resolve));

/**
 * Schedules tasks that log their name and, from a microtask, 'after <name>'. Microtasks run when
 * a macrotask ends, so 'after a' lands before 'b' only if a and b ran in different macrotasks.
 */
function loggingTasks(names: string[], log: string[]): (() => void)[] {
  return names.map((name) =>
    scheduleChartTask(() => {
      log.push(name);
      queueMicrotask(() => log.push(`after ${name}`));
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('scheduleChartTask', () => {
  it('scheduleChartTask(task) runs nothing synchronously', async () => {
    const log: string[] = [];
    loggingTasks(['a'], log);
    expect(log).toEqual([]);
    await drained();
    expect(log).toEqual(['a', 'after a']);
  });

  it('scheduleChartTask(task) runs tasks first in, first out, each in a macrotask of its own', async () => {
    const log: string[] = [];
    loggingTasks(['a', 'b', 'c'], log);
    await drained();
    expect(log).toEqual(['a', 'after a', 'b', 'after b', 'c', 'after c']);
  });

  it('scheduleChartTask(task) lets messages queued meanwhile run between two tasks', async () => {
    const log: string[] = [];
    loggingTasks(['a'], log);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      log.push('message');
    };
    channel.port2.postMessage(null);
    loggingTasks(['b', 'c'], log);
    await drained();
    expect(log.filter((entry) => !entry.startsWith('after'))).toEqual(['a', 'message', 'b', 'c']);
  });

  it('the function returned cancels the task if it has not run, and the others still run', async () => {
    const log: string[] = [];
    const [, cancelB] = loggingTasks(['a', 'b', 'c'], log);
    cancelB();
    await drained();
    expect(log).toEqual(['a', 'after a', 'c', 'after c']);
    cancelB();
    expect(log).toHaveLength(4);
  });

  it('cancelling every waiting task leaves the queue working for later ones', async () => {
    const log: string[] = [];
    loggingTasks(['a', 'b'], log).forEach((cancel) => cancel());
    await drained();
    expect(log).toEqual([]);
    loggingTasks(['c'], log);
    await drained();
    expect(log).toEqual(['c', 'after c']);
  });

  it('uses scheduler.postTask where the browser has it', async () => {
    const postTask = vi.fn(
      (callback: () => void) =>
        new Promise<void>((resolve) => {
          setTimeout(() => resolve(callback()));
        }),
    );
    vi.stubGlobal('scheduler', { postTask });
    const log: string[] = [];
    loggingTasks(['a', 'b'], log);
    await drained();
    expect(log).toEqual(['a', 'after a', 'b', 'after b']);
    // One post per task (a, b and drained's), never two waiting at once.
    expect(postTask).toHaveBeenCalledTimes(3);
  });

  it('a task that throws is reported, and the tasks after it still run', async () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    vi.stubGlobal('scheduler', {
      postTask: (callback: () => void) =>
        new Promise<void>((resolve, reject) => {
          setTimeout(() => {
            try {
              resolve(callback());
            } catch (error) {
              reject(error);
            }
          });
        }),
    });
    const failure = new Error('chart failed');
    const log: string[] = [];
    scheduleChartTask(() => {
      throw failure;
    });
    loggingTasks(['b'], log);
    await drained();
    expect(log).toEqual(['b', 'after b']);
    expect(reportError).toHaveBeenCalledWith(failure);
  });
});
