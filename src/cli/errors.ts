/**
 * The two ways a run goes wrong that are the user's to fix, each printed as
 * one line without a stack trace: a bad input (that input is skipped, exit 1
 * at the end) and bad usage (nothing is run, exit 2).
 */

export const PROGRAM = 'sourcelens';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;
/** Stopped by Ctrl-C (128 + SIGINT, as shells report it). */
export const EXIT_INTERRUPTED = 130;
/** Our own bug (EX_SOFTWARE in sysexits.h). */
export const EXIT_INTERNAL = 70;

/** One input could not be analysed: what is wrong, and what to do about it. */
export class InputError extends Error {
  constructor(
    readonly problem: string,
    readonly hint: string,
  ) {
    super(`${problem}; ${hint}`);
    this.name = 'InputError';
  }
}

/** The command line itself is wrong. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The one-line message for a failed input: `sourcelens: notes.txt: problem; hint`. */
export function inputErrorLine(input: string, message: string): string {
  return `${PROGRAM}: ${input}: ${message}`;
}

/** Anything that is not an InputError is our bug: said in one line, with where to report it. */
export function describeFailure(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `internal error (${detail.split('\n')[0]}); this is a bug in SourceLens, please report it with this input (set SOURCELENS_DEBUG=1 for details)`;
}
