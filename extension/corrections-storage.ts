/**
 * The reader's corrections, kept per page in `storage.local`: on this device
 * only (never synced: they say what the reader thinks of an article they read).
 */
import { browserApi, type StorageChanges } from './browser-api';
import { readCorrections, undoCorrections, type Correction } from '../src/report/corrections';

const KEY_PREFIX = 'corrections:';

/** The storage key of a page's corrections: its URL without the fragment (a jump inside the page is the same page). */
export function correctionsKey(url: string): string {
  return KEY_PREFIX + url.replace(/#.*$/s, '');
}

export async function loadCorrections(url: string): Promise<Correction[]> {
  const key = correctionsKey(url);
  return readCorrections((await browserApi().storage.local.get(key))[key]);
}

/** Keeps the page's corrections; none left, the entry goes. */
export async function saveCorrections(url: string, corrections: readonly Correction[]): Promise<void> {
  const key = correctionsKey(url);
  if (corrections.length === 0) await browserApi().storage.local.remove(key);
  else await browserApi().storage.local.set({ [key]: corrections });
}

/** Adds a correction to the page's: the one way a correction is kept, from the side panel or from a card in the page. */
export async function recordCorrection(url: string, correction: Correction): Promise<void> {
  await saveCorrections(url, [...(await loadCorrections(url)), correction]);
}

/** Undoes every correction made on `finding` of the page. */
export async function forgetCorrections(url: string, finding: string): Promise<void> {
  await saveCorrections(url, undoCorrections(await loadCorrections(url), finding));
}

/**
 * Calls `onChange` with the corrections of the page `url()` names whenever
 * they change, wherever they were made (the panel, a card); returns the way
 * to stop listening.
 */
export function onCorrectionsChanged(url: () => string, onChange: (corrections: Correction[]) => void): () => void {
  const listener = (changes: StorageChanges, area: string) => {
    const key = correctionsKey(url());
    if (area === 'local' && key in changes) onChange(readCorrections(changes[key].newValue));
  };
  browserApi().storage.onChanged.addListener(listener);
  return () => browserApi().storage.onChanged.removeListener(listener);
}
