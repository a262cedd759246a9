/**
 * Builds the Ukrainian and Russian gazetteer (country names) from
 * `i18n-iso-countries`; the two languages' speech verbs from Debian's Russian
 * thesaurus (mythes-ru) and Apertium's Russian–Ukrainian data
 * (apertium-rus-ukr); and their person nouns from Debian's word lists
 * (wukrainian, hunspell-ru) read by Apertium's dictionaries. Run by
 * `npm run build:lexicon`, beside build-en.ts; `--out DIR` writes under DIR
 * instead of the repository.
 *
 * What else there is, and why it is not used: the word lists and the npm
 * spelling dictionaries (dictionary-uk, dictionary-ru, @cspell/dict-*) have no
 * senses, so they only offer candidates. FreeDict's English–Russian dictionary
 * (dict-freedict-eng-rus) has 1,699 headwords and none of "declare",
 * "announce", "report", "state", "claim" or "explain", so it cannot carry
 * WordNet's communication verbs over. The Ukrainian thesaurus (mythes-uk) has
 * no entry for "заявити" and one row for "сказати": the Ukrainian verbs come
 * from the Russian ones through Apertium's bilingual dictionary instead.
 * Hunspell-uk's stems hold surnames in lower case ("ткаченко"), wukrainian's
 * forms do not. Case forms of nouns and names are left to the language's
 * endings (src/core/inflection.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { analyse, debianVersion, generate, thesaurusRows, translateToUkrainian, wordList, type Analysis, type Language } from './debian-lexicons';
import { dataConstant, dataModule, packageVersion, runAsScript, writeGenerated, type WrittenFile } from './write';

const require = createRequire(import.meta.url);

function countryNames(locale: 'uk' | 'ru'): string[] {
  const { countries } = require(`i18n-iso-countries/langs/${locale}.json`) as { countries: Record<string, string | string[]> };
  return [...new Set(Object.values(countries).flat().map((name) => name.toLocaleLowerCase(locale)))].sort();
}

/** The verbs of saying and announcing, in both aspects, from which the thesaurus is read. */
const RUSSIAN_SEEDS = ['сказать', 'говорить', 'заявить', 'заявлять', 'сообщить', 'сообщать'];

/**
 * The Russian speech verbs: the seeds, and the single words of those synonym rows of the seeds'
 * thesaurus entries that name a second seed (the rows of saying and announcing; not the rows of
 * chatter, oratory or mumbling, which name none), whose own entry names a seed in turn: synonymy
 * both ways ("знакомить" stands in a row of "сообщать", but its own rows are of introducing and teaching).
 */
function russianSpeechVerbCandidates(): string[] {
  const synonyms = thesaurusRows('th_ru_RU_v2.dat', '(синоним)');
  const namesSeed = (rows: string[][] | undefined, except: string) => (rows ?? []).some((row) => row.some((word) => word !== except && RUSSIAN_SEEDS.includes(word)));
  const words = new Set(RUSSIAN_SEEDS);
  for (const seed of RUSSIAN_SEEDS) {
    for (const row of synonyms.get(seed) ?? []) {
      if (!namesSeed([row], seed)) continue;
      for (const word of row) if (!word.includes(' ') && namesSeed(synonyms.get(word), word)) words.add(word);
    }
  }
  return [...words];
}

/** Apertium marks homonyms with superscript digits ("писать¹"). */
const plainLemma = (lemma: string) => lemma.replace(/[¹²³⁴⁵⁶⁷⁸⁹]/g, '');

/**
 * The words Apertium's dictionary of `language` reads as a verb in the infinitive, itself its lemma:
 * a word it does not know is rare, and one it reads as another verb's form is not the verb meant
 * ("делиться" as the passive of "делить").
 */
function infinitives(language: Language, words: readonly string[]): Analysis[] {
  const found = new Map<string, Analysis>();
  for (const [word, analyses] of analyse(language, words)) {
    const verb = analyses.find((a) => a.tags[0] === 'vblex' && a.tags.at(-1) === 'inf' && plainLemma(a.lemma) === word);
    if (verb) found.set(word, verb);
  }
  return [...found.values()];
}

/**
 * "lemma past present…" per verb: the past masculine, and for an imperfective verb the present third person
 * singular and plural (the plural of a verb of the second conjugation shares no stem with the rest: "говорять").
 */
