// Work an input asks for, run in a task after the input's own. After a mouse click Chromium lays
// the page out before the click's task ends: a click that changed the table (144 rows, 30–45 ms of
// layout at 1280 px on a 2-core machine) made one task of its handler, the views' updates and that
// layout. Run in the next task, the change is laid out by the frame that shows it, and the click's
// task ends at once. scheduler.yield() where the browser has it (its continuation comes before
// other queued tasks), else a timer.

interface Yielding {
  scheduler?: { yield?: () => Promise<void> };
}

/** Runs `run` in a task after the current one. */
export function inNextTask(run: () => void, host: Yielding = globalThis as Yielding): void {
  const yieldNow = host.scheduler?.yield;
  if (yieldNow === undefined) setTimeout(run, 0);
  else void yieldNow.call(host.scheduler).then(run);
}
