import { expose, type Endpoint } from 'comlink';
import { MessageChannel } from 'node:worker_threads';
import { createApi, type MetricscopeApi } from '../../src/worker/api';

/**
 * A stand-in for a Worker in Node: an API (made by `makeApi`, which may crash the worker it is
 * given) exposed over a MessageChannel, the page's side an
 * EventTarget as a Worker is, so that tests can fire 'error' and 'messageerror' at it. Once
 * terminated it drops every message, both ways, as a dead worker would.
 */
export class FakeWorker extends EventTarget {
  terminated = false;
  private readonly channel = new MessageChannel();

  constructor(makeApi: (worker: FakeWorker) => MetricscopeApi = () => createApi()) {
    super();
    expose(makeApi(this), this.channel.port2 as unknown as Endpoint);
    this.channel.port1.on('message', (data: unknown) => {
      if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data }));
    });
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    if (!this.terminated) this.channel.port1.postMessage(message, transfer as never);
  }

  terminate(): void {
    this.terminated = true;
    this.channel.port1.close();
  }

  /** Fires the 'error' event an uncaught exception in the worker would, with its message. */
  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
  }
}
