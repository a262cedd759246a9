import contentScriptFile from './content/page-script.ts?script&iife';

/**
 * The built content script (one self-contained IIFE), as a root-relative
 * path: Firefox resolves a relative path against the calling page
 * (`extension/popup/…`), Chrome against the extension root.
 */
export const CONTENT_SCRIPT_PATH = `/${contentScriptFile.replace(/^\/+/, '')}`;
