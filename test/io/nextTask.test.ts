import { describe, expect, it } from 'vitest';
import { nextTask } from '../../src/io/nextTask';

describe('nextTask', () => {
  it('resolves after a message already queued on another channel has been handled', async () => {
    const order: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => order.push('queued message');
    channel.port2.postMessage(null);
    await nextTask();
    await nextTask();
    order.push('after nextTask');
    channel.port1.close();
    expect(order).toEqual(['queued message', 'after nextTask']);
  });

  it('resolves after pending microtasks', async () => {
    let done = false;
    void Promise.resolve().then(() => (done = true));
    await nextTask();
    expect(done).toBe(true);
  });
});
