/**
 * Voices: the sources of `sources.ts`, merged further into one entry per
 * person or body that speaks, each later mention with why it is the same
 * voice. `mergeSources` already joins a surname to its full name, a pronoun
 * to its antecedent and "the source" to the source before it; this pass adds
 * what needs the whole article: spelling variants of one name, a role the
 * article ties to a name ("Orlov's spokesman" after "Orlov's spokesman,
 * Oleg Marchenko"; "the Kremlin leader" for the person the article is about),
 * and an outlet's back-references ("the newspaper", "the publication").
 * Two separately described anonymous sources are never merged here.
 */
import { compileLexicon, type FoundAttribution } from './attribution';
import { type Inflection, nameKey } from './inflection';
import type { AttributionLexicon } from './lexicon/types';
import { nameInflection, type MergedSources, withoutArticle } from './sources';
import type { MergeReason, Source, VoiceMention } from './types';

/** The voices, and for each attribution (in the order given) the index of its voice. */
export interface Voices {
  sources: Source[];
  sourceOf: number[];
}

/** A name's surname shorter than this is never compared by spelling ("Li" / "Lu" are two people). */
const MIN_VARIANT_LENGTH = 5;
/** Spelling variants differ in at most this share of the longer surname's letters (Zelenkyy / Zelenko / Zelenk). */
const MAX_VARIANT_DISTANCE_SHARE = 0.2;
/** A role is read as the article's main person only when that person was named at least this often before it. */
const MIN_MENTIONS_FOR_ROLE = 3;

const LETTERS_ONLY = /[^\p{L}\p{N}]/gu;

/** Lower case, accents dropped, letters and digits only: "Zelenkyy’s" → "zelenskyys". */
export function foldName(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(LETTERS_ONLY, '');
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** Two surnames (already folded and stripped of case endings) that are spellings of one name. */
export function spellingVariants(a: string, b: string): boolean {
  if (a === b) return true;
  const longer = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) < MIN_VARIANT_LENGTH || a[0] !== b[0]) return false;
  const limit = Math.max(1, Math.floor(longer * MAX_VARIANT_DISTANCE_SHARE));
  return editDistance(a, b, limit) <= limit;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** A source's name split into words. */
function nameWords(name: string): string[] {
  return name.match(WORD) ?? [];
}

const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);

/** A personal name: every word capitalized ("Mykhailo Zelenkyy"), not a description ("the Kremlin leader"). */
function isPersonalName(source: Source): boolean {
  const words = nameWords(source.name);
  return source.type === 'person' && source.kind === 'on-record' && words.length > 0 && words.every(isCapitalized);
}

/** The surname of a personal name, folded and without case endings: the key its variants are compared by. */
function surnameKey(name: string, inflection: Inflection | null): string {
  const words = nameWords(name);
  return nameKey(foldName(words[words.length - 1] ?? ''), inflection);
}

/** The given name's first letter, or null when only a surname is known. */
function givenInitial(name: string): string | null {
  const words = nameWords(name);
  return words.length > 1 ? foldName(words[0]).slice(0, 1) : null;
}

/**
 * A description with no name in it ("the newspaper", "The publication",
 * "видання"): no capitalized word but a determiner or a common noun opening
 * a sentence.
 */
function isCommonDescription(f: FoundAttribution, lex: ReturnType<typeof compileLexicon>): boolean {
  const words = f.sourceTokens.filter((t) => t.isWord);
  return words.length > 0 && words.every((t, i) =>
    !t.capitalized || (i === 0 && (lex.determiners.has(t.bare) || lex.publicationNouns.has(t.bare) || lex.roleNouns.has(t.bare))));
}

/** "unn.ua" → "unn", "www.reuters.com" → "reuters": a host's name, to compare with an outlet named in the text. */
function hostName(outlet: string): string {
  const labels = outlet.toLowerCase().replace(/^www\./, '').split('.');
  return labels.length > 1 && /^[a-z0-9-]+$/.test(labels[labels.length - 1]) ? labels[labels.length - 2] : outlet;
}

/** Whether a voice is the publishing outlet itself ("UNN reports" on UNN's own page). */
export function isPublishingOutlet(source: Source, outlet: string | null): boolean {
  if (outlet === null || source.type !== 'publication') return false;
  const name = foldName(source.name);
  return name.length > 0 && (name === foldName(outlet) || name === foldName(hostName(outlet)));
}

const WORD_LETTERS = /[\p{L}\p{N}]+/gu;

const lowerFolded = (text: string) => text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/**
 * Merges the sources of `mergeSources` into voices. `outlet` is the
 * publishing outlet's name, which a back-reference never stands for: an
 * outlet calls another "the newspaper", not itself.
 */
