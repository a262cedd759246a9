/**
 * A sentence's attributions put together: each cue with its source, kind
 * and type, quotation and stated reason, one per source; and, where a
 * sentence has none, its named subject for later pronouns to refer to, and
 * the unnamed people it brings in with "a" for later descriptions to.
 */
import { pushAll } from '../arrays';
import type { AttributionLexicon } from '../lexicon/types';
import { quoteAt, type QuoteSpan } from '../quotes';
import { type Token, tokenize } from '../tokens';
import type { Kind, SourceType, Span } from '../types';
import { compileLexicon } from './lexicon';
import { classify, isBareName, type SourceClass } from './classify';
import { type Cue, findCues } from './cues';
import { connectiveAt, nounPhraseRight, type Phrase, relayAt, sentenceSubject } from './noun-phrases';
import { quoteFor } from './quotation';
import { inQuotedName, isComma, isDash, isLexiconNoun, namesPeople, isNameQuoteMark, isNameWord, isPersonalNameWord, isPlural, lexicalForm, matchPhrase, namesByShape, type Reading, span } from './reading';
import { asksAnonymity, reasonFor, requestAt, requestRunsTo } from './reasons';
import { type FoundSource, sourceFor } from './source-of-cue';

/** A mention of a possible source: what a pronoun may refer back to. */
export interface Mention {
  kind: Kind;
  type: SourceType;
  source: Span;
  /** For a pronoun source: the types it may refer to; resolution is `sources.ts`'s job. */
  pronoun: readonly SourceType[] | null;
  /** The tokens of the source phrase, and which apposition holds the head. */
  sourceTokens: Token[];
  segments: [number, number][];
  headSegment: number;
  head: number;
  /**
   * Someone unnamed brought in by "a"/"an" outside any attribution ("greeted by an organizer"): a later
   * description may point back to them ("the organizer told them"), a pronoun does not (the sentence's
   * subject is likelier).
   */
  describedOnly?: boolean;
  /** Unnamed people as a sentence's subject, not quoted: only a pronoun close after may refer back to them. */
  pronounOnly?: boolean;
  /** The source asked not to be named ("the woman, who did not want to be named"): no earlier mention makes it someone named. */
  unnamedOnRequest?: boolean;
}

/** One attribution as found, before ids and source merging. */
export interface FoundAttribution extends Mention {
  /** The source as the report marks it: the mention, and the relative pronoun that stands for it as the cue's subject ("Zelenko, who"). */
  markedSource: Span;
  cue: Span;
  sentence: Span;
  quote: Span | null;
  reason: Span | null;
  unnamedOnRequest: boolean;
}

/** More cues than this in one sentence is not prose; the rest are ignored (keeps time linear). */
const MAX_CUES_PER_SENTENCE = 24;

/**
 * Finds the attributions of every sentence, in text order, and the mentions
 * later sources may refer to: the named subjects of sentences without one
 * (for pronouns) and unnamed people brought in with "a" (for descriptions).
 */
export function findAttributions(
  text: string,
  sentences: readonly Span[],
  quotes: readonly QuoteSpan[],
  lexicon: AttributionLexicon,
  article: Pick<Reading, 'names' | 'commonWords'> = { names: new Set(), commonWords: new Set() },
): { attributions: FoundAttribution[]; mentions: Mention[] } {
  const reading: Reading = { text, quotes, lex: compileLexicon(lexicon), ...article };
  const attributions: FoundAttribution[] = [];
  const mentions: Mention[] = [];
  for (const sentence of sentences) {
    const { found, subject, introduced } = findInSentence(reading, sentence);
    pushAll(attributions, found);
    if (subject) mentions.push(subject);
    pushAll(mentions, introduced);
  }
  return { attributions, mentions };
}

/**
 * The source phrase from its head apposition on ("Despite …, the
 * researchers" → "the researchers"), without a leading preposition
 * ("with Audi suggesting" → "Audi").
 */
function trimmed(r: Reading, tokens: readonly Token[], phrase: Phrase, cls: SourceClass): Phrase {
  const segments = phrase.segments.slice(cls.segment).map(([s, e]) => [s, e] as [number, number]);
  let start = segments[0][0];
  while (start < cls.head && (r.lex.postModifierOpeners.has(tokens[start].bare) || r.lex.parentheticalOpeners.has(tokens[start].bare))) start++;
  segments[0][0] = start;
  cls.segment = 0;
  return { start, end: phrase.end, segments };
}

