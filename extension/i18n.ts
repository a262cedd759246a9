import { browserApi } from './browser-api';
import { rememberingTranslator } from './message-templates';
import { englishMessage } from '../src/page/overlay/words';

/**
 * A UI string from `_locales` (keys in `public/_locales/en/messages.json`).
 * Where the browser answers "" for a key of ours, our own English stands in, so
 * a reader sees words, not keys: Chromium's renderer fetches the catalogue
 * once and keeps what it got (SharedL10nMap), and in one CI run the side
 * panel's renderer answered "" for every key. An unknown key shows as itself.
 */
export const t = rememberingTranslator((key, substitutions) => browserApi().i18n.getMessage(key, substitutions) || englishMessage(key, substitutions));