export function clusterVoices(
  text: string,
  found: readonly FoundAttribution[],
  ids: readonly string[],
  merged: MergedSources,
  lexicon: AttributionLexicon,
  outlet: string | null,
): Voices {
  const lex = compileLexicon(lexicon);
  const inflection = nameInflection(lexicon);
  const sources = merged.sources;
  // The voice each source joins (itself unless merged into an earlier one), and why.
  const joins = sources.map((_, s) => s);
  const joinWhy: (MergeReason | null)[] = sources.map(() => null);
  const root = (s: number): number => (joins[s] === s ? s : root(joins[s]));
  // Each attribution id's index, looked up in constant time (`indexOf` for each made the voices quadratic).
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const firstAttribution = sources.map((source) => indexOf.get(source.attributions[0])!);

  const personal = sources.map(isPersonalName);
  const surnames = sources.map((s, k) => (personal[k] ? surnameKey(s.name, inflection) : ''));

  // How often each personal name's surname occurs in the text before a given offset: the article's main person.
  const surnameOffsets = new Map<string, number[]>();
  for (const match of text.matchAll(WORD)) {
    const key = nameKey(foldName(match[0].replace(/['’]s$/u, '')), inflection);
    if (!surnames.includes(key)) continue;
    const list = surnameOffsets.get(key) ?? [];
    list.push(match.index);
    surnameOffsets.set(key, list);
  }
  const mentionsBefore = (key: string, offset: number) => (surnameOffsets.get(key) ?? []).filter((at) => at < offset).length;

  /**
   * The earlier source that `accepts` and that a back-reference may stand for (named, not the page's own
   * outlet), mentioned last before source `s` first is; or null.
   */
  const namedLastBefore = (s: number, accepts: (k: number) => boolean): number | null =>
    [...Array(s).keys()]
      .filter((k) => accepts(k) && !isCommonDescription(found[firstAttribution[k]], lex) && !isPublishingOutlet(sources[k], outlet) && firstAttribution[k] < firstAttribution[s])
      .sort((x, y) => lastAttributionBefore(sources[y], indexOf, firstAttribution[s]) - lastAttributionBefore(sources[x], indexOf, firstAttribution[s]))[0] ?? null;

  for (let s = 0; s < sources.length; s++) {
    const source = sources[s];
    const f = found[firstAttribution[s]];
    // Earlier sources, nearest first.
    const earlier = [...Array(s).keys()].reverse();
    let target: number | null = null;
    let why: MergeReason | null = null;
    if (personal[s]) {
      // The same name spelled another way ("Zelenko" after "Mykhailo Zelenkyy").
      const initial = givenInitial(source.name);
      target = earlier.find((k) => {
        if (!personal[k] || !spellingVariants(surnames[k], surnames[s])) return false;
        const other = givenInitial(sources[k].name);
        return initial === null || other === null || initial === other;
      }) ?? null;
      why = 'variant';
    } else if (source.kind === 'on-record' && source.type === 'publication' && isCommonDescription(f, lex)) {
      // "the newspaper": the outlet cited last before it, other than the page's own.
      target = namedLastBefore(s, (k) => sources[k].type === 'publication');
      why = 'back-reference';
    } else if (source.kind === 'on-record' && source.type === 'person' && source.descriptor === null && source.name === f.source.text) {
      // A person described, not named ("Orlov's spokesman", "the Kremlin leader").
      const description = lowerFolded(withoutArticle(f.source.text, lex));
      // "Orlov's spokesman" after "Orlov's spokesman, Oleg Marchenko": the article tied the role to the name.
      target = earlier.find((k) => personal[k] && sources[k].descriptor !== null && lowerFolded(sources[k].descriptor!) === description) ?? null;
      why = 'apposition';
      const head = f.sourceTokens[f.head];
      if (target === null && head && lex.uniqueOffices.has(head.bare) && lex.definiteDeterminers.has(f.sourceTokens[0]?.bare ?? '')) {
        // "the Kremlin leader": a unique office, said of the person the article has named most so far
        // (who may speak only later in it).
        const counts = sources.map((_, k) => k).filter((k) => personal[k]).map((k) => ({ k, n: mentionsBefore(surnames[k], f.source.start) }));
        counts.sort((x, y) => y.n - x.n);
        const [best, second] = counts;
        if (best && best.n >= MIN_MENTIONS_FOR_ROLE && (!second || best.n > second.n)) target = best.k;
        why = 'role';
      }
    }
    if (target === null && source.kind === 'on-record' && source.descriptor === null && !f.pronoun) {
      // "As Reuters notes" after "Politico reported … Reuters reported": one name, which one mention showed to be
      // an outlet or a body; the voice keeps the type shown first.
      const name = lowerFolded(source.name);
      target = earlier.find((k) => sources[k].kind === 'on-record' && sources[k].type !== source.type && lowerFolded(sources[k].name) === name) ?? null;
      why = 'same name';
    }
    if (target === null && !f.pronoun && lex.anaphoricDeterminers.has(f.sourceTokens[0]?.bare ?? '') && isCommonDescription(f, lex)) {
      // "The group" after "a group of employees", "the officials" after "an airport official": the
      // same head noun, nearest first, of the same kind.
      const head = f.sourceTokens[f.head]?.bare ?? '';
      const singular = lex.morphology.pluralPattern.test(head) ? head.slice(0, -1) : head;
      target = earlier.find((k) => sources[k].kind === source.kind &&
        found[firstAttribution[k]].sourceTokens.some((t) => t.bare === head || t.bare === singular)) ?? null;
      why = 'back-reference';
      if (target === null && singular === head && (source.type === 'organization' || source.type === 'publication')) {
        // "the agency said" after "Reuters reported": the body or outlet named last before it, other than the
        // page's own ("the companies" are several bodies, not one voice).
        target = namedLastBefore(s, (k) => sources[k].kind === 'on-record' && (sources[k].type === 'organization' || sources[k].type === 'publication'));
      }
      if (target === null && source.type === 'document') {
        // "the statement said" after "the US military said in a statement": the voice whose statement it is.
        for (let i = firstAttribution[s] - 1; i >= 0 && target === null; i--) {
          const a = found[i];
          const rest = text.slice(a.sentence.start, a.source.start) + ' ' + text.slice(a.source.end, a.sentence.end);
          if (merged.sourceOf[i] !== s && (rest.toLowerCase().match(WORD_LETTERS) ?? ([] as string[])).includes(head)) target = merged.sourceOf[i];
        }
      }
    }
    if (target !== null && why !== null && root(target) !== s) {
      joins[s] = root(target);
      joinWhy[s] = why;
    }
  }
  return buildVoices(found, ids, merged, joins.map((_, s) => root(s)), joinWhy);
}

/** Index (into `ids`) of the source's last attribution before `limit`, or -1. */
function lastAttributionBefore(source: Source, indexOf: ReadonlyMap<string, number>, limit: number): number {
  let last = -1;
  for (const id of source.attributions) {
    const i = indexOf.get(id)!;
    if (i < limit && i > last) last = i;
  }
  return last;
}

/** One Source per voice, in order of first mention, with each later mention and why. */
function buildVoices(
  found: readonly FoundAttribution[],
  ids: readonly string[],
  merged: MergedSources,
  voiceOfSource: readonly number[],
  joinWhy: readonly (MergeReason | null)[],
): Voices {
  const order = [...new Set(merged.sourceOf.map((s) => voiceOfSource[s]))];
  const number = new Map(order.map((v, i) => [v, i]));
  const voices: Source[] = order.map((v, i) => ({ ...merged.sources[v], id: `s${i + 1}`, attributions: [], mentions: [] }));
  const sourceOf = merged.sourceOf.map((s) => number.get(voiceOfSource[s])!);
  // The attribution that introduces each voice: its own source's first (a role may come before the name it stands for).
  const introduction = new Set(order.map((v) => merged.sources[v].attributions[0]));
  // Each wording is explained once per voice: "Reuters" again needs no reason, and a long
  // article's hundredth "he" would only weigh down every message that carries the Report.
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const worded = voices.map((_, v) => new Set([lowerFolded(found[indexOf.get(merged.sources[order[v]].attributions[0])!].source.text)]));
  found.forEach((f, i) => {
    const s = merged.sourceOf[i];
    const voice = voices[sourceOf[i]];
    const wording = lowerFolded(f.source.text);
    if (!introduction.has(ids[i]) && !worded[sourceOf[i]].has(wording)) {
      worded[sourceOf[i]].add(wording);
      const joined = voiceOfSource[s] === s ? null : joinWhy[s];
      voice.mentions.push({ attribution: ids[i], text: f.markedSource.text, why: mentionWhy(f, merged.resolved[i], joined, merged.sources[s]) });
    }
    voice.attributions.push(ids[i]);
    // A merged source's fuller name ("Mykhailo Zelenkyy" over "Zelenko") names the voice.
    const named = merged.sources[s];
    if (joinWhy[s] === 'variant' && named.name.length > voice.name.length) {
      voice.name = named.name;
      voice.descriptor ??= named.descriptor;
    }
  });
  return { sources: voices, sourceOf };
}

/** Why an attribution's mention is its voice's: the merge that joined its source, else how `mergeSources` joined it. */
function mentionWhy(f: FoundAttribution, resolvedPronoun: boolean, joined: MergeReason | null, source: Source): VoiceMention['why'] {
  if (resolvedPronoun) return 'pronoun';
  if (joined !== null) return joined;
  // `mergeSources` joins an anonymous "the source" to the source it points back to, and a surname to its name.
  if (f.kind === 'anonymous' && lowerFolded(f.source.text) !== lowerFolded(source.name)) return 'back-reference';
  return 'same name';
}