function mentionOf(r: Reading, tokens: Token[], phrase: Phrase, cls: SourceClass): Mention {
  const first = tokens[phrase.start];
  const last = tokens[phrase.end - 1];
  return {
    kind: cls.kind,
    type: cls.type,
    source: span(r.text, first.start, last.end),
    pronoun: cls.pronoun,
    sourceTokens: tokens.slice(phrase.start, phrase.end),
    segments: phrase.segments.map(([s, e]) => [s - phrase.start, e - phrase.start]),
    headSegment: cls.segment,
    head: cls.head - phrase.start,
  };
}

/**
 * "Серед тих, хто повірив, – мешканка Надбузька Галина Кравець.": a named person a dash after a comma brings in, closing
 * a sentence with no verb of its own after the dash, whom a pronoun or a bare noun may point back to.
 */
function dashIntroducedPerson(r: Reading, tokens: Token[]): Mention | null {
  let end = tokens.length;
  while (end > 0 && !tokens[end - 1].isWord) end--;
  for (let k = 1; k + 1 < end; k++) {
    if (!isDash(tokens[k]) || !isComma(tokens[k - 1])) continue;
    const phrase = nounPhraseRight(r, tokens, k + 1, false);
    if (!phrase || phrase.end !== end) return null;
    const cls = classify(r, tokens, phrase);
    return cls && !cls.pronoun && cls.kind === 'on-record' && cls.type === 'person' && isPersonalNameWord(r, tokens[end - 1]) ? mentionOf(r, tokens, phrase, cls) : null;
  }
  return null;
}

/**
 * Does a quotation open at token `k` whose closing mark a comma or a dash follows, the words of a speaker a verb after it
 * reports ("«Поки він тут – і ми тут», – сказала вона"), not a quoted name?
 */
function opensReportedQuotation(r: Reading, tokens: readonly Token[], k: number): boolean {
  const q = quoteAt(r.quotes, tokens[k].start);
  if (q < 0 || r.quotes[q].start !== tokens[k].start) return false;
  const close = tokens.findIndex((t, n) => n > k && t.end === r.quotes[q].end);
  const next = close > 0 ? tokens[close + 1] : undefined;
  return next !== undefined && (isComma(next) || isDash(next));
}

/**
 * Is the head at `head` no name: a common noun, or, without articles, a lone capital opening the sentence whose owner
 * `asks` not to be named, whatever noun the lexicon lacks ("Диспетчер, який попросив не називати його імені, розповів")?
 */
function unnamedHead(r: Reading, tokens: readonly Token[], head: number, asks: boolean): boolean {
  return !isNameWord(r, tokens[head], head === 0) || (r.lex.articleless && head === 0 && asks && !isNameWord(r, tokens[1] ?? tokens[0], false));
}

