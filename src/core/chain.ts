/**
 * The chain by which an article knows what it reports (the publishing
 * outlet → the outlets it cites → the sources those cite), and the holder of
 * each condition: the voice that sets it, which need not be the one whose
 * sentence holds it ("According to the newspaper, Orlov is ready … if Kyiv
 * does not respond" is Orlov's condition, known through the newspaper).
 */
import type { ChainLexicon } from './lexicon/types';
import { foldName, isPublishingOutlet } from './voices';
import type { Attribution, ChainLink, Condition, Source, Span } from './types';

const isRelayCue = (cue: Span, lexicon: ChainLexicon) => {
  const said = cue.text.toLowerCase().replace(/\s+/g, ' ');
  return lexicon.relayCues.some((c) => said.startsWith(c));
};

export interface ChainInput {
  attributions: readonly Attribution[];
  sources: readonly Source[];
  /** Per attribution: the index of its voice in `sources`. */
  sourceOf: readonly number[];
  outlet: string | null;
  /** The chain section of the article's lexicon. */
  lexicon: ChainLexicon;
}

/**
 * The chain, outermost first: the publishing outlet; the outlets the
 * article cites, the most cited first (its main line); after each, the
 * sources it cites ("citing sources in Russia" in the sentence that names
 * it).
 */
export function buildChain({ attributions, sources, sourceOf, outlet, lexicon }: ChainInput): ChainLink[] {
  const chain: ChainLink[] = [];
  const inChain = new Set<number>();
  const link = (s: number, via: string) => {
    if (inChain.has(s)) return;
    inChain.add(s);
    chain.push({ source: sources[s].id, name: sources[s].name, via });
  };
  // Who each relayed source is cited by: the outlet attributed nearest before it in its sentence, else after it.
  const citedBy = new Map<number, { source: number; via: string }[]>();
  // The attributions of each sentence, indexed once: looking through all of them for each relay cue was quadratic.
  const bySentence = new Map<number, number[]>();
  attributions.forEach((a, i) => {
    const inSentence = bySentence.get(a.sentence.start);
    if (inSentence) inSentence.push(i);
    else bySentence.set(a.sentence.start, [i]);
  });
  attributions.forEach((a, i) => {
    if (!isRelayCue(a.cue, lexicon)) return;
    const outlets = bySentence.get(a.sentence.start)!
      .map((j) => ({ b: attributions[j], j }))
      .filter(({ j }) => j !== i && sources[sourceOf[j]].type === 'publication');
    const before = outlets.filter(({ b }) => b.cue.start < a.cue.start);
    const relay = before.length > 0 ? before[before.length - 1] : outlets[0];
    if (!relay) return;
    const list = citedBy.get(sourceOf[relay.j]) ?? [];
    list.push({ source: sourceOf[i], via: a.id });
    citedBy.set(sourceOf[relay.j], list);
  });
  const withCited = (s: number) => {
    for (const cited of citedBy.get(s) ?? []) link(cited.source, cited.via);
  };

  const own = sources.findIndex((s) => isPublishingOutlet(s, outlet));
  if (outlet !== null) {
    chain.push({ source: null, name: outlet, via: null });
    if (own >= 0) {
      inChain.add(own);
      withCited(own);
    }
  }
  const cited = sources
    .map((s, k) => k)
    .filter((k) => sources[k].type === 'publication' && k !== own)
    // The most cited outlet is the article's main line; ties go to the first cited.
    .sort((x, y) => sources[y].attributions.length - sources[x].attributions.length || x - y);
  for (const k of cited) {
    if (inChain.has(k)) continue;
    link(k, sources[k].attributions[0]);
    withCited(k);
  }
  return chain;
}

export interface HolderInput extends ChainInput {
  text: string;
  chain: readonly ChainLink[];
}

const LEADING_WORDS = /^[\s,:;—–-]*((?:[\p{L}\p{N}][\p{L}\p{N}'’.-]*\s*)+)/u;

/**
 * The voice whose name opens a clause ("Orlov is ready …", "Russian
 * President Vladimir Orlov is ready …"): the capitalized words at its start
 * (after "that"), when one of them is a voice's name. Null when the clause
 * opens with anything else ("while Zelenk is in power …").
 */
function voiceOpening(text: string, from: number, to: number, sources: readonly Source[], lexicon: ChainLexicon): number | null {
  let clause = text.slice(from, to).replace(/^[\s,:;—–-]+/u, '');
  const firstWord = clause.split(/\s/, 1)[0].toLowerCase();
  if (lexicon.reportedClauseOpeners.includes(firstWord)) clause = clause.slice(firstWord.length);
  const match = LEADING_WORDS.exec(clause);
  if (!match) return null;
  const opening: string[] = [];
  for (const word of match[1].split(/\s+/)) {
    if (!/^\p{Lu}/u.test(word)) break;
    opening.push(foldName(word.replace(/['’]s$/u, '')));
  }
  if (opening.length === 0) return null;
  // A possessive opens a noun phrase that is not the voice itself ("Orlov's spokesman …").
  if (/['’]s\s/u.test(match[1].split(/\s+/).slice(0, opening.length).join(' ') + ' ')) return null;
  const key = opening.join(' ');
  const found = sources.findIndex((s) => {
    if (s.kind !== 'on-record') return false;
    const words = s.name.split(/\s+/).map(foldName).filter((w) => w.length > 0);
    if (words.length === 0) return false;
    // A person by surname ("Orlov" in "Russian President Vladimir Orlov"); a body by its whole name.
    return s.type === 'person' ? opening.includes(words[words.length - 1]) : key.endsWith(words.join(' '));
  });
  return found >= 0 ? found : null;
}

/** The outlet the article relays most, its chain's main line (the first cited outlet in the chain), if any. */
export function mainCitedOutlet(chain: readonly ChainLink[], sources: readonly Source[]): ChainLink | undefined {
  return chain.find((l) => l.source !== null && sources.find((s) => s.id === l.source)?.type === 'publication');
}

/**
 * Each condition's holder and the voices through which the article knows it.
 * The holder is the voice the condition's clause is about when a voice's
 * name opens it (the content of its attribution, or its sentence), else the
 * voice of its attribution, else none (the article's own voice). The path
 * is the chain's main cited outlet, then the attribution's voice when that
 * is not the holder.
 */
export function conditionHolders(conditions: readonly Condition[], input: HolderInput): Condition[] {
  const { text, attributions, sources, sourceOf, chain, lexicon } = input;
  const byId = new Map(attributions.map((a, i) => [a.id, i]));
  const mainOutlet = mainCitedOutlet(chain, sources)?.source ?? null;
  return conditions.map((c) => {
    const i = c.attribution === null ? undefined : byId.get(c.attribution);
    const a = i === undefined ? null : attributions[i];
    const speaker = i === undefined ? null : sourceOf[i];
    // What the attribution reports starts after its source and cue; a quotation is the speaker's own words.
    const contentStart = a === null ? c.sentence.start : Math.max(a.source.end, a.cue.end);
    const about = a?.quote && a.quote.start <= c.marker.start && c.marker.end <= a.quote.end
      ? null
      : contentStart < c.marker.start ? voiceOpening(text, contentStart, c.marker.start, sources, lexicon) : null;
    const holder = about ?? speaker;
    const via: string[] = [];
    if (mainOutlet !== null && sources[holder ?? -1]?.id !== mainOutlet) via.push(mainOutlet);
    if (speaker !== null && speaker !== holder && !via.includes(sources[speaker].id)) via.push(sources[speaker].id);
    return { ...c, holder: holder === null ? null : sources[holder].id, via };
  });
}
