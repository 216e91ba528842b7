/**
 * Resolves in a new task, after messages already queued (a Cancel, a newer slider value) have been
 * handled. A MessageChannel round trip, not setTimeout, so that no 4 ms clamp adds up over many
 * chunks. Works in pages, workers and Node.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