/** The named person a sentence is about ("Pembrook was the third witness …"), for pronouns to refer to. */
function subjectMention(r: Reading, tokens: Token[]): Mention | null {
  const introduced = dashIntroducedPerson(r, tokens);
  if (introduced) return introduced;
  const phrase = sentenceSubject(r, tokens, tokens.length);
  // ("Куда нам идти? — говорит она": a question word is no one a pronoun may stand for.)
  if (!phrase || r.lex.interrogatives.has(tokens[phrase.start].bare) || opensReportedQuotation(r, tokens, phrase.start)) return null;
  const cls = classify(r, tokens, phrase);
  if (!cls || cls.pronoun) return null;
  // ("Others who have tracked his career see choppier waters ahead. …, they say": unnamed people as a
  // sentence's subject, for "they" in the next sentence or so.)
  if (cls.kind === 'anonymous' && cls.type === 'group') return { ...mentionOf(r, tokens, phrase, cls), pronounOnly: true };
  // ("Посадовець ОВА, який побажав залишитися неназваним, налаштований менш оптимістично. «…», – сказав він": one unnamed who
  // asks not to be named, brought in as the sentence's subject, for a pronoun close after.)
  // (The request may follow the subject's complements: "Посадовець обласної військової адміністрації, який побажав …".)
  const complementsEnd = tokens.findIndex((t, k) => k >= phrase.end && !t.isWord);
  const asks = asksAnonymity(r, tokens, cls.head + 1, complementsEnd < 0 ? phrase.end : complementsEnd, tokens.length);
  if (cls.type === 'person' && asks && unnamedHead(r, tokens, cls.head, asks)) {
    return { ...mentionOf(r, tokens, phrase, { ...cls, kind: 'anonymous' }), pronounOnly: true, unnamedOnRequest: true };
  }
  // ("Інженер-мостовик, який брав участь в обстеженні, з такою версією не погоджується. «…», — розповів він": where a language
  // has no articles, so is one unnamed person opening the sentence, for a pronoun closing the quotation right after. English
  // writes "a" or "one" before such a person, and as often before a description of the one the article is about ("A
  // president who authorized the raid …", "A high school graduate, Lazar had …"): tried there, ten PolNeAR train pronouns
  // lost their named antecedent.)
  // (After a connective and its comma too: "Утім, інженер, який …, з цим не погоджується. За його словами, …".)
  const connective = connectiveAt(r, tokens, 0)?.length ?? 0;
  const opening = tokens.slice(connective > 0 && isComma(tokens[connective]) ? connective + 1 : 0, phrase.start).every((t) => !t.isWord);
  if (r.lex.articleless && cls.kind === 'anonymous' && cls.type === 'person' && opening) return { ...mentionOf(r, tokens, phrase, cls), pronounOnly: true };
  if (cls.kind !== 'on-record') return null;
  // ("Міська голова Тамара Литвиненко приїхала": where heads come first, an office before the name heads it.)
  const officeThenName = r.lex.headFirst && cls.type === 'person' && phrase.end - phrase.start >= 2 && isPersonalNameWord(r, tokens[phrase.end - 1]);
  if (tokens[cls.head].capitalized || officeThenName) return mentionOf(r, tokens, phrase, cls);
  // (Or a body's noun its apposition names: "The group, WeWorkers Coalition, formed …".)
  const withAppositions = cls.type === 'organization' ? nounPhraseRight(r, tokens, phrase.start, true) : null;
  const name = withAppositions?.segments[1];
  if (!name || !tokens[name[0]].capitalized) return null;
  return mentionOf(r, tokens, { start: phrase.start, end: name[1], segments: [withAppositions!.segments[0], name] }, cls);
}

/**
 * "Газета ссылается на три источника": a relay phrase that opens with a finite verb has two sources, the one referred
 * to after it and the subject that passes the word on; the verb alone is the second's cue, read as any verb's.
 */
function withRelayers(r: Reading, tokens: readonly Token[], cues: Cue[]): Cue[] {
  return cues.flatMap((cue) => cue.mode === 'after' && cue.end - cue.start > 1 && r.lex.relayVerbs.has(tokens[cue.start].bare) ?
    [{ start: cue.start, end: cue.start + 1, mode: 'verb' as const }, cue] : [cue]);
}

/**
 * Head-first languages: after a quoting cue ("цитирует", "цитує"), a name and then a lower-case role noun are
 * two parties, the outlet that quotes and the one quoted ("цитує Суспільне начальника … ОВА …"); one otherwise.
 */
