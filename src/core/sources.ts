/**
 * Sources: the distinct people and bodies the article credits, merged across
 * mentions ("Vladimir Orlov" / "Orlov"; "he" resolved to the person it stands
 * for), in order of first mention, each with its fullest name and what the
 * article says it is.
 */
import { type CompiledLexicon, compileLexicon, type FoundAttribution, type Mention, pastGender } from './attribution';
import type { AttributionLexicon } from './lexicon/types';
import { type Inflection, nameKey } from './inflection';
import type { Token } from './tokens';
import type { Kind, Source, SourceType } from './types';

/** The result of merging: the sources, and for each attribution its source and final kind. */
export interface MergedSources {
  sources: Source[];
  /** Per attribution (same order as given): index into `sources`. */
  sourceOf: number[];
  /** Per attribution: the kind and type after pronoun resolution. */
  kinds: { kind: Kind; type: SourceType }[];
  /** Per attribution: true when its source is a pronoun that was resolved. */
  resolved: boolean[];
}

/** How many earlier mentions a pronoun or a description may refer back to (keeps time linear). */
const MAX_LOOK_BACK = 30;

function joinTokens(text: string, tokens: readonly Token[], from: number, to: number): string {
  if (from >= to) return '';
  return text.slice(tokens[from].start, tokens[to - 1].end);
}

/** A source's name without its leading article ("the Kremlin" → "Kremlin"). */
export function withoutArticle(name: string, lex: CompiledLexicon): string {
  return lex.nameArticle ? name.replace(lex.nameArticle, '') : name;
}

/** The case endings of names a lexicon declares ("Умєрова" and "Умєров" are one name), or null. */
export function nameInflection(lexicon: AttributionLexicon): Inflection | null {
  const endings = lexicon.morphology.nameEndings;
  return endings && endings.length > 0 ? { endings, minStem: lexicon.morphology.minStem ?? 3 } : null;
}

