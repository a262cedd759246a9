import browser from 'webextension-polyfill';

/** A UI string from `_locales` (keys in `public/_locales/en/messages.json`). */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  // An empty answer means a missing key: show the key so it gets noticed.
  return text || key;
}