function twoParties(r: Reading, tokens: readonly Token[], cue: Cue, resolved: FoundSource): FoundSource[] {
  const l = r.lex;
  const phrase = resolved.phrase;
  if (!l.headFirst || !l.twoPartyCues.has(tokens[cue.end - 1].bare) || phrase.start < cue.end) return [resolved];
  // ("— цитирует его газета": a personal pronoun between the verb and the outlet is the one quoted, whom it stands for.)
  const refersTo = phrase.start === cue.end + 1 ? l.possessivePronouns.get(tokens[cue.end].bare) : undefined;
  if (refersTo !== undefined) {
    const quoted: FoundSource = { phrase: { start: cue.end, end: cue.end + 1, segments: [[cue.end, cue.end + 1]] }, cls: { kind: 'on-record', type: refersTo[0], head: cue.end, segment: 0, pronoun: refersTo, informant: false } };
    return [resolved, quoted];
  }
  // ("цитує видання «Агроогляд» фермера": an outlet read past as whom the verb was told to is the one that quotes; a quoted
  // title alone too, "цитує «Фінансовий оглядач» урядовця", an outlet's or a body's.)
  const quotedTitle = isNameQuoteMark(r, tokens, cue.end);
  if (phrase.start > cue.end && (tokens[cue.end].isWord || quotedTitle)) {
    const skipped: Phrase = { start: cue.end, end: phrase.start, segments: [[cue.end, phrase.start]] };
    const outlet = classify(r, tokens, skipped);
    if ((outlet?.type === 'publication' || (quotedTitle && outlet?.type === 'organization')) && !outlet.pronoun) return [{ phrase: skipped, cls: outlet }, resolved];
  }
  const end = phrase.segments[0][1];
  // ("цитирует заместителя министра Алексея Гранина портал «Заречье.Ру»": or the one quoted first, closing in a
  // personal name, then the outlet's word; a surname alone too: "цитирует Шелестова телеканал".)
  for (let m = phrase.start + 1; m < end; m++) {
    const t = tokens[m];
    if (!t.isWord || t.capitalized || !l.publicationNouns.has(lexicalForm(r, t).bare) || !isPersonalNameWord(r, tokens[m - 1])) continue;
    const quoted: Phrase = { start: phrase.start, end: m, segments: [[phrase.start, m]] };
    const outlet: Phrase = { start: m, end: phrase.end, segments: [[m, end], ...phrase.segments.slice(1)] };
    const c1 = classify(r, tokens, quoted);
    const c2 = classify(r, tokens, outlet);
    if (c1?.type === 'person' && c2?.type === 'publication') return [{ phrase: outlet, cls: c2 }, { phrase: quoted, cls: c1 }];
    break;
  }
  for (let m = phrase.start + 1; m < end; m++) {
    const t = tokens[m];
    const previous = tokens[m - 1];
    // ("цитирует Telegram-канал «Донской вестник» собеседника": the outlet's quoted title is read whole.)
    if (inQuotedName(r, tokens, m)) continue;
    // (The outlet: a name, or the word for one alone, "цитує видання якесь джерело".)
    const outletWord = m === phrase.start + 1 && l.publicationNouns.has(lexicalForm(r, previous).bare);
    if (!(previous.capitalized || isNameQuoteMark(r, tokens, m - 1) || /^\p{N}/u.test(previous.text) || outletWord)) return [resolved];
    if (!t.isWord || t.capitalized) continue;
    const form = lexicalForm(r, t).bare;
    // ("цитує тижневик свого співрозмовника": or a reflexive possessive, the outlet's own.)
    if (!(l.roleNouns.has(form) || l.uniqueOffices.has(form) || l.anonymousNouns.has(form) || l.personNouns.has(form) || l.determiners.has(t.bare) || l.indefiniteDeterminers.has(t.bare) ||
      l.reflexivePossessives.has(t.bare))) return [resolved];
    const first: Phrase = { start: phrase.start, end: m, segments: [[phrase.start, m]] };
    const second: Phrase = { start: m, end: phrase.end, segments: [[m, end], ...phrase.segments.slice(1)] };
    const c1 = classify(r, tokens, first);
    const c2 = classify(r, tokens, second);
    return c1 && c2 ? [{ phrase: first, cls: c1 }, { phrase: second, cls: c2 }] : [resolved];
  }
  // ("цитує видання якесь джерело": the outlet's phrase ends where the quoted one's begins.)
  const next = tokens[phrase.end];
  if (resolved.cls.type !== 'publication' || !next?.isWord || next.capitalized) return [resolved];
  // (A determiner opens it even where it could open a clause too: "якесь", "якийсь".)
  const determined = l.determiners.has(next.bare) || l.indefiniteDeterminers.has(next.bare);
  const rest = determined ? nounPhraseRight(r, tokens, phrase.end + 1, false) : null;
  const quoted = rest ? { start: phrase.end, end: rest.end, segments: [[phrase.end, rest.segments[0][1]], ...rest.segments.slice(1)] as [number, number][] } : nounPhraseRight(r, tokens, phrase.end, false);
  const cls = quoted && classify(r, tokens, quoted);
  return cls && !cls.pronoun && (cls.type === 'person' || cls.type === 'group') ? [resolved, { phrase: quoted!, cls }] : [resolved];
}

