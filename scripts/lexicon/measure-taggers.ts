/**
 * Would a tagger made for the browser tell names from common nouns better
 * than shape rules? For each PolNeAR dev attribution with a kind
 * (dev/kinds.jsonl, "either" aside), a method says "the source names
 * someone" when a token of the source span is a proper noun (or the source
 * is he/she/who); that is compared with the kind (on-record / anonymous).
 * Shape rules: a capitalised word that is not a listed common noun
 * (generated noun lists, demonyms, the lexicon's closed classes) and either
 * not at a sentence start or, there, no lower-case WordNet word.
 *
 * The taggers are not dependencies. To run:
 *   npm install --no-save compromise@14.17.0 wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1
 *   npx tsx scripts/lexicon/measure-taggers.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import * as enNouns from '../../src/core/lexicon/generated/en-nouns';
import * as enPlaces from '../../src/core/lexicon/gazetteer/en-places';
import { en } from '../../src/core/lexicon/en';
import { loadWordNet } from './wordnet';
import { REPO } from './write';

const DEV = resolve(REPO, '../shared/corpus/polnear/dev');
const kinds = readFileSync(`${DEV}/kinds.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; kind: string });

// common words: WordNet lower-case vocabulary, generated noun lists, demonyms, and the lexicon's closed classes
const common = new Set<string>();
for (const s of loadWordNet().synsets.values()) for (const w of s.words) if (w === w.toLowerCase() && !w.includes('_')) common.add(w);
const gazCommon = new Set<string>();
for (const list of Object.values(enNouns)) for (const [k, v] of Object.entries(list)) if (k !== 'source') for (const w of (v as string).split(' ')) gazCommon.add(w);
for (const [k, v] of Object.entries(enPlaces.demonyms)) if (k !== 'source') for (const w of v.split(' ')) gazCommon.add(w);
const closed = new Set<string>([...en.attributions.determiners, ...Object.keys(en.attributions.pronouns), ...en.attributions.objectPronouns, ...en.attributions.anonymousQuantifiers, ...en.attributions.nonNameCapitals].map((w) => w.toLowerCase()));
const PRONOUN_ON_RECORD = new Set(['he', 'she', 'him', 'her', 'who', 'i']);

const wink = winkNLP(model);
const its = wink.its;

type Tok = { start: number; end: number; text: string; proper: boolean };
function align(text: string, tokens: { text: string; proper: boolean }[]): Tok[] {
  const out: Tok[] = []; let at = 0;
  for (const t of tokens) { const i = text.indexOf(t.text, at); if (i < 0) continue; out.push({ start: i, end: i + t.text.length, text: t.text, proper: t.proper }); at = i + t.text.length; }
  return out;
}
let compromiseMs = 0, winkMs = 0, words = 0;
function tagCompromise(text: string): Tok[] {
  const t0 = performance.now();
  const json = nlp(text).json() as { terms: { text: string; tags: string[] }[] }[];
  compromiseMs += performance.now() - t0;
  return align(text, json.flatMap((s) => s.terms.map((t) => ({ text: t.text, proper: t.tags.includes('ProperNoun') }))));
}
function tagWink(text: string): Tok[] {
  const t0 = performance.now();
  const doc = wink.readDoc(text);
  const values = doc.tokens().out() as string[]; const pos = doc.tokens().out(its.pos) as string[];
  winkMs += performance.now() - t0;
  return align(text, values.map((v, i) => ({ text: v, proper: pos[i] === 'PROPN' })));
}
function shapeTokens(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z'’.-]*/g)) {
    const word = m[0].replace(/['’]s$/, '').replace(/\.$/, '');
    const before = text.slice(0, m.index).replace(/[\s"“‘(]+$/, '');
    const sentenceStart = before === '' || /[.!?:\n]$/.test(before) || /\n\s*$/.test(text.slice(Math.max(0, m.index! - 3), m.index));
    const lower = word.toLowerCase();
    const capital = /^[A-Z]/.test(word);
    const isCommon = gazCommon.has(lower) || closed.has(lower);
    // not at sentence start: a capital that is not a listed common noun is a name; at sentence start: only if English has no such lower-case word
    const proper = capital && !isCommon && (!sentenceStart || !common.has(lower));
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], proper });
  }
  return out;
}

