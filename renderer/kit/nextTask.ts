/**
 * Resolves in a new task, after the browser has had its turn to paint and handle input:
 * long work split by it never holds a frame. A message port, not setTimeout, whose delay
 * grows to 4 ms once calls nest.
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
