// Work an input asks for, run in a task after the input's own. After a mouse click Chromium lays
// the page out before the click's task ends: a click that changed the table (144 rows, 30–45 ms of
// layout at 1280 px on a 2-core machine) made one task of its handler, the views' updates and that
// layout. Run in the next task, the change is laid out by the frame that shows it, and the click's
// task ends at once. scheduler.yield() where the browser has it (its continuation comes before
// other queued tasks), else a timer. Used by a tie's button (TieTip), the table's sort (Table) and
// the profile's dialog, which opens as a modal in the task after its content is built.

interface Yielding {
  scheduler?: { yield?: () => Promise<void> };
}

/** Runs `run` in a task after the current one; returns how to cancel it (an effect's cleanup). */
export function inNextTask(run: () => void, host: Yielding = globalThis as Yielding): () => void {
  let cancelled = false;
  const go = (): void => {
    if (!cancelled) run();
  };
  const yieldNow = host.scheduler?.yield;
  if (yieldNow === undefined) {
    const timer = setTimeout(go, 0);
    return () => clearTimeout(timer);
  }
  void yieldNow.call(host.scheduler).then(go);
  return () => (cancelled = true);
}
