import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rememberingTranslator, type GetMessage } from '../../extension/message-templates';
import { fillMessage } from '../../src/page/overlay/words';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const localesDir = path.resolve(__dirname, '../../public/_locales');
const read = (lang: string): Messages => JSON.parse(readFileSync(path.join(localesDir, lang, 'messages.json'), 'utf8'));

/** `i18n.getMessage` as the browser answers it from one locale's messages, counting its calls. */
function browserLike(messages: Messages) {
  const calls: string[] = [];
  const getMessage: GetMessage = (key, substitutions) => {
    calls.push(key);
    return messages[key] ? fillMessage(messages[key], substitutions) : '';
  };
  return { getMessage, calls };
}

/** Substitutions as pages give them: text with dollar signs, digits and quotes, and numbers. */
const SUBSTITUTIONS = ['officials said "$1 and $2" — costs $$5', 3, 'Reuters', 'the ministry', '', '$TEXT$', 'x', 'y', 'z'];

describe('rememberingTranslator (i18n.getMessage asked once per message)', () => {
  for (const lang of ['en', 'uk']) {
    it(`gives what the browser gives for every ${lang} message, with 0 to 3 substitutions`, () => {
      const messages = read(lang);
      const direct = browserLike(messages);
      const remembering = browserLike(messages);
      const t = rememberingTranslator(remembering.getMessage);
      for (const key of Object.keys(messages)) {
        for (let count = 0; count <= 3; count++) {
          const substitutions = SUBSTITUTIONS.slice(0, count);
          expect(t(key, ...substitutions), `${key} with ${count}`).toBe(direct.getMessage(key, substitutions.map(String)) || key);
          // Asked again with other text: the same as the browser's again.
          const other = substitutions.map((s) => `${String(s)} again`);
          expect(t(key, ...other), `${key} again`).toBe(direct.getMessage(key, other) || key);
        }
      }
      // Once per key and number of substitutions, however many times each was asked for.
      expect(remembering.calls.length).toBe(Object.keys(messages).length * 4);
    });
  }

  it('asks the browser once for a message the marks ask for many times', () => {
    const { getMessage, calls } = browserLike(read('en'));
    const t = rememberingTranslator(getMessage);
    const labels = Array.from({ length: 50 }, (_, i) => t('markLabelAnonymous', `officials said ${i}`));
    expect(labels[7]).toBe('Anonymous attribution: officials said 7');
    expect(calls).toEqual(['markLabelAnonymous']);
  });

  it('shows a missing key as the key', () => {
    const t = rememberingTranslator(browserLike(read('en')).getMessage);
    expect(t('noSuchMessage')).toBe('noSuchMessage');
    expect(t('noSuchMessage', 'a')).toBe('noSuchMessage');
  });

  it('relies on stand-ins no message of ours contains', () => {
    for (const lang of ['en', 'uk']) {
      for (const [key, { message }] of Object.entries(read(lang))) expect(/[\uE000-\uE008]/.test(message), `${lang} ${key}`).toBe(false);
    }
  });
});

describe("t (the extension's translator)", () => {
  const scope = globalThis as unknown as { chrome?: unknown };
  afterEach(() => {
    delete scope.chrome;
  });

  it("gives the browser's words, and our English where the browser answers nothing for a key of ours", async () => {
    const ukrainian = read('uk');
    const answers = new Map<string, string>([['headlineNone', ukrainian.headlineNone.message]]);
    scope.chrome = { runtime: { id: 'test' }, i18n: { getMessage: (key: string) => answers.get(key) ?? '' } };
    const { t } = await import('../../extension/i18n');
    expect(t('headlineNone')).toBe(ukrainian.headlineNone.message);
    // The browser's catalogue came back empty: English, filled in, rather than the key.
    expect(t('headlineAttributions', 20, 3, 17)).toBe(fillMessage(read('en').headlineAttributions, [20, 3, 17]));
    expect(t('headlineAttributions', 20, 3, 17)).toContain('20');
    expect(t('noSuchMessage', 'a')).toBe('noSuchMessage');
  });
});
