// A hidden page paints no frames; past this wait the task runs without one.
const longestWait = 100;

/**
 * Runs `task` once the browser has painted what the page shows now (after the next frame), or
 * after `longestWait` ms if no frame comes. Work that follows an input goes here so that the
 * frame showing the input itself (a ticked box, a typed letter) is not held back by it.
 */
export function afterNextPaint(task: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => {
      // A frame callback runs before its frame is painted; a task queued from it runs after.
      setTimeout(run, 0);
    });
  }
  setTimeout(run, longestWait);
}
