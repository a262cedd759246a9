/**
 * Fault containment: what the extension keeps about its own failures, so a
 * reader (or a bug report) can see them in the options page. Only the error's
 * name and a short message and the page's origin are kept, never page text or
 * the full address. Pure: the storage side is `diagnostics-storage.ts`.
 */

/** An error as it crosses a message boundary: its class name and a shortened message. */
export interface ErrorSummary {
  name: string;
  message: string;
}

/** One recorded failure (in `storage.local`). */
export interface FailureRecord extends ErrorSummary {
  /** When it happened (ISO 8601). */
  time: string;
  /** The page's origin only ("https://news.example"), or "" when unknown. */
  origin: string;
}

/** Longest error message kept: enough to recognise the bug, too short to carry much of a page. */
export const MAX_ERROR_MESSAGE_CHARS = 200;
/** How many failures the log keeps (the newest). */
export const MAX_FAILURES = 20;
/** The `storage.local` key of the failure log. */
export const FAILURES_KEY = 'diagnostics.failures';
/**
 * Test hook: when this `storage.local` flag is true, the next analysis of a
 * page fails on purpose (and the flag is cleared). Only extension pages can
 * write our storage, so no web page can set it, and no reader sets it by
 * accident (no interface writes it); the real-browser fault test sets it
 * from an extension page to prove failures stay contained.
 */
export const DEBUG_FAIL_FLAG = 'debugFailNextAnalysis';
/** The error a forced failure throws. */
export const FORCED_FAILURE_MESSAGE = `failure forced by the ${DEBUG_FAIL_FLAG} test flag`;

export function errorSummary(error: unknown): ErrorSummary {
  const name = error instanceof Error && error.name ? error.name : typeof error;
  const full = error instanceof Error ? error.message : String(error);
  const message = full.length > MAX_ERROR_MESSAGE_CHARS ? `${full.slice(0, MAX_ERROR_MESSAGE_CHARS - 1)}…` : full;
  return { name: name.slice(0, MAX_ERROR_MESSAGE_CHARS), message };
}

/** The origin of `url`, or "" when it has none (about:blank, a bad address). */
export function originOf(url: string | undefined): string {
  if (!url) return '';
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? '' : origin;
  } catch {
    return '';
  }
}

function isFailureRecord(value: unknown): value is FailureRecord {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['time', 'origin', 'name', 'message'].every((key) => typeof v[key] === 'string');
}

/** The failure log as stored; anything malformed (an older or damaged value) is dropped. */
export function readFailures(stored: unknown): FailureRecord[] {
  return Array.isArray(stored) ? stored.filter(isFailureRecord).slice(-MAX_FAILURES) : [];
}

/** The log with `failure` appended, keeping only the newest `MAX_FAILURES`. Oldest first. */
export function appendFailure(log: readonly FailureRecord[], failure: FailureRecord): FailureRecord[] {
  return [...log, failure].slice(-MAX_FAILURES);
}
