/**
 * `i18n.getMessage`, asked once per key and number of substitutions. Each
 * call crosses the extension bindings (about 0.2 ms in Chromium traces of the
 * seed: the 47 marks' accessible names cost 10 ms of the drawing), and the
 * marks ask for the same few messages with different text. The browser
 * fills a message's slots with stand-ins once; each call then puts its own
 * substitutions where the stand-ins are, so the browser's language choice and
 * placeholder rules stay the browser's.
 *
 * Free of extension APIs: the caller passes `getMessage`.
 */

/** `i18n.getMessage` as the browser gives it: a missing key answers "". */
export type GetMessage = (key: string, substitutions: string[]) => string;

/** Stand-ins for `$1`…`$9` (the browser takes at most 9): private-use characters no message of ours contains. */
const FIRST_STAND_IN = 0xe000;
export const MAX_SUBSTITUTIONS = 9;
const STAND_INS = /[\uE000-\uE008]/g;

/** A translator over `getMessage` that remembers each message's template; a missing key shows as the key, so it gets noticed. */
export function rememberingTranslator(getMessage: GetMessage): (key: string, ...substitutions: (string | number)[]) => string {
  const templates = new Map<string, string>();
  return (key, ...substitutions) => {
    // More than the browser fills: asked as they are, every time (the browser decides what that gives).
    if (substitutions.length > MAX_SUBSTITUTIONS) return getMessage(key, substitutions.map(String)) || key;
    const name = `${substitutions.length} ${key}`;
    let template = templates.get(name);
    if (template === undefined) {
      template = getMessage(key, substitutions.map((_, index) => String.fromCharCode(FIRST_STAND_IN + index)));
      templates.set(name, template);
    }
    const text = substitutions.length ? template.replace(STAND_INS, (standIn) => String(substitutions[standIn.charCodeAt(0) - FIRST_STAND_IN])) : template;
    return text || key;
  };
}
