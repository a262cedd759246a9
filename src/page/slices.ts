/**
 * Work on the page's main thread in slices, so that no task of ours runs
 * longer than the 'longtask' threshold (50 ms) and the page keeps
 * answering its reader. A long job is written once, as a generator that
 * `yield`s at points where it may pause (every few dozen nodes or marks);
 * `runToEnd` runs it in one go (Node: the CLI, eval, tests), `runInSlices`
 * runs it for `budgetMs` at a time and gives the page its turn in between.
 *
 *   function* countNodes(root: Node): Generator<void, number> {
 *     let n = 0;
 *     for (const walker = …; walker.nextNode(); n++) if (n % 64 === 0) yield;
 *     return n;
 *   }
 *   runToEnd(countNodes(body));                        // synchronous
 *   await runInSlices(countNodes(body), { window });   // sliced
 */

/**
 * Yielded (instead of nothing) by a job that has just changed much of the
 * page: `runInSlices` then waits until the page has been rendered before going
 * on, so the browser's own style and layout work is spread over frames too,
 * not left to pile up into one long rendering task. `runToEnd` goes straight on.
 */
export const AFTER_NEXT_FRAME: unique symbol = Symbol('sourcelens.afterNextFrame');

/** A job that pauses at each `yield` and returns its result at the end. */
export type SlicedJob<T> = Generator<void | typeof AFTER_NEXT_FRAME, T, void>;

/** Time one slice may run before the page gets its turn (ms): well under the 50 ms long-task threshold. */
export const SLICE_BUDGET_MS = 12;

/** Longest wait for a frame (ms): a hidden tab renders no frames, and the job must still end. */
export const FRAME_WAIT_LIMIT_MS = 100;

export interface SliceOptions {
  /** The page's window: its clock and its timers. */
  window: Window;
  /** Time per slice (ms); default SLICE_BUDGET_MS. */
  budgetMs?: number;
  /** Stops the job at its next pause: `runInSlices` rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Runs `job` to its end in one go. */
export function runToEnd<T>(job: SlicedJob<T>): T {
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
  }
}

/** The Prioritized Task Scheduling API's `scheduler.yield`, where the browser has it (Chromium). */
interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Gives the page its turn: `scheduler.yield()` where it exists (the job
 * resumes ahead of other queued work), else a zero-delay timer.
 */
function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield.call(scheduler);
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** Resolves once the page has been rendered (just after the next frame), or after FRAME_WAIT_LIMIT_MS without one. */
export function afterNextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    const limit = win.setTimeout(resolve, FRAME_WAIT_LIMIT_MS);
    const resume = () => {
      win.clearTimeout(limit);
      resolve();
    };
    // rAF callbacks run before the frame's style, layout and paint: resume in a task after them.
    if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(() => win.setTimeout(resume, 0));
  });
}

/**
 * Runs `job` in slices of about `budgetMs`, yielding to the page between
 * them. The clock is read only at the job's own pauses, so a job must pause
 * often enough that no stretch between two pauses comes near the budget.
 * The result is handed over in a task of its own: what the caller does next
 * (more work on the page, answering messages) never adds to the last slice
 * (in Chromium traces the two together made one task of 50-58 ms on a
 * large news page when the machine was busy).
 */
export async function runInSlices<T>(job: SlicedJob<T>, options: SliceOptions): Promise<T> {
  const { window: win, signal } = options;
  const budgetMs = options.budgetMs ?? SLICE_BUDGET_MS;
  const clock = win.performance ?? performance;
  try {
    for (;;) {
      signal?.throwIfAborted();
      const sliceStart = clock.now();
      let waitForFrame = false;
      for (;;) {
        const step = job.next();
        if (step.done) {
          await yieldToPage(win);
          return step.value;
        }
        waitForFrame = step.value === AFTER_NEXT_FRAME;
        if (waitForFrame || clock.now() - sliceStart >= budgetMs) break;
      }
      await (waitForFrame ? afterNextFrame(win) : yieldToPage(win));
    }
  } finally {
    // An aborted or failed job is closed, so its `finally` blocks run.
    job.return(undefined as T);
  }
}