/** Does a phrase passing on another's word ("з посиланням на", "со ссылкой на") follow the source or its cue? */
function relays(r: Reading, tokens: readonly Token[], phrase: Phrase, cue: Cue): boolean {
  return relayAt(r, tokens, phrase.end) || (phrase.end <= cue.start && relayAt(r, tokens, cue.end));
}

/** Can a bare name be a person's: not a quoted title ("«Українська правда»"), nor opened by an article ("The Wall Street Journal")? */
function personalName(r: Reading, tokens: readonly Token[], phrase: Phrase): boolean {
  const first = tokens[phrase.start];
  return !isNameQuoteMark(r, tokens, phrase.start) && !inQuotedName(r, tokens, phrase.start) && !(r.lex.nameArticle?.test(`${first.text} `) ?? false);
}

/** The span of a cue's words. */
function cueSpan(r: Reading, tokens: readonly Token[], cue: Cue): Span {
  return span(r.text, tokens[cue.start].start, tokens[cue.end - 1].end);
}

/** How far after "a"/"an" a person noun may head the phrase it opens ("a young woman", "a former campaign organizer"). */
const MAX_INTRODUCED_MODIFIERS = 3;

/**
 * Unnamed people and bodies the sentence brings in with an indefinite determiner, outside the sources
 * found ("greeted by an organizer", "a young woman asked", "A local group opposed the plan"): each as a
 * mention up to its head, which later descriptions may refer back to.
 */
function introducedMentions(r: Reading, tokens: Token[], found: readonly FoundAttribution[]): Mention[] {
  const l = r.lex;
  const mentions: Mention[] = [];
  const inSource = (t: Token) => found.some((f) => t.start >= f.source.start && t.start < f.source.end);
  for (let k = 0; k + 1 < tokens.length; k++) {
    // (Not inside a quotation: "a woman" in someone's words is no one the article brings in.)
    if (!l.indefiniteDeterminers.has(tokens[k].bare) || inSource(tokens[k]) || quoteAt(r.quotes, tokens[k].start) >= 0) continue;
    // Not one that describes someone else: an apposition ("Roe, a campaign manager"), a predicate ("Roe is a
    // candidate") or a role ("as a candidate").
    const before = k > 0 ? tokens[k - 1] : null;
    const apposition = before !== null && !before.isWord && k > 1 && tokens[k - 2].capitalized;
    if (before && (apposition || l.passiveAuxiliaries.has(before.bare) || before.bare === l.commentClauseOpener)) continue;
    // (Quickly: a noun of people within reach, before any classifying.)
    // (The last of the words before a preposition: "a 43-year-old man" is a man.)
    let noun = -1;
    for (let m = k + 1; m <= Math.min(tokens.length - 1, k + MAX_INTRODUCED_MODIFIERS) && tokens[m].isWord && !l.postModifierOpeners.has(tokens[m].bare) && !l.coordinators.has(tokens[m].bare); m++) {
      const form = lexicalForm(r, tokens[m]).bare;
      if (l.personNouns.has(form) || l.roleNouns.has(form) || l.anonymousNouns.has(form) || l.organizationNouns.has(form)) noun = m;
    }
    if (noun < 0) continue;
    // (With its appositions: "One local woman, Jane Roe, …" is named; a subject with its verb after it, "A man
    // fell ill", is read up to its noun.)
    const whole = nounPhraseRight(r, tokens, k, true);
    const wholeCls = whole && classify(r, tokens, whole);
    // (So is a possessor's: "A local man’s decision to …" brings in the man.)
    const subject = (!wholeCls && sentenceSubject(r, tokens, tokens.length)?.start === k) || tokens[noun].possessive;
    const phrase = subject ? { start: k, end: noun + 1, segments: [[k, noun + 1]] as [number, number][] } : whole;
    const cls = subject ? classify(r, tokens, phrase!) : wholeCls;
    if (!phrase || !cls || cls.pronoun || cls.kind !== 'anonymous' || !(cls.type === 'person' || cls.type === 'organization') || cls.head >= phrase.end) continue;
    const upToHead: Phrase = { start: phrase.start, end: cls.head + 1, segments: [[phrase.start, cls.head + 1]] };
    mentions.push({ ...mentionOf(r, tokens, upToHead, { ...cls, segment: 0 }), describedOnly: true });
  }
  return mentions;
}