function finiteForms(language: Language, verbs: readonly Analysis[]): string[] {
  const withTags = (extra: string[]) => verbs.map((v) => ({ lemma: v.lemma, tags: [...v.tags.slice(0, -1), ...extra] }));
  const past = generate(language, withTags(['past', 'm', 'sg']));
  const present = generate(language, withTags(['pres', 'p3', 'sg']));
  const presentPlural = generate(language, withTags(['pres', 'p3', 'pl']));
  return verbs
    .map((v, i) => [plainLemma(v.lemma), past[i], ...(v.tags.includes('impf') ? [present[i], presentPlural[i]] : [])].filter((f): f is string => !!f).join(' '))
    .filter((group) => group.includes(' '))
    .sort((a, b) => a.localeCompare(b, 'ru'));
}

function speechVerbs(): Record<Language, { source: string; forms: string[] }> {
  const russian = infinitives('rus', russianSpeechVerbCandidates());
  const ukrainianWords = [...new Set(translateToUkrainian(russian).flatMap((translations) => translations.map((t) => plainLemma(t.lemma))))];
  const ukrainian = infinitives('ukr', ukrainianWords);
  const thesaurus = `Debian mythes-ru ${debianVersion('mythes-ru')} (LibreOffice Russian thesaurus th_ru_RU_v2, LGPL-2.1)`;
  const apertium = `Debian apertium-rus-ukr ${debianVersion('apertium-rus-ukr')} (Apertium Russian–Ukrainian, GPL-3+)`;
  const formsRule = `forms by ${apertium}'s generator: the lemma (infinitive), the past masculine singular, and for an imperfective verb the present third person singular and plural`;
  const russianRule = `the verbs ${RUSSIAN_SEEDS.join(', ')} and the single words of the "(синоним)" rows of their entries in ${thesaurus} that name a second of those verbs, whose own entry names one of those verbs in a "(синоним)" row, kept where ${apertium}'s Russian dictionary reads the word as an infinitive of its own`;
  return {
    rus: { source: `${russianRule}; ${formsRule}`, forms: finiteForms('rus', russian) },
    ukr: {
      source: `every Ukrainian translation by ${apertium}'s bilingual dictionary of the Russian speech verbs (${russianRule}), kept where its Ukrainian dictionary reads it as an infinitive of its own; ${formsRule}`,
      forms: finiteForms('ukr', ukrainian),
    },
  };
}

