/**
 * Sites the reader granted (optional host permissions, from the options
 * page) are analysed without a click: the content script is registered for
 * exactly those origins, and re-registered whenever the grants change.
 */
import browser from 'webextension-polyfill';
import { CONTENT_SCRIPT_PATH } from '../content-script-path';

const AUTO_RUN_SCRIPT_ID = 'sourcelens-auto-run';

export async function syncAutoRun(): Promise<void> {
  const origins = (await browser.permissions.getAll()).origins ?? [];
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_RUN_SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [AUTO_RUN_SCRIPT_ID] });
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: AUTO_RUN_SCRIPT_ID, matches: origins, js: [CONTENT_SCRIPT_PATH], runAt: 'document_idle' },
  ]);
}

export function keepAutoRunInSync(): void {
  const sync = () => {
    syncAutoRun().catch((error: unknown) => console.warn('[SourceLens] auto-run registration failed', error));
  };
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}