/** All attributions of one sentence, in text order, one per source; the sentence's named subject; the unnamed people it brings in. */
function findInSentence(r: Reading, sentence: Span): { found: FoundAttribution[]; subject: Mention | null; introduced: Mention[] } {
  const tokens = namesByShape(r, tokenize(r.text, sentence.start, sentence.end));
  const found: FoundAttribution[] = [];
  const claimedSources: [number, number][] = [];
  for (const cue of withRelayers(r, tokens, findCues(r, tokens)).slice(0, MAX_CUES_PER_SENTENCE)) {
    // A cue inside a source already found ("… the report's authors, citing …") is not another.
    if (claimedSources.some(([s, e]) => cue.start >= s && cue.start < e)) continue;
    // ("Most of the former employees spoke on condition of anonymity, citing non-disclosure agreements": a relay right after a
    // request for anonymity gives its reason.)
    const credit = relayAt(r, tokens, cue.start) || r.lex.sourceAfterPhrases.some((p) => matchPhrase(tokens, cue.start, p, r.lex.inflection));
    if (cue.start >= 2 && isComma(tokens[cue.start - 1]) && credit && requestRunsTo(r, tokens, cue.start - 1)) continue;
    if (cue.mode === 'participle') {
      // "Reporting by …", "additional reporting by …": credits, not sources.
      if (tokens[cue.end]?.bare === r.lex.agentPreposition) continue;
      // "said …, saying …": the second cue of a source already found.
      const before = tokens[cue.start - 1];
      if (before && (isComma(before) || r.lex.coordinators.has(before.bare)) && found.length > 0) {
        // ("Roe blasted the deal, saying …": the saying is what the judging verb's attribution reports, and its cue.)
        const last = found[found.length - 1];
        if (r.lex.judgingVerbs.has(r.text.slice(last.cue.start, last.cue.end).toLowerCase())) {
          const moved = cueSpan(r, tokens, cue);
          found[found.length - 1] = { ...last, cue: moved, quote: quoteFor(r, sentence, moved.start) ?? last.quote };
        }
        continue;
      }
    }
    const source = sourceFor(r, tokens, cue);
    if (!source || (cue.objectAfter && source.phrase.start >= cue.end)) continue;
    // "цитирует РИА Новости заместителя министра …": a quoting cue with two parties, the outlet and the one quoted.
    for (const resolved of twoParties(r, tokens, cue, source)) {
      const { cls } = resolved;
      // "Керівник банку, що побажав залишитися неназваним, розповів": an unnamed holder of a
      // definite office who asks not to be named is anonymous.
      // (The request may stand in an apposition of the phrase: "Представитель компании, пожелавший остаться неназванным".)
      const headEnd = resolved.phrase.segments[cls.segment]?.[1] ?? resolved.phrase.end;
      // ("двох представників адміністрації, які не мали права публічно обговорювати це питання": so is one whose own
      // description says why they may not be named, a person or a body's voice, not a body.)
      const person = cls.type === 'person' || cls.type === 'group' || r.lex.bodyVoiceNouns.has(tokens[cls.head].bare);
      // ("Её сосед, водитель маршрутки, не назвавший своей фамилии": the request may close a later apposition.)
      const phraseEnd = Math.max(headEnd, resolved.phrase.end);
      const asks = asksAnonymity(r, tokens, cls.head + 1, phraseEnd, cue.start > phraseEnd ? cue.start : tokens.length);
      const unnamed = !cls.pronoun && unnamedHead(r, tokens, cls.head, asks);
      // ("«…», – сказав він, попросивши не вказувати його імені, …", "he said, asking not to be named": so is whom a pronoun stands
      // for, asking right after the verb and the pronoun; no one the article has named.)
      const after = Math.max(cue.end, resolved.phrase.end);
      // (Right there, after its comma: not a request further on, another's: "He said that the mayor, who spoke on condition of
      // anonymity, told …".)
      const requestFrom = tokens[after] !== undefined && isComma(tokens[after]) ? after + 1 : after;
      // (Its first words: "asking not to be named" holds the request at "not".)
      const requestNear = [0, 1, 2].some((n) => requestFrom + n < tokens.length && tokens.slice(requestFrom, requestFrom + n + 1).every((t) => t.isWord) &&
        requestAt(r, tokens, requestFrom + n) > 0);
      const pronounAsks = cls.pronoun !== null && cls.type === 'person' && resolved.phrase.end - resolved.phrase.start === 1 && requestNear;
      const unnamedOnRequest = pronounAsks || (unnamed && (asks || (person && resolved.phrase.end > headEnd && reasonFor(r, tokens, headEnd, resolved.phrase.end, cue.start) !== null)));
      // (A body's voice who asks so is one of its people, no longer the body speaking: "a spokesperson who did not
      // wish to be named".)
      if (unnamedOnRequest) {
        cls.kind = 'anonymous';
        if (cls.type === 'organization') cls.type = isPlural(r, tokens[cls.head]) ? 'group' : 'person';
      }
      // "Очевидці розповіли": a lone capitalised word a plural verb agrees with is a plural noun, no name.
      // ("Учителя, с которыми поговорил «Срез», рассказывают": with an aside after it too.)
      const [headFrom, headTo] = resolved.phrase.segments[cls.segment] ?? [resolved.phrase.start, resolved.phrase.end];
      if (cls.kind === 'on-record' && cls.type === 'person' && !cls.pronoun && headTo - headFrom === 1 && headFrom === resolved.phrase.start &&
        r.lex.morphology.pluralVerbPattern?.test(tokens[cue.start].bare) && (!isLexiconNoun(r, tokens[cls.head].bare) || namesPeople(r, tokens[cls.head]))) {
        cls.kind = 'anonymous';
        cls.type = 'group';
        cls.informant = true;
      }
      // "Politico reported", "reported by Reuters": a name that reports is an outlet.
      // ("пише «Українська правда» з посиланням на джерела": so is one that is no person's name and passes on another's word.)
      if ((cls.type === 'person' || cls.type === 'organization') && !cls.pronoun && isBareName(r, tokens, resolved.phrase) &&
        (r.lex.publicationCues.has(tokens[cue.start].bare) || (relays(r, tokens, resolved.phrase, cue) && !personalName(r, tokens, resolved.phrase)) ||
          // ("Reuters quoted an official as saying": so is one word that quotes someone.)
          (r.lex.quotingVerbs.has(tokens[cue.start].bare) && resolved.phrase.end - resolved.phrase.start === 1))) {
        cls.type = 'publication';
      }
      // ("A poll found that 74 percent of voters said …": a share of those asked, inside what a text reports, is its finding.)
      if (cls.share && found.some((f) => f.type === 'document' && f.cue.end <= tokens[resolved.phrase.start].start)) continue;
      const phrase = trimmed(r, tokens, resolved.phrase, cls);
      const sourceTokens = tokens.slice(phrase.start, phrase.end);
      const key = sourceTokens.map((t) => t.bare).join(' ');
      const same = found.findIndex((f) => f.sourceTokens.map((t) => t.bare).join(' ') === key);
      if (same >= 0) {
        // "Roe, who wrote the report, said …": the main clause's verb is the cue, not the relative clause's.
        const earlier = found[same];
        if (earlier.markedSource.end > earlier.source.end && resolved.phrase.relative === undefined) {
          const moved = cueSpan(r, tokens, cue);
          found[same] = { ...earlier, markedSource: earlier.source, cue: moved, quote: quoteFor(r, sentence, moved.start) };
        }
        continue;
      }
      if (claimedSources.some(([s, e]) => phrase.start < e && s < phrase.end)) continue;
      // "When Rahimi announced …, he said …": the pronoun is the source already found; but
      // "Rahimi said …, but he said …" is a second claim.
      const secondClaim = phrase.start > 0 && r.lex.secondClaimConnectives.has(tokens[phrase.start - 1].bare);
      if (cls.pronoun && !secondClaim && found.some((f) => !f.pronoun && cls.pronoun!.includes(f.type))) continue;
      claimedSources.push([phrase.start, phrase.end]);
      const cueText = cueSpan(r, tokens, cue);
      const mention = mentionOf(r, tokens, phrase, cls);
      const relative = resolved.phrase.relative;
      found.push({
        ...mention,
        markedSource: relative === undefined ? mention.source : span(r.text, mention.source.start, tokens[relative].end),
        cue: cueText,
        sentence,
        quote: quoteFor(r, sentence, cueText.start),
        reason: cls.kind === 'anonymous' ? reasonFor(r, tokens, phrase.start, phrase.end, cue.start) : null,
        unnamedOnRequest,
      });
    }
  }
  found.sort((a, b) => Math.min(a.source.start, a.cue.start) - Math.min(b.source.start, b.cue.start));
  // "Investors believe the merger will close, the chief financial officer said": a belief that a speaker
  // named after it reports is what that speaker tells us, no informant's own (annotation.md).
  const reportedBelief = (f: FoundAttribution) => r.lex.beliefVerbs.has(r.text.slice(f.cue.start, f.cue.end).toLowerCase()) &&
    found.some((g) => g !== f && g.cue.start > f.cue.end && g.source.start > f.cue.end && /,\s*$/u.test(r.text.slice(f.cue.end, Math.min(g.source.start, g.cue.start))));
  // ("Findings show voters fear …", "Officials said residents believe …": so is a belief whose subject opens what
  // another cue reports, right after it or its complementizer.)
  const opensReport = (f: FoundAttribution, g: FoundAttribution) => {
    if (g === f || g.cue.end > f.source.start) return false;
    const between = r.text.slice(g.cue.end, f.source.start).trim().toLowerCase();
    return between === '' || r.lex.complementizers.has(between);
  };
  // ("По словам представителя МИД, в Астане считают, что …", "According to the minister, analysts believe …": and
  // one after a credit that opens the sentence or a clause after its colon, which reports all that follows its comma.)
  // ("По его словам, в правительстве уверены": so is a two-word credit around its possessive pronoun.)
  const opensSentence = (f: FoundAttribution, g: FoundAttribution) => {
    // ("…попросил не раскрывать его имя: по его словам, он … опасается, что …": or a clause a colon opens.)
    // (The colon looked for within the sentence only, so that the time stays linear in the text.)
    const clauseStart = (at: number) => { const colon = r.text.slice(sentence.start, at).lastIndexOf(':'); return colon >= 0 ? sentence.start + colon + 1 : sentence.start; };
    const creditFirst = g.cue.start <= g.source.start && r.text.slice(clauseStart(g.cue.start), g.cue.start).trim() === '';
    const possessorCredit = g.pronoun && g.source.start < g.cue.start && /^\p{L}+$/u.test(r.text.slice(clauseStart(g.source.start), g.source.start).trim());
    if (g === f || !(creditFirst || possessorCredit)) return false;
    const end = Math.max(g.cue.end, g.source.end);
    // (Right after its comma, a preposition at most between: "…, в Астане считают"; not a clause joined later.)
    return end <= Math.min(f.source.start, f.cue.start) && /^\s*,\s*(?:\p{Ll}+\s+)?$/u.test(r.text.slice(end, f.source.start));
  };
  const embeddedBelief = (f: FoundAttribution) => r.lex.beliefVerbs.has(r.text.slice(f.cue.start, f.cue.end).toLowerCase()) &&
    found.some((g) => opensReport(f, g) || opensSentence(f, g));
  const dropped = (f: FoundAttribution) => reportedBelief(f) || embeddedBelief(f);
  if (found.some(dropped)) found.splice(0, found.length, ...found.filter((f) => !dropped(f)));
  // The sentence's named subject, unless it is a source found here ("The Security Council on
  // Friday pledged … what it called …": "it" and later "they" stand for it).
  const subject = subjectMention(r, tokens);
  const isSource = subject !== null && found.some((f) => f.source.start < subject.source.end && subject.source.start < f.source.end);
  return { found, subject: isSource ? null : subject, introduced: introducedMentions(r, tokens, found) };
}
