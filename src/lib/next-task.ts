// A new task: awaited, it lets what was queued before it (input, a frame, another part's work) run
// first. A timer of 0 ms: the start (main.ts), the islands between two parts (island/islands.ts),
// and the work done a slice per task (later/fuzzy.svelte.ts, later/stages.svelte.ts). A step that
// must be cancelled runs through `inNextTask` (components/next-task.ts) instead.

/** Resolves in a task after the current one. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
