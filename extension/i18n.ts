import { browserApi } from './browser-api';
import { rememberingTranslator } from './message-templates';

/** A UI string from `_locales` (keys in `public/_locales/en/messages.json`); an unknown key shows as itself. */
export const t = rememberingTranslator((key, substitutions) => browserApi().i18n.getMessage(key, substitutions));