/** Where the candidate nouns come from: every lower-case word of a word list of the language. */
const WORD_LISTS: Record<Language, { path: string; letters: RegExp }> = {
  ukr: { path: '/usr/share/dict/ukrainian', letters: /^[а-яіїєґ']+$/ },
  rus: { path: '/usr/share/hunspell/ru_RU.dic', letters: /^[а-яё]+$/ },
};

/**
 * Nouns that denote a person: the lower-case words of the language's word list that Apertium's
 * dictionary reads only as animate nouns (tag <aa>), one reading being the word itself in the
 * nominative singular. Animals are animate too, but seldom speak in the news; a word with any other
 * reading ("рак", also a disease) is left out.
 */
function personNouns(language: Language): { source: string; singular: string[] } {
  const { path, letters } = WORD_LISTS[language];
  const nouns: string[] = [];
  const nominative = (word: string, analyses: readonly Analysis[]) => analyses.some((a) => a.lemma === word && a.tags[0] === 'n' && a.tags.includes('sg') && a.tags.includes('nom'));
  const words = analyse(language, wordList(path, letters));
  // (Another noun's form in a case no subject takes competes with no reading of a source, "учень" being also the genitive
  // plural of "учення"; unless that noun's nominative is in turn one of the word's forms, read as the word wherever it
  // stands: "политика" is the genitive of "политик".)
  const otherNounsForm = (word: string, a: Analysis) => a.lemma !== word && a.tags[0] === 'n' && !a.tags.includes('nom') &&
    !(words.get(a.lemma) ?? []).some((b) => b.lemma === word);
  const isPersonNoun = (word: string, analyses: readonly Analysis[]) => analyses.length > 0 && nominative(word, analyses) &&
    analyses.every((a) => (a.tags[0] === 'n' && a.tags.includes('aa')) || otherNounsForm(word, a));
  const unknown: string[] = [];
  const known: string[] = [];
  const euphonic: string[] = [];
  for (const [word, analyses] of words) {
    if (isPersonNoun(word, analyses)) nouns.push(word);
    if (nominative(word, analyses)) known.push(word);
    if (analyses.length === 0) unknown.push(word);
    if (analyses.length === 0 && language === 'ukr' && UKRAINIAN_EUPHONIC_V.test(word)) euphonic.push(word);
  }
  // Ukrainian writes an opening "у" before a consonant as "в" after a vowel (euphony): the dictionary knows
  // "учитель", the word list "вчитель" too.
  const partners = euphonic.map((word) => 'у' + word.slice(1));
  const partnerAnalyses = analyse(language, partners);
  euphonic.forEach((word, i) => {
    if (isPersonNoun(partners[i], partnerAnalyses.get(partners[i]) ?? [])) nouns.push(word);
  });
  nouns.push(...byEnding(unknown, known, new Set(nouns)));
  if (language === 'rus') nouns.push(...byThesaurus(unknown, known, new Set(nouns)));
  const apertium = `Debian apertium-rus-ukr ${debianVersion('apertium-rus-ukr')} (Apertium Russian–Ukrainian, GPL-3+)`;
  const list = language === 'ukr' ? `Debian wukrainian ${debianVersion('wukrainian')} (GPL-2 or LGPL-2)` : `Debian hunspell-ru ${debianVersion('hunspell-ru')} (ru_RU.dic, BSD-style licence of A. I. Lebedev)`;
  return {
    source: `the lower-case words of ${list} that ${apertium}'s ${language === 'ukr' ? 'Ukrainian' : 'Russian'} dictionary reads only as animate nouns (<n>…<aa>), one reading being the word itself in the nominative singular, or else as another noun's form in a case other than the nominative, that noun's nominative being none of the word's forms ("учень", also the genitive plural of "учення"; not "политик", whose genitive is "политика")${language === 'ukr' ? '; and those it does not know that open in "в" before a consonant whose euphonic partner in "у" it reads so ("вчитель": "учитель")' : ''}; and those it does not know whose longest ending of ${ENDING_LETTERS} letters or more shared by ${ENDING_SUPPORT} nouns it knows in the nominative singular is, for ${ENDING_SHARE * 100}% of them or more, a person noun's ("кардиолог", "-олог"), or failing that whose longest ending of ${TAIL_LETTERS} letters or more shared by ${TAIL_SUPPORT} nouns it knows is every one of theirs ("одинадцятикласник", "-класник")${language === 'rus' ? `; and those it does not know, with no adjective's ending, whose "(синоним)" rows in ${THESAURUS} name ${THESAURUS_SUPPORT} or more nouns it knows in the nominative singular, ${THESAURUS_SHARE * 100}% of them or more person nouns ("жилец": "житель", "квартирант", "постоялец")` : ''}`,
    singular: [...new Set(nouns)].sort((a, b) => a.localeCompare(b, language === 'ukr' ? 'uk' : 'ru')),
  };
}

/** The Ukrainian Hunspell dictionary, whose capitalised entries are names, surnames among them ("Мельник/1:"). */
const UKRAINIAN_HUNSPELL = '/usr/share/hunspell/uk_UA.dic';

/**
 * The person nouns that are also surnames: those whose capitalised form the Ukrainian Hunspell dictionary lists
 * ("Мельник", "Коваль", "Швець"). Opening a sentence alone, one of these may be a person's name ("Мельник заявив"); any
 * other ("Пацієнт розповів") is the noun. Russian has no such list here: ru_RU.dic lists no surnames.
 */
function ukrainianSurnameNouns(nouns: readonly string[]): { source: string; singular: string[] } {
  const capitalised = new Set(readFileSync(UKRAINIAN_HUNSPELL, 'utf8').split('\n').slice(1).map((line) => line.split('/')[0])
    .filter((word) => /^\p{Lu}\p{Ll}/u.test(word)).map((word) => word.toLowerCase()));
  return {
    source: `the person nouns above whose capitalised form is an entry of Debian wukrainian ${debianVersion('wukrainian')}'s Hunspell dictionary (uk_UA.dic, GPL-2 or LGPL-2), whose capitalised entries are names`,
    singular: nouns.filter((noun) => capitalised.has(noun)),
  };
}

/**
 * Reading a word the dictionary does not know by its ending, as the dictionary reads the nouns that share it: the longest
 * ending of at least `ENDING_LETTERS` letters (two letters of stem left) that `ENDING_SUPPORT` nouns it knows share decides,
 * and the word is a person noun where at least `ENDING_SHARE` of them are ("кардиолог" by "-олог": "психолог", "биолог",
 * …, not "монолог"; "заявительница" by "-тельница").
 */
const ENDING_LETTERS = 4;
const ENDING_SUPPORT = 8;
const ENDING_SHARE = 0.9;
/** Failing that, an ending of `TAIL_LETTERS` or more that `TAIL_SUPPORT` known nouns share, every one a person noun. */
const TAIL_LETTERS = 7;
const TAIL_SUPPORT = 2;

function byEnding(unknown: readonly string[], known: readonly string[], persons: ReadonlySet<string>): string[] {
  const counts = new Map<string, { nouns: number; persons: number }>();
  for (const word of known) {
    for (let n = ENDING_LETTERS; n <= word.length - 2; n++) {
      const count = counts.get(word.slice(-n)) ?? { nouns: 0, persons: 0 };
      count.nouns++;
      if (persons.has(word)) count.persons++;
      counts.set(word.slice(-n), count);
    }
  }
  const byShortEnding = (word: string) => {
    for (let n = word.length - 2; n >= ENDING_LETTERS; n--) {
      const count = counts.get(word.slice(-n));
      if (count !== undefined && count.nouns >= ENDING_SUPPORT) return count.persons / count.nouns >= ENDING_SHARE;
    }
    return false;
  };
  // ("одинадцятикласник" by "-класник": "першокласник", "старшокласник"; a compound's last part is long and few share it.)
  const byCompoundTail = (word: string) => {
    for (let n = word.length - 2; n >= TAIL_LETTERS; n--) {
      const count = counts.get(word.slice(-n));
      if (count !== undefined && count.nouns >= TAIL_SUPPORT) return count.persons === count.nouns;
    }
    return false;
  };
  return unknown.filter((word) => byShortEnding(word) || byCompoundTail(word));
}

 /**
 * Reading a Russian word the dictionary does not know by its synonyms: Apertium's Russian dictionary lacks common person
 * nouns ("жилец", "председатель", "мужчина") that the thesaurus lists beside ones it knows. A word whose synonym rows name
 * at least `THESAURUS_SUPPORT` known nouns, at least `THESAURUS_SHARE` of them person nouns, is one; adjectives, which the
 * thesaurus also lists beside nouns of people ("старый": "старик"), are left out by their endings.
 */
const THESAURUS = `Debian mythes-ru (LibreOffice Russian thesaurus th_ru_RU_v2, LGPL-2.1)`;
const THESAURUS_SUPPORT = 2;
const THESAURUS_SHARE = 0.5;
const RUSSIAN_ADJECTIVE_ENDING = /(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/;

function byThesaurus(unknown: readonly string[], known: readonly string[], persons: ReadonlySet<string>): string[] {
  const synonyms = thesaurusRows('th_ru_RU_v2.dat', '(синоним)');
  const knownNouns = new Set(known);
  return unknown.filter((word) => {
    if (RUSSIAN_ADJECTIVE_ENDING.test(word)) return false;
    const named = new Set((synonyms.get(word) ?? []).flat().filter((synonym) => knownNouns.has(synonym)));
    const people = [...named].filter((synonym) => persons.has(synonym)).length;
    return named.size >= THESAURUS_SUPPORT && people / named.size >= THESAURUS_SHARE;
  });
}

/** A Ukrainian word opening in "в" before a consonant, which euphony may have made of "у". */
const UKRAINIAN_EUPHONIC_V = /^в[бвгґджзклмнпрстфхцчшщ]/;

const VERBS_FORMAT = '// `forms`: one group per verb, separated by "|": the infinitive first, then its finite forms, separated by spaces.\n';

export function buildUkrainianRussian(outRoot: string): WrittenFile[] {
  const files: Record<string, string> = {};
  const verbs = speechVerbs();
  for (const [locale, language] of [['uk', 'Ukrainian'], ['ru', 'Russian']] as const) {
    const source = `npm i18n-iso-countries ${packageVersion('i18n-iso-countries')} (MIT): every ${language} country name of ISO 3166-1 (langs/${locale}.json), nominative case, lower case`;
    files[`src/core/lexicon/gazetteer/${locale}-places.ts`] = dataModule('build-uk-ru.ts', '// Names are separated by "|".\n', [
      dataConstant('placeNames', `${language} country names, nominative.`, source, { names: countryNames(locale).join('|') }),
    ]);
    const list = verbs[locale === 'uk' ? 'ukr' : 'rus'];
    files[`src/core/lexicon/generated/${locale}-verbs.ts`] = dataModule('build-uk-ru.ts', VERBS_FORMAT, [
      dataConstant('speechVerbs', `${language} verbs of saying and announcing, with the forms a cue takes.`, list.source, { forms: list.forms.join('|') }),
    ]);
    const people = personNouns(locale === 'uk' ? 'ukr' : 'rus');
    const surnames = locale === 'uk' ? ukrainianSurnameNouns(people.singular) : null;
    files[`src/core/lexicon/generated/${locale}-nouns.ts`] = dataModule('build-uk-ru.ts', '// Space-separated lower-case words, nominative singular: other cases and the plural come by the language\'s endings.\n', [
      dataConstant('personNouns', `${language} nouns that denote a person ("аналітик", "мешканець").`, people.source, { singular: people.singular.join(' ') }),
      ...(surnames ? [dataConstant('surnameNouns', `${language} nouns of persons that are also surnames ("мельник", "коваль"; not "пацієнт").`, surnames.source, { singular: surnames.singular.join(' ') })] : []),
    ]);
  }
  return writeGenerated(outRoot, files);
}

runAsScript(import.meta.url, buildUkrainianRussian);
