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

/** Longest wait for a frame: a hidden window draws none, and work must still go on. */
const FRAME_WAIT_MS = 100;

/**
 * Resolves once the browser has drawn its next frame (in the task after it), or after
 * FRAME_WAIT_MS when no frame comes. Tasks chained by nextTask alone can run back to back
 * before Chromium draws; waiting for a paint between them keeps every frame short.
 */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return nextTask();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      window.clearTimeout(fallback);
      resolve();
    };
    const fallback = window.setTimeout(finish, FRAME_WAIT_MS);
    requestAnimationFrame(() => void nextTask().then(finish));
  });
}