const byArticle = new Map<string, { cue: number; kind: string }[]>();
for (const { id, kind } of kinds) { const [a, c] = id.replace(/^dev\//, '').split(':'); (byArticle.get(a) ?? byArticle.set(a, []).get(a)!).push({ cue: Number(c), kind }); }
const methods = ['shape', 'compromise', 'wink'] as const;
const score = Object.fromEntries(methods.map((m) => [m, { tp: 0, fp: 0, fn: 0, tn: 0 }])) as Record<string, { tp: number; fp: number; fn: number; tn: number }>;
let n = 0;
const flips: Record<string, { fixes: number; breaks: number }> = { compromise: { fixes: 0, breaks: 0 }, wink: { fixes: 0, breaks: 0 } };
for (const [article, items] of byArticle) {
  const text = readFileSync(`${DEV}/text/${article}.txt`, 'utf8');
  words += text.split(/\s+/).filter(Boolean).length;
  const ann = readFileSync(`${DEV}/attributions/${article}.ann`, 'utf8').split('\n');
  const spans = new Map<string, { type: string; ranges: [number, number][] }>();
  for (const l of ann) { const [id, info] = l.split('\t'); if (!id?.startsWith('T') || !info) continue; const [type, ...r] = info.split(' '); spans.set(id, { type, ranges: r.join(' ').split(';').map((x) => x.split(' ').map(Number) as [number, number]) }); }
  const toks = { shape: shapeTokens(text), compromise: tagCompromise(text), wink: tagWink(text) };
  for (const { cue, kind } of items) {
    if (kind === 'either') continue;
    const cueId = [...spans].find(([, s]) => s.type === 'Cue' && s.ranges[0][0] === cue)?.[0];
    const e = ann.find((l) => l.startsWith('E') && l.includes(`Cue:${cueId}`) && cueId);
    const sourceId = e?.match(/Source:(T\d+)/)?.[1];
    const src = sourceId ? spans.get(sourceId) : undefined;
    if (!src) continue;
    n++;
    const inSpan = (t: Tok) => src.ranges.some(([a, b]) => t.start >= a && t.end <= b);
    const truth = kind === 'on-record';
    const right: Record<string, boolean> = {};
    for (const m of methods) {
      const inside = toks[m].filter(inSpan);
      const pron = inside.some((t) => PRONOUN_ON_RECORD.has(t.text.toLowerCase())) && inside.length <= 2;
      const predicted = pron || inside.some((t) => t.proper);
      right[m] = predicted === truth;
      const s = score[m];
      if (predicted && truth) s.tp++; else if (predicted) s.fp++; else if (truth) s.fn++; else s.tn++;
    }
    for (const m of ['compromise', 'wink']) { if (right[m] && !right.shape) flips[m].fixes++; if (!right[m] && right.shape) flips[m].breaks++; }
  }
}
console.log(`dev attributions with a core cue, a source and a kind (not "either"): ${n}; words tagged: ${words}`);
for (const m of methods) {
  const { tp, fp, fn, tn } = score[m];
  const acc = (tp + tn) / (tp + fp + fn + tn);
  const anonP = tn / (tn + fn), anonR = tn / (tn + fp);
  console.log(`${m}: accuracy ${acc.toFixed(3)}; "names someone" right on ${tp}/${tp + fn} on-record; anonymous (no name found) P ${anonP.toFixed(3)} R ${anonR.toFixed(3)} F1 ${(2 * anonP * anonR / (anonP + anonR)).toFixed(3)}`);
}
console.log('against shape rules:', JSON.stringify(flips));
console.log(`time per 1,000 words: compromise ${(compromiseMs / words * 1000).toFixed(1)} ms, wink ${(winkMs / words * 1000).toFixed(1)} ms`);
