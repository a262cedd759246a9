/** The failure log in `storage.local` (this browser only: it is about this machine's runs), and the test flag. */
import { browserApi } from './browser-api';
import { appendFailure, DEBUG_FAIL_FLAG, FAILURES_KEY, readFailures, type FailureRecord } from './diagnostics';

export async function loadFailures(): Promise<FailureRecord[]> {
  return readFailures((await browserApi().storage.local.get(FAILURES_KEY))[FAILURES_KEY]);
}

export async function recordFailure(failure: FailureRecord): Promise<void> {
  await browserApi().storage.local.set({ [FAILURES_KEY]: appendFailure(await loadFailures(), failure) });
}

export async function clearFailures(): Promise<void> {
  await browserApi().storage.local.remove(FAILURES_KEY);
}

/** Whether the next analysis must fail (see `DEBUG_FAIL_FLAG`); reading it clears it. */
export async function takeForcedFailure(): Promise<boolean> {
  const flag = (await browserApi().storage.local.get(DEBUG_FAIL_FLAG))[DEBUG_FAIL_FLAG] === true;
  if (flag) await browserApi().storage.local.remove(DEBUG_FAIL_FLAG);
  return flag;
}