/** A mention's name, descriptor and merge key. */
function describe(text: string, f: Mention, lexicon: AttributionLexicon): { name: string; descriptor: string | null; key: string } {
  const lex = compileLexicon(lexicon);
  const toks = f.sourceTokens;
  const isNameToken = (t: Token) =>
    t.isWord && t.capitalized && !lex.nonNameCapitals.has(t.bare) && !lex.placeNames.has(t.bare) &&
    !lex.roleNouns.has(t.bare) && !lex.organizationNouns.has(t.bare);
  if (f.kind === 'on-record' && (f.type === 'person' || f.type === 'group')) {
    // The segment whose last words form a personal name.
    for (let n = 0; n < f.segments.length; n++) {
      const [s, e] = f.segments[n];
      let last = e - 1;
      while (last >= s && !toks[last].isWord) last--;
      if (last < s || !isNameToken(toks[last])) continue;
      let first = last;
      while (first > s && isNameToken(toks[first - 1]) && !toks[first - 1].possessive) first--;
      // "High Commissioner for Human Rights": a name after a preposition is a body's, not the person's.
      if (first > s && lex.identifyingPrepositions.has(toks[first - 1].bare)) continue;
      // "Cmdr. Sam Whitfield", "Dr. Ravi Menon": a title abbreviation belongs to the name.
      while (first - 2 >= s && toks[first - 1].text === '.' && toks[first - 2].capitalized && toks[first - 2].text.length <= 5) first -= 2;
      const name = joinTokens(text, toks, first, last + 1);
      const parts = [joinTokens(text, toks, s, first).trim()]
        .concat(f.segments.filter((_, m) => m !== n).map(([a, b]) => joinTokens(text, toks, a, b)))
        .filter((p) => p.length > 0);
      return { name, descriptor: parts.length ? parts.join(', ') : null, key: 'name:' + nameKey(toks[last].bare, nameInflection(lexicon)) };
    }
  }
  const name = f.source.text;
  const base = withoutArticle(name, compileLexicon(lexicon)).toLowerCase().replace(/[’']/g, "'");
  const key = f.kind === 'on-record' && f.type !== 'person' && f.type !== 'group'
    ? 'body:' + base
    : 'mention:' + base;
  return { name, descriptor: null, key };
}

/**
 * The head noun of a definite description of an unnamed role ("the
 * analyst", "the source"), which may point back to an earlier mention; null
 * for any other source.
 */
function anaphoricHead(m: Mention, lexicon: AttributionLexicon): string | null {
  const lex = compileLexicon(lexicon);
  const first = m.sourceTokens[0];
  const head = m.sourceTokens[m.head];
  if (!first || !head) return null;
  // ("A local group opposed the plan. The group said …": a body's noun alone after "the" may point back to an
  // unnamed body brought in with "a"; only to one, `bodyAnaphor`.)
  if (bodyAnaphor(m, lexicon)) return head.bare;
  // ("… said a prominent Acme Party committee member … the APC member said": a definite description that
  // a body's name before its head identified may still point back to someone unnamed.)
  if (m.kind !== 'anonymous' && !bodyMemberAnaphor(m, lexicon)) return null;
  // (A bare noun the classifier took for a person or group is one, whatever its case form.)
  if (bareAnaphor(m, lexicon) || repeatedDescription(m, lexicon)) return head.bare;
  if (!lex.anaphoricDeterminers.has(first.bare)) return null;
  return lex.roleNouns.has(head.bare) || lex.personNouns.has(head.bare) || lex.anonymousNouns.has(head.bare) ? head.bare : null;
}

/** Most words of "the APC member": a determiner, a body's name, the head. */
const MAX_BODY_MEMBER_WORDS = 4;

/** "The APC member", "the Acme engineer": a person noun after "the" and capitalised words only, which name a body. */
function bodyMemberAnaphor(m: Mention, lexicon: AttributionLexicon): boolean {
  const lex = compileLexicon(lexicon);
  const tokens = m.sourceTokens;
  return m.kind === 'on-record' && m.type === 'person' && m.segments.length === 1 && tokens.length >= 3 && tokens.length <= MAX_BODY_MEMBER_WORDS &&
    m.head === tokens.length - 1 && lex.anaphoricDeterminers.has(tokens[0].bare) && tokens.slice(1, m.head).every((t) => t.capitalized) &&
    (lex.roleNouns.has(tokens[m.head].bare) || lex.personNouns.has(tokens[m.head].bare));
}

/** "The group", "the company": a body's noun alone after a determiner that points back. */
function bodyAnaphor(m: Mention, lexicon: AttributionLexicon): boolean {
  const lex = compileLexicon(lexicon);
  return m.kind === 'on-record' && m.type === 'organization' && m.sourceTokens.length === 2 && m.head === 1 &&
    lex.anaphoricDeterminers.has(m.sourceTokens[0].bare) && lex.organizationNouns.has(m.sourceTokens[1].bare);
}

/**
 * Without articles a bare noun may point back ("За словами активістки" after "еко-активістка Ірина
 * Левченко"): a phrase that is its head alone. It refers back only where an earlier mention has the
 * same noun; unlike "the senator", it is no one the reader has met when none has.
 */
function bareAnaphor(m: Mention, lexicon: AttributionLexicon): boolean {
  const lex = compileLexicon(lexicon);
  // ("Колишній ректор додав" after the former rector spoke: a former holder's word adds no one.)
  const former = m.sourceTokens.length === 2 && m.head === 1 && lex.formerModifiers.has(m.sourceTokens[0].bare);
  return lex.articleless && ((m.sourceTokens.length === 1 && m.head === 0) || former);
}

/** Most words of a repeated description ("головна лікарка лікарні"). */
const MAX_REPEATED_DESCRIPTION_WORDS = 4;

/**
 * Without articles a description of several words may point back too ("— сказала головна лікарка" after
 * "Головна лікарка лікарні Ірина Савчин розповіла"): lowercase words only, no quantifier, number or
 * determiner. It refers back only where an earlier mention's description has every one of its words
 * (`repeats`); "місцева лікарка" is someone else.
 */
function repeatedDescription(m: Mention, lexicon: AttributionLexicon): boolean {
  const lex = compileLexicon(lexicon);
  const tokens = m.sourceTokens;
  return lex.articleless && m.kind === 'anonymous' && m.segments.length === 1 && tokens.length > 1 && tokens.length <= MAX_REPEATED_DESCRIPTION_WORDS &&
    tokens.every((t, k) => t.isWord && (k === 0 || !t.capitalized) && !lex.anonymousQuantifiers.has(t.bare) && !lex.numberWords.has(t.bare) &&
      !lex.anaphoricDeterminers.has(t.bare) && !lex.indefiniteDeterminers.has(t.bare));
}

/** Does every word of `m` stand among the words that describe an earlier mention (each in any case form)? */
function repeats(m: Mention, words: readonly Token[], inflection: Inflection | null): boolean {
  return m.sourceTokens.every((t) => words.some((w) => sameNoun(w.bare, t.bare, inflection)));
}

/**
 * The words of a mention that say what its speaker is: in each apposition, those after a possessor and before a
 * complement. "the senator" may point back to "Acme analyst and senator Jane Roe", not to "the Texas senator's
 * allies" nor to "a spokesman for the senator".
 */
function describingWords(m: Mention, lexicon: AttributionLexicon): Token[] {
  const lex = compileLexicon(lexicon);
  return m.segments.flatMap(([start, end]) => {
    let from = start;
    // (A possessor that ends the mention is its head: "A local man’s decision" brings in a man.)
    for (let k = start; k < end - 1; k++) if (m.sourceTokens[k].possessive) from = k + 1;
    // (A count of a group names its members: "One of the doctors", "Один из врачей".)
    if (from + 2 < end && lex.determiners.has(m.sourceTokens[from].bare) && lex.identifyingPrepositions.has(m.sourceTokens[from + 1].bare)) {
      from += 2;
      while (from < end - 1 && lex.determiners.has(m.sourceTokens[from].bare)) from++;
    }
    let to = from;
    while (to < end && !(to > from && !m.sourceTokens[to].capitalized && lex.postModifierOpeners.has(m.sourceTokens[to].bare))) to++;
    return m.sourceTokens.slice(from, to);
  });
}

/**
 * One noun in two mentions: the same word, or its case form, or a part of a compound ("еко-активістка"; either noun of
 * "Лікар-анестезіолог", whom "лікар" may point back to).
 */
function sameNoun(word: string, anaphor: string, inflection: Inflection | null): boolean {
  if (word === anaphor) return true;
  if (!inflection) return false;
  const key = nameKey(anaphor, inflection);
  return word.split('-').some((part) => nameKey(part, inflection) === key);
}

/** Is `word` the plural of `noun`, by the language's plural ending ("engineers" of "engineer")? */
function pluralOf(word: string, noun: string, lexicon: AttributionLexicon): boolean {
  return word.length > noun.length && word.startsWith(noun) && word.length - noun.length <= 2 && compileLexicon(lexicon).morphology.pluralPattern.test(word);
}

/** The word of a source that is one capitalised word taken for a common noun ("said Powers"), or null. */
function loneCapital(m: Mention): string | null {
  const [t] = m.sourceTokens;
  return m.sourceTokens.length === 1 && !m.pronoun && t.capitalized && !(m.kind === 'on-record' && m.type === 'person') ? t.bare : null;
}

/** Whether a mention's head segment ends in a name of two or more capitalised words whose last is `surname`. */
function endsWithName(m: Mention, surname: string, inflection: Inflection | null): boolean {
  const [from, to] = m.segments[m.headSegment] ?? [0, m.sourceTokens.length];
  let last = to - 1;
  while (last > from && !m.sourceTokens[last].isWord) last--;
  const name = m.sourceTokens[last];
  return last > from && m.sourceTokens[last - 1].capitalized && name.capitalized && sameNoun(name.bare, surname, inflection);
}

/**
 * The type a pronoun must stand for to refer to `m`: people joined by "and" are a group ("Mr. X and Mr. Y … they
 * said"); an "and" inside a complement joins no people ("собеседник в министерстве энергетики и ЖКХ").
 */
function pronounType(m: Mention, type: SourceType, lexicon: AttributionLexicon): SourceType {
  if (type !== 'person') return type;
  const lex = compileLexicon(lexicon);
  const [from, to] = m.segments[m.headSegment] ?? [0, m.sourceTokens.length];
  for (let k = from + 1; k < to - 1; k++) {
    const t = m.sourceTokens[k];
    if (!t.capitalized && (lex.postModifierOpeners.has(t.bare) || lex.identifyingPrepositions.has(t.bare) || lex.objectPrepositions.has(t.bare))) break;
    if (lex.coordinators.has(t.bare)) return 'group';
  }
  return type;
}

/** A pronoun that stands for one person only ("he", "she"). */
const isOnePerson = (refersTo: readonly SourceType[]) => refersTo.length === 1 && refersTo[0] === 'person';

/** An unnamed asker: one who asked ("a voter asked", "was asked by a caller"), or a questioner by name of role. */
function asks(m: Mention | FoundAttribution, lexicon: AttributionLexicon): boolean {
  const lex = compileLexicon(lexicon);
  return ('cue' in m && lex.questionVerbs.has(m.cue.text.toLowerCase())) || lex.askerNouns.has(m.sourceTokens[m.head]?.bare ?? '');
}

/** Does a gendered pronoun meet a noun of the other gender ("a woman" … "he")? */
/** The pronoun's gender and the one its antecedent's head noun gives, where each has one. */
function genders(pronoun: Mention, antecedent: Mention, lexicon: AttributionLexicon): ['female' | 'male' | undefined, 'female' | 'male' | undefined] {
  const lex = compileLexicon(lexicon);
  return [lex.pronounGender.get(pronoun.sourceTokens[0]?.bare ?? ''), lex.genderOfNoun.get(antecedent.sourceTokens[antecedent.head]?.bare ?? '')];
}

/** Does the antecedent's head noun give the pronoun's gender ("mother" for "she")? */
/**
 * Is `anaphor` a role above the antecedent's head noun ("the investor" after "a shareholder"), one below it that
 * adds only a gender ("the mother" after "one parent"), or a noun of that gender alone ("the woman" after "one
 * mother")? Not an office one person holds ("the judge" is someone else).
 */
function relatedRole(anaphor: string, antecedent: Mention, lexicon: AttributionLexicon): boolean {
  const lex = compileLexicon(lexicon);
  const head = antecedent.sourceTokens[antecedent.head]?.bare ?? '';
  if (lex.uniqueOffices.has(anaphor)) return false;
  // ("One mother … the woman said": a gendered noun with no role above it says only that gender, which the antecedent's has.)
  const gender = lex.genderOfNoun.get(anaphor);
  const genderOnly = gender !== undefined && !lex.roleHypernyms.has(anaphor) && lex.genderOfNoun.get(head) === gender;
  return genderOnly || (lex.roleHypernyms.get(head)?.has(anaphor) ?? false) || ((lex.roleHypernyms.get(anaphor)?.has(head) ?? false) && gender !== undefined);
}

function sameGender(pronoun: Mention, antecedent: Mention, lexicon: AttributionLexicon): boolean {
  const [gender, nounGender] = genders(pronoun, antecedent, lexicon);
  return gender !== undefined && gender === nounGender;
}

function otherGender(pronoun: Mention, antecedent: Mention, lexicon: AttributionLexicon): boolean {
  const [gender, nounGender] = genders(pronoun, antecedent, lexicon);
  return gender !== undefined && nounGender !== undefined && gender !== nounGender;
}

/** The gender a past verb of saying gives its subject ("заявила"), where the language's verbs agree. */
function cueGender(f: FoundAttribution, lexicon: AttributionLexicon): 'female' | 'male' | undefined {
  return pastGender(compileLexicon(lexicon), f.cue.text.toLowerCase().split(/\s+/).pop() ?? '');
}

/** Is the attribution's verb plural ("сходятся", "заявили"), where the language's verbs show it? */
function pluralCue(f: FoundAttribution, lexicon: AttributionLexicon): boolean {
  const verb = f.cue.text.toLowerCase().split(/\s+/)[0] ?? '';
  return compileLexicon(lexicon).morphology.pluralVerbPattern?.test(verb) ?? false;
}

/** Do two attributions' verbs give their speakers different genders? */
function cuesDisagree(a: FoundAttribution, b: FoundAttribution, lexicon: AttributionLexicon): boolean {
  const [one, other] = [cueGender(a, lexicon), cueGender(b, lexicon)];
  return one !== undefined && other !== undefined && one !== other;
}

/** Does offset `at` lie inside a quotation opened after `from` (more opening guillemets or curly quotes than closing ones before it)? */
function insideQuotation(text: string, from: number, at: number): boolean {
  if (at < from) return false;
  const before = text.slice(from, at);
  return (before.match(/[«“]/gu)?.length ?? 0) > (before.match(/[»”]/gu)?.length ?? 0);
}

/** Does `at` lie in the quotation the attribution's cue closes ("— Хирургов в районе не будет. …, — рассказал врач")? */
function inOwnQuotation(f: FoundAttribution, at: number): boolean {
  return f.quote !== null && at >= f.quote.start && at < f.quote.end;
}

/** Is the sentence at `start` the one ending at `sentenceEnd` or the next one? */
function continuesFrom(text: string, sentenceEnd: number | null, start: number): boolean {
  if (sentenceEnd === null) return false;
  return sentenceEnd >= start || text.slice(sentenceEnd, start).replace(OPENING_MARKS, '').trim() === '';
}

/**
 * Is the sentence at `start` the one ending at `sentenceEnd`, the next one, or the next past direct speech that goes on
 * in the speaker's paragraph ("…, — рассказала пенсионерка Валентина Семушкина. — Если бы не сын, … осталась. ¶ По словам
 * женщины, …")?
 */
function continuesPastSpeech(text: string, sentenceEnd: number | null, start: number): boolean {
  if (sentenceEnd === null || continuesFrom(text, sentenceEnd, start)) return sentenceEnd !== null;
  const speech = text.slice(sentenceEnd, start).trim();
  return SPEECH_OPENING.test(speech) && !speech.includes('\n');
}

/** A dash or an opening quotation mark, which opens a sentence of direct speech. */
const SPEECH_OPENING = /^[—–«“„]/u;

/** Quotation marks and dashes that may open a sentence of direct speech. */
const OPENING_MARKS = /["“„«‘'—–-]/gu;

/**
 * Where the attribution's sentence opens, or the quotation its cue closes where that opens earlier ("«… заранее.
 * Любая утечка …», — пояснила эксперт"): what the speaker before says runs on to it.
 */
function quotationStart(f: FoundAttribution): number {
  return f.quote !== null && f.quote.start < f.sentence.start ? f.quote.start : f.sentence.start;
}

/** How many sentence ends stand between `from` and `to`. */
function sentenceEndsBetween(text: string, from: number, to: number): number {
  return to < from ? 0 : text.slice(from, to).match(/[.!?]["”’»]?\s/gu)?.length ?? 0;
}

/** Most sentence ends between `from` and `to` for `nearby`: the mention's own and one more. */
const NEARBY_SENTENCE_ENDS = 2;

/** Does the text from `from` to `to` hold at most two sentence ends (the mention's sentence and the next)? */
function nearby(text: string, from: number, to: number): boolean {
  return sentenceEndsBetween(text, from, to) <= NEARBY_SENTENCE_ENDS;
}

/** Heads that describe someone the article does not name ("source", "official", "insider"). */
function unnamedHead(head: string, lexicon: AttributionLexicon): boolean {
  const lex = compileLexicon(lexicon);
  return lex.anonymousNouns.has(head) || lex.unnamedInsiderNouns.has(head) || lex.retinueNouns.has(head) || lex.anonymousQuantifiers.has(head);
}

/** Heads that describe an informant the article does not name ("source", "interlocutor"), not the holder of a post. */
function sourceHead(head: string, lexicon: AttributionLexicon): boolean {
  const lex = compileLexicon(lexicon);
  return lex.anonymousNouns.has(head) || lex.retinueNouns.has(head) || lex.anonymousQuantifiers.has(head);
}

/**
 * Merges the mentions behind `found` (in text order) into sources. A pronoun
 * source takes the nearest earlier mention of a type it can stand for: an
 * attribution's source, or the named subject of a sentence (`mentions`).
 */
export function mergeSources(
  text: string,
  found: readonly FoundAttribution[],
  mentions: readonly Mention[],
  ids: readonly string[],
  lexicon: AttributionLexicon,
  capitalisedInside: ReadonlySet<string> = new Set(),
): MergedSources {
  const sources: Source[] = [];
  const byKey = new Map<string, number>();
  const sourceOf: number[] = [];
  const kinds: { kind: Kind; type: SourceType }[] = [];
  const resolved: boolean[] = [];

  /** The source entry of a mention, created on first use. */
  const sourceFor = (m: Mention): number => {
    const { name, descriptor, key } = describe(text, m, lexicon);
    let s = m.pronoun ? undefined : byKey.get(key);
    if (s === undefined) {
      s = sources.length;
      sources.push({ id: `s${s + 1}`, name, descriptor, kind: m.kind, type: m.type, attributions: [], mentions: [] });
      if (!m.pronoun) byKey.set(key, s);
    } else {
      const source = sources[s];
      if (name.length > source.name.length && descriptor === null && source.descriptor === null) source.name = name;
      if (source.descriptor === null && descriptor !== null) source.descriptor = descriptor;
    }
    return s;
  };

  // Does the article write the noun as a title before a name ("candidate Ben Carson", "campaign manager Barry Bennett")?
  const titled = new Map<string, boolean>();
  const titlesAName = (noun: string): boolean => {
    let answer = titled.get(noun);
    if (answer === undefined) {
      // (Its first letter either case, "Candidate Ben Carson"; its ending any, for inflected forms.)
      const rest = noun.slice(1).replace(/[^\p{L}\p{N}]/gu, (c) => `\\${c}`);
      answer = new RegExp(`(?<![\\p{L}\\p{N}])[${noun[0].toLowerCase()}${noun[0].toUpperCase()}]${rest}\\p{Ll}*\\s+\\p{Lu}\\p{Ll}`, 'u').test(text);
      titled.set(noun, answer);
    }
    return answer;
  };

  // Is a body first met unnamed named by a mention with its noun in the sentence after? (Mentions are in text
  // order, from `from` on: only those up to the next sentence or so are read.)
  const namedNext = (f: FoundAttribution, from: number): boolean => {
    const head = f.sourceTokens[f.head]?.bare;
    if (head === undefined) return false;
    for (let k = from; k < mentions.length; k++) {
      const m = mentions[k];
      if (m.source.start < f.sentence.end) continue;
      if (!nearby(text, f.sentence.end, m.source.start)) return false;
      if (!m.describedOnly && m.kind === 'on-record' && m.type === 'organization' && m.segments.length > 1 && sameNoun(m.sourceTokens[m.head]?.bare ?? '', head, inflection)) return true;
    }
    return false;
  };

  // Earlier mentions a pronoun may refer to, newest last: attributions' sources and sentence subjects.
  const inflection = nameInflection(lexicon);
  const shownAsNames = new Set([...capitalisedInside].map((word) => nameKey(word, inflection)));
  // ("Причина, по его словам, …", "Время в пути вырастет, предупредил эксперт": without articles, a common noun opens a sentence
  // as bare as a name does; a lone capitalised word as a sentence's subject is someone only where the article writes it
  // capitalised inside a sentence too, in any case form.)
  const bareOpening = (a: { mention: Mention; kind: Kind; type: SourceType }): boolean => {
    const [word] = a.mention.sourceTokens;
    return compileLexicon(lexicon).articleless && !('cue' in a.mention) && a.kind === 'on-record' && a.type === 'person' && a.mention.sourceTokens.length === 1 &&
      word.capitalized && !shownAsNames.has(nameKey(word.bare, inflection));
  };
  const antecedents: { at: number; mention: Mention; kind: Kind; type: SourceType; source: number | null; sentenceEnd: number | null }[] = [];
  // Does an attribution before antecedent k, in its sentence, report it, its speaker of a type `fits` takes? (As far back as
  // a pronoun looks, so that an article of subjects with no attribution keeps the time linear.)
  const reportedBy = (k: number, fits: (type: SourceType) => boolean): boolean => {
    const at = antecedents[k].at;
    for (let j = k - 1; j >= Math.max(0, k - MAX_LOOK_BACK); j--) {
      const b = antecedents[j].mention;
      if (!('cue' in b)) continue;
      const sentence = (b as FoundAttribution).sentence;
      if (sentence.end <= at) return false;
      if (sentence.start <= at && fits(pronounType(b, antecedents[j].type, lexicon))) return true;
    }
    return false;
  };
  let nextMention = 0;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    while (nextMention < mentions.length && mentions[nextMention].source.start < f.source.start) {
      const m = mentions[nextMention++];
      antecedents.push({ at: m.source.start, mention: m, kind: m.kind, type: m.type, source: null, sentenceEnd: null });
    }
    let s: number | null = null;
    let kind = f.kind;
    let type = f.type;
    const anaphor = anaphoricHead(f, lexicon);
    let oneOfThem = false;
    if (anaphor !== null) {
      const lex = compileLexicon(lexicon);
      const sexOnly = bareAnaphor(f, lexicon) && lex.genderOfNoun.has(anaphor) && !lex.roleHypernyms.has(anaphor);
      // "the analyst" after "Acme analyst Jane Roe": the same source.
      for (let k = antecedents.length - 1; k >= Math.max(0, antecedents.length - MAX_LOOK_BACK); k--) {
        const a = antecedents[k];
        const m = a.mention;
        if (m.pronoun || m.pronounOnly || m === f) continue;
        // ("The chief operating officer of a distributor …, who spoke on condition of anonymity, said": one who asks not to be
        // named is no one the article has named.)
        if (f.unnamedOnRequest && a.kind === 'on-record') continue;
        const words = describingWords(m, lexicon);
        // ("One parent, whose daughter …, told …. '…,' the mother said": or a role above or below the noun of an unnamed
        // person who has just spoken.)
        const related = a.kind === 'anonymous' && a.type === 'person' && 'cue' in m && relatedRole(anaphor, m, lexicon) && nearby(text, m.source.end, f.sentence.start);
        // ("Several former engineers described …. One, who …, said …. '…,' the engineer said": one unnamed group's noun in the
        // plural, just before, makes the singular one of them, unnamed too, where articles mark the singular.)
        const oneOfGroup = !compileLexicon(lexicon).articleless && a.kind === 'anonymous' && a.type === 'group' && 'cue' in m && nearby(text, m.source.end, f.sentence.start) &&
          words.some((t) => pluralOf(t.bare, anaphor, lexicon));
        if (oneOfGroup) {
          kind = 'anonymous';
          type = 'person';
          oneOfThem = true;
          break;
        }
        // (A person's mention in the plural is one of them: "the doctor" after "One of the doctors".)
        if (!related && !words.some((t) => sameNoun(t.bare, anaphor, inflection) || (a.type === 'person' && pluralOf(t.bare, anaphor, lexicon)))) continue;
        // ("– …, – каже мешканка села Оксана Головко. ¶ Жінка розповіла": without articles, a bare noun that says only a sex
        // is whoever just spoke, not one it described further back.)
        if (sexOnly && !nearby(text, m.source.end, f.sentence.start)) continue;
        if (repeatedDescription(f, lexicon) && !repeats(f, words, inflection)) continue;
        // ("Аналитики … сходятся во мнении" after "аналитик Иван Петров": people, as their plural verb says, are not
        // the one named.)
        if (bareAnaphor(f, lexicon) && a.type === 'person' && pluralCue(f, lexicon)) continue;
        // ("— пояснила эксперт" after "Опрошенные … эксперты сходятся во мнении": nor is one, as a singular past verb says, the
        // people.)
        if (bareAnaphor(f, lexicon) && a.type === 'group' && cueGender(f, lexicon) !== undefined) continue;
        // (A body's noun only to a body brought in with "a" in the sentence before or so: "the company" after "Acme
        // Corp. … the company" stays the named one.)
        // ("One crane operator …, who asked not to be named, said …. the operator said": or to an unnamed person the noun
        // also names, who spoke just before.)
        // ("A bus operator who has worked … said …. '…,' the operator said": or an unnamed speaker read as a body, the noun
        // being both.)
        const unnamedSpeaker = a.kind === 'anonymous' && (a.type === 'person' || a.type === 'organization') && 'cue' in m;
        const bodyBefore = m.describedOnly && m.type === 'organization';
        if (bodyAnaphor(f, lexicon) && !((bodyBefore || unnamedSpeaker) && nearby(text, m.source.end, f.sentence.start))) continue;
        // (Someone brought in with "a": "greeted by an organizer. … the organizer told them", "a 43-year-old man …
        // the man wrote"; further on, not where the article also names someone so described: "the candidate" is
        // then the one it is about.)
        if (m.describedOnly && !nearby(text, m.source.end, f.sentence.start) && titlesAName(anaphor)) continue;
        a.source ??= sourceFor(m);
        s = a.source;
        kind = a.kind;
        type = a.type;
        break;
      }
      // "— сказав наставник" after "Головний тренер Василь Дячук переконаний …": with no earlier mention of its
      // noun, a bare noun of a person is the one who spoke last, in its sentence or the one before, when their
      // verbs agree in gender; an unnamed insider's noun ("співрозмовник") is someone else.
      // (An office's unnamed holder, "посадовець", may be the one who just spoke; a source, "співрозмовник", is not.)
      // (Not one who asks right there not to be named: "– сказав він, попросивши не вказувати його імені".)
      if (s === null && bareAnaphor(f, lexicon) && f.type === 'person' && !sourceHead(anaphor, lexicon) && !f.unnamedOnRequest) {
        // (No other person between: a mention of someone since is whom the noun may mean; not one inside the
        // quotation the noun's verb closes, "«… коли лідер піднімає ціни …», – зазначив аналітик", nor a plural,
        // "інші виробники".)
        const plural = (m: Mention) => compileLexicon(lexicon).morphology.pluralPattern?.test(m.sourceTokens[m.head]?.bare ?? '') ?? false;
        let k = antecedents.length - 1;
        // (Nor one quoted as speaking inside that quotation: "«Мастер сказал: …», — рассказал рабочий".)
        while (k >= 0 && (inOwnQuotation(f, antecedents[k].at) || bareOpening(antecedents[k]) || (!('cue' in antecedents[k].mention) &&
          (antecedents[k].type !== 'person' || insideQuotation(text, f.sentence.start, antecedents[k].at) || plural(antecedents[k].mention))))) k--;
        const last = k >= 0 ? antecedents[k] : undefined;
        if (last !== undefined && last.source !== null && last.type === 'person' && 'cue' in last.mention && continuesPastSpeech(text, last.sentenceEnd, quotationStart(f)) &&
          !cuesDisagree(f, last.mention as FoundAttribution, lexicon)) {
          s = last.source;
          kind = last.kind;
        }
        // ("Сам Гречко вину не признал. «…», — заявил подсудимый": or, closing a quotation, the named subject of the sentence
        // right before, who did not speak there.)
        // ("Серед тих, хто повірив, – мешканка Надбузька Галина Кравець. Жінка розповіла": so is one named just before for a
        // noun that says only a sex.)
        const namedSubject = last !== undefined && ((f.quote !== null && f.quote.end <= f.cue.start) || sexOnly) && !('cue' in last.mention) && last.kind === 'on-record' && last.type === 'person' && !last.mention.pronoun &&
          sentenceEndsBetween(text, last.mention.source.end, quotationStart(f)) <= 1;
        if (s === null && namedSubject) {
          last.source ??= sourceFor(last.mention);
          s = last.source;
          kind = last.kind;
        }
      }
      // "The senator said" with no earlier mention of a senator: a description of someone the
      // reader has met by name; only unnamed insiders ("the official", "the source") stay unnamed.
      if (s === null && !oneOfThem && !unnamedHead(anaphor, lexicon) && !bareAnaphor(f, lexicon) && !repeatedDescription(f, lexicon) && !f.unnamedOnRequest) kind = 'on-record';
    }
    // "… according to a group of employees. The group, WeWorkers Coalition, formed …": a body the article
    // names as soon as it has brought it in is on the record.
    if (kind === 'anonymous' && type === 'organization' && s === null && namedNext(f, nextMention)) kind = 'on-record';
    const surname = loneCapital(f);
    if (surname !== null) {
      // '"…," said Powers' after "Tim Powers, a farmer": a capitalised word the classifier read as a noun
      // ("sowers") is the surname of a person the article named.
      for (let k = antecedents.length - 1; k >= Math.max(0, antecedents.length - MAX_LOOK_BACK); k--) {
        const a = antecedents[k];
        if (a.kind !== 'on-record' || a.type !== 'person' || a.mention.pronoun || !endsWithName(a.mention, surname, inflection)) continue;
        a.source ??= sourceFor(a.mention);
        s = a.source;
        kind = a.kind;
        type = a.type;
        break;
      }
    }
    if (f.pronoun) {
      for (let k = antecedents.length - 1; k >= Math.max(0, antecedents.length - MAX_LOOK_BACK); k--) {
        const a = antecedents[k];
        // Someone brought in with "a" only when the noun gives the pronoun's gender, in the next sentence or so
        // ("… spoke to one mother, who …. '…,' she said").
        if (a.mention.describedOnly && !(sameGender(f, a.mention, lexicon) && nearby(text, a.mention.source.end, f.sentence.start))) continue;
        // (Not in the pronoun's own sentence: "Roe argued …. State departments can do that, they said.")
        // (One unnamed person, who did not speak there, only right before the pronoun's sentence or the quotation it closes.)
        const unnamedPerson = a.mention.pronounOnly && a.type === 'person' && !a.mention.unnamedOnRequest;
        if (a.mention.pronounOnly && (a.mention.source.end > f.sentence.start || !nearby(text, a.mention.source.end, a.mention.unnamedOnRequest ? quotationStart(f) : f.sentence.start))) continue;
        if (unnamedPerson && sentenceEndsBetween(text, a.mention.source.end, quotationStart(f)) > 1) continue;
        const referentType = pronounType(a.mention, a.type, lexicon);
        if (!f.pronoun.includes(referentType)) continue;
        // ("«…», – сказав він, попросивши не вказувати його імені": one who asks not to be named is no one the article has named.)
        if (f.unnamedOnRequest && a.kind === 'on-record') continue;
        if (bareOpening(a)) continue;
        // ("За словами нашого співрозмовника, Сидоренко знав …. «…», — сказала вона": the subject of words a speaker the
        // pronoun may stand for reports in that sentence is what was said, not who speaks on.)
        // ("Кроме того, Elvaro перечислит …, добавил он": nor is the subject of what the pronoun's own verb, after a comma, reports;
        // "McAuliffe tried to walk back his comments a day after he said them" is his.)
        const reportedBefore = a.at >= f.sentence.start && /[,—–]\s*$/u.test(text.slice(a.mention.source.end, Math.min(f.cue.start, f.source.start)));
        if (!('cue' in a.mention) && (reportedBy(k, (type) => f.pronoun!.includes(type)) || reportedBefore)) continue;
        // "he"/"she" for someone unnamed: writers rarely give an unnamed source a gender, so the pronoun
        // takes one only while that source is still speaking (its sentence or the one before); further
        // back it is someone the article names.
        // (Where past verbs show the gender, a pronoun whose verb agrees with the unnamed one's may go on a sentence or two
        // later, past direct speech too: "Військовий однієї з бригад … підтвердив …. Його ім'я … не називає …. ¶ – …, – сказав він".)
        const gendered = () => 'cue' in a.mention && cueGender(f, lexicon) !== undefined && cueGender(f, lexicon) === cueGender(a.mention as FoundAttribution, lexicon) &&
          nearby(text, a.mention.source.end, quotationStart(f));
        // ("Посадовець ОВА, який побажав залишитися неназваним, налаштований менш оптимістично. «…», – сказав він": or one who asked
        // not to be named, brought in as a sentence's subject just before.)
        if (a.kind === 'anonymous' && isOnePerson(f.pronoun) && !a.mention.describedOnly && !continuesFrom(text, a.sentenceEnd, f.sentence.start) && !gendered() &&
          !(a.mention.pronounOnly && (a.mention.unnamedOnRequest || unnamedPerson))) continue;
        // 'A reporter asked if …. "You know," he said': who answers is not who asked.
        if (a.kind === 'anonymous' && isOnePerson(f.pronoun) && asks(a.mention, lexicon)) continue;
        // "Assange was accused by a woman …. He denied it": "he" is no woman.
        if (otherGender(f, a.mention, lexicon)) continue;
        // (Whoever a pronoun stands for has spoken last: "Інна Бойко розповіла …. Вона наголосила …. ¶ «…», – сказала посадовиця".)
        a.sentenceEnd = f.sentence.end;
        a.source ??= sourceFor(a.mention);
        s = a.source;
        kind = a.kind;
        type = referentType;
        break;
      }
    }
    const isResolved = s !== null && f.pronoun !== null;
    if (s === null) s = sourceFor(f);
    sources[s].attributions.push(ids[i]);
    sourceOf.push(s);
    kinds.push({ kind, type });
    resolved.push(isResolved);
    if (!f.pronoun) antecedents.push({ at: f.source.start, mention: f, kind, type, source: s, sentenceEnd: f.sentence.end });
  }
  // Sources appear in order of first mention by an attribution.
  const order = [...new Set(sourceOf)];
  const renumber = new Map(order.map((old, i) => [old, i]));
  const kept = order.map((old, i) => ({ ...sources[old], id: `s${i + 1}` }));
  return { sources: kept, sourceOf: sourceOf.map((old) => renumber.get(old)!), kinds, resolved };
}
