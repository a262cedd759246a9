import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_MESSAGE_KEYS, MERGE_REASON_KEYS, TYPE_LABELS } from '../../src/report/vocabulary';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const localesDir = path.resolve(__dirname, '../../public/_locales');
const read = (lang: string): Messages => JSON.parse(readFileSync(path.join(localesDir, lang, 'messages.json'), 'utf8'));
const placeholdersIn = (message: string) => [...message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1].toLowerCase()).sort();

describe('Ukrainian interface strings (public/_locales/uk)', () => {
  const en = read('en');
  const uk = read('uk');
  it('has every key of the English messages, and no other', () => {
    expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
  });
  it('uses the same placeholders as English in every message', () => {
    for (const key of Object.keys(en)) {
      expect(placeholdersIn(uk[key].message), key).toEqual(placeholdersIn(en[key].message));
      expect(uk[key].placeholders, key).toEqual(en[key].placeholders);
    }
  });
  it('has a message for every key the shared vocabulary names (kinds, types, merge reasons)', () => {
    for (const key of [...Object.values(KIND_MESSAGE_KEYS), ...Object.values(TYPE_LABELS), ...Object.values(MERGE_REASON_KEYS)]) {
      expect(en[key], key).toBeDefined();
    }
  });
  it('is written in Ukrainian (Cyrillic), the product name aside', () => {
    for (const key of Object.keys(en)) {
      if (uk[key].message === 'SourceLens') continue;
      expect(uk[key].message, key).toMatch(/\p{Script=Cyrillic}/u);
    }
  });
});
