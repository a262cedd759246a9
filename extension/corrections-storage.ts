/**
 * The reader's corrections, kept per page in `storage.local`: on this device
 * only (never synced: they say what the reader thinks of an article they read).
 */
import browser from 'webextension-polyfill';
import { readCorrections, type Correction } from '../src/report/corrections';

const KEY_PREFIX = 'corrections:';

/** The storage key of a page's corrections: its URL without the fragment (a jump inside the page is the same page). */
export function correctionsKey(url: string): string {
  return KEY_PREFIX + url.replace(/#.*$/s, '');
}

export async function loadCorrections(url: string): Promise<Correction[]> {
  const key = correctionsKey(url);
  return readCorrections((await browser.storage.local.get(key))[key]);
}

/** Keeps the page's corrections; none left, the entry goes. */
export async function saveCorrections(url: string, corrections: readonly Correction[]): Promise<void> {
  const key = correctionsKey(url);
  if (corrections.length === 0) await browser.storage.local.remove(key);
  else await browser.storage.local.set({ [key]: corrections });
}
