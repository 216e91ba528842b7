import { expose, type Endpoint } from 'comlink';
import { MessageChannel } from 'node:worker_threads';
import { createApi, type MetricscopeApi } from '../../src/worker/api';
import { createClient, type MetricscopeClient } from '../../src/worker/client';

/** A worker API and its client, connected over a MessageChannel. */
export interface Harness {
  client: MetricscopeClient;
  /** Byte lengths of the buffers each message from the worker side transferred, in order. */
  transferred: number[][];
  close(): void;
}

/**
 * The worker's API (a fresh createApi() unless given) exposed on one end of a MessageChannel, the
 * client on the other: the whole Comlink boundary, without a Worker.
 */
export function harness(api: MetricscopeApi = createApi()): Harness {
  const { port1, port2 } = new MessageChannel();
  const transferred: number[][] = [];
  const workerSide = {
    postMessage(message: unknown, transfer: Transferable[] = []) {
      transferred.push(transfer.map((buffer) => (buffer as ArrayBuffer).byteLength));
      port2.postMessage(message, transfer as never);
    },
    addEventListener: port2.addEventListener.bind(port2),
    removeEventListener: port2.removeEventListener.bind(port2),
    start: port2.start.bind(port2),
  };
  expose(api, workerSide as unknown as Endpoint);
  return {
    client: createClient(port1 as unknown as Endpoint),
    transferred,
    close: () => {
      port1.close();
      port2.close();
    },
  };
}
