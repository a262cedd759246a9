/**
 * Builds the Ukrainian and Russian gazetteer (country names) from
 * `i18n-iso-countries`. Run by `npm run build:lexicon`, beside build-en.ts;
 * `--out DIR` writes under DIR instead of the repository.
 *
 * What the npm registry has for these languages, and why only this: the
 * spelling dictionaries (dictionary-uk, dictionary-ru, @cspell/dict-*) list
 * words with affix flags but no semantic classes, so they cannot say which
 * words are places, nationalities, people or speech verbs. Case forms of
 * these names are left to the language's endings (src/core/inflection.ts).
 */
import { createRequire } from 'node:module';
import { dataConstant, dataModule, packageVersion, runAsScript, writeGenerated, type WrittenFile } from './write';

const require = createRequire(import.meta.url);

function countryNames(locale: 'uk' | 'ru'): string[] {
  const { countries } = require(`i18n-iso-countries/langs/${locale}.json`) as { countries: Record<string, string | string[]> };
  return [...new Set(Object.values(countries).flat().map((name) => name.toLocaleLowerCase(locale)))].sort();
}

export function buildUkrainianRussian(outRoot: string): WrittenFile[] {
  const files: Record<string, string> = {};
  for (const [locale, language] of [['uk', 'Ukrainian'], ['ru', 'Russian']] as const) {
    const source = `npm i18n-iso-countries ${packageVersion('i18n-iso-countries')} (MIT): every ${language} country name of ISO 3166-1 (langs/${locale}.json), nominative case, lower case`;
    files[`src/core/lexicon/gazetteer/${locale}-places.ts`] = dataModule('build-uk-ru.ts', '// Names are separated by "|".\n', [
      dataConstant('placeNames', `${language} country names, nominative.`, source, { names: countryNames(locale).join('|') }),
    ]);
  }
  return writeGenerated(outRoot, files);
}

runAsScript(import.meta.url, buildUkrainianRussian);
