import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json';

/** The two browsers we build for; `vite build --mode firefox` selects Firefox. */
export type Target = 'chrome' | 'firefox';

export function targetFromMode(mode: string): Target {
  return mode === 'firefox' ? 'firefox' : 'chrome';
}

/**
 * Firefox needs a version with MV3 `scripting`, module background scripts,
 * `optional_host_permissions`, the CSS Custom Highlight API (140) and
 * `data_collection_permissions` (142, also on Android).
 */
export const FIREFOX_MIN_VERSION = '142.0';
export const GECKO_ID = 'sourcelens@sourcelens.example';

/**
 * Sites a reader may choose to grant (one by one, through `permissions.request`)
 * so SourceLens can run there without a click. Nothing is granted by default.
 */
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

/**
 * Entry files need distinct base names: crxjs 3 picks the service worker's
 * chunk by name, and with two `index.ts` entries (background, content
 * script) its loader imported the content script instead.
 */
const BACKGROUND_ENTRY = 'extension/background/background.ts';

/** The side panel: Chrome's `side_panel`, Firefox's `sidebar_action`, one page for both. */
export const PANEL_PAGE = 'extension/panel/index.html';

/** One manifest for both targets: only the background and Firefox's id differ. */
export default defineManifest((env) => {
  const target = targetFromMode(env.mode);
  return {
    manifest_version: 3,
    name: '__MSG_extensionName__',
    short_name: 'SourceLens',
    description: '__MSG_extensionDescription__',
    version: pkg.version,
    default_locale: 'en',
    icons: {
      16: 'icons/icon-16.png',
      32: 'icons/icon-32.png',
      48: 'icons/icon-48.png',
      128: 'icons/icon-128.png',
    },
    action: {
      default_popup: 'extension/popup/index.html',
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    options_ui: { page: 'extension/options/index.html', open_in_tab: true },
    background:
      target === 'firefox'
        ? { scripts: [BACKGROUND_ENTRY], type: 'module' }
        : { service_worker: BACKGROUND_ENTRY, type: 'module' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandOpenPopup__',
      },
      // Chrome gives suggested keys to at most four commands: these three and the popup's.
      'next-finding': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandNextFinding__' },
      'previous-finding': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandPreviousFinding__' },
      'next-anonymous': { suggested_key: { default: 'Alt+Shift+U' }, description: '__MSG_commandNextAnonymous__' },
    },
    // `sidePanel` is Chrome's; it shows the reader no warning. Firefox's sidebar needs no permission.
    permissions: target === 'firefox' ? ['activeTab', 'scripting', 'storage'] : ['activeTab', 'scripting', 'storage', 'sidePanel'],
    optional_host_permissions: OPTIONAL_HOSTS,
    ...(target === 'firefox'
      ? {
          sidebar_action: {
            default_panel: PANEL_PAGE,
            default_title: '__MSG_panelTitle__',
            default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
            // Opened by the reader (the popup's button, or the browser's sidebar menu), never at install.
            open_at_install: false,
          },
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: FIREFOX_MIN_VERSION,
              // Nothing is collected or transmitted: all analysis is local.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { side_panel: { default_path: PANEL_PAGE } }),
  };
});
