/**
 * Where the extraction may pause (see src/page/slices.ts). The extractor is
 * a generator that counts its work in small units (one DOM node visited, one
 * ancestor climbed, one candidate weighed, one chunk of a long text) and
 * yields once every WORK_PER_PAUSE units. Counting rather than yielding on
 * every unit keeps the generator nearly as fast as a plain loop, and bounds
 * the work between two pauses whatever the page's size, which is what lets
 * `runInSlices` keep each slice near its budget.
 */

/** Units of work between two pauses: small enough that one stretch is far below a slice's budget. */
export const WORK_PER_PAUSE = 64;

/**
 * Characters of one text node handled as one unit of work: a longer node is
 * measured and copied in parts (a script can build a text node of megabytes).
 */
export const TEXT_CHUNK_CHARS = 1024;

/** Counts the work done since the last pause, for the whole extraction. */
export class PauseCounter {
  private done = 0;

  /** Counts one unit of work; true when the job should pause now (`if (pauses.tick()) yield;`). */
  tick(): boolean {
    if (++this.done < WORK_PER_PAUSE) return false;
    this.done = 0;
    return true;
  }
}
