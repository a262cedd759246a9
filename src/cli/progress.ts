/**
 * A one-line progress bar on standard error, for batches on a terminal. Other
 * output goes through `around`, which lifts the bar off the line, writes, and
 * puts it back, so reports and errors are never mixed with it.
 */

/** Characters in the bar itself. */
const BAR_WIDTH = 24;
const ERASE_LINE = '\r\x1b[K';

export class ProgressBar {
  private done = 0;
  private failed = 0;
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly total: number,
  ) {}

  /** One more input finished (failed or not). */
  tick(failed: boolean): void {
    this.done++;
    if (failed) this.failed++;
    this.draw();
  }

  /** Writes with the bar lifted out of the way. */
  async around(write: () => Promise<void>): Promise<void> {
    this.erase();
    await write();
    this.draw();
  }

  /** Takes the bar off the screen for good. */
  finish(): void {
    this.erase();
  }

  private draw(): void {
    const filled = Math.round((this.done / this.total) * BAR_WIDTH);
    const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
    const failed = this.failed > 0 ? `, ${this.failed} failed` : '';
    this.stream.write(`${ERASE_LINE}sourcelens ${bar} ${this.done}/${this.total}${failed}`);
    this.shown = true;
  }

  private erase(): void {
    if (this.shown) this.stream.write(ERASE_LINE);
    this.shown = false;
  }
}
