/** The reader's settings in `storage.sync` (they follow the reader's browser profile), and news of changes. */
import { browserApi } from './browser-api';
import { readSettings, SETTINGS_KEY, type Settings } from './settings';

export async function loadSettings(): Promise<Settings> {
  return readSettings((await browserApi().storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browserApi().storage.sync.set({ [SETTINGS_KEY]: settings });
}

/** Calls `listener` with the new settings whenever they change (from the options page, in any window). */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browserApi().storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && SETTINGS_KEY in changes) listener(readSettings(changes[SETTINGS_KEY].newValue));
  });
}
