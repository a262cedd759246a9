/**
 * The analyser on PolNeAR's dev split (`../shared/corpus/polnear`), scored
 * exactly as that folder's README says the held-out test split is scored:
 *
 * - cue+source: a gold attribution counts for recall when its whole cue is a
 *   core reporting cue (`CORE_CUES`); a reported attribution matches a gold
 *   one when their cue spans overlap (one to one, first come), and is right
 *   when its source span overlaps the gold source too; precision counts every
 *   reported attribution.
 * - anonymous / on-record: over the gold attributions labelled in
 *   `dev/kinds.jsonl`; a reported attribution that matches an unlabelled gold
 *   attribution, or one labelled "either", is not judged.
 *
 * The articles are plain text, analysed as a `.txt` input is (the offsets of
 * the .ann files index the text exactly).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyse } from '../../core/analyse';
import type { Attribution, Kind } from '../../core/types';

/** Character offsets into an article's text. */
interface Offsets {
  start: number;
  end: number;
}
import { prf, type PRF } from '../../report/score';

/** The README's core reporting cues: a gold attribution counts for recall when its whole cue is one of these. */
export const CORE_CUES: ReadonlySet<string> = new Set(
  (
    'said, says, say, saying, told, tell, tells, telling, according to, stated, states, added, adding, noted, wrote, ' +
    'writes, reported, reports, announced, confirmed, denied, warned, argued, insisted, claimed, explained, tweeted, ' +
    'posted, testified, acknowledged, replied, responded, asked, declared, cited, citing, continued, recalled, ' +
    'predicted, suggested, conceded, admitted, complained, countered, emphasized, stressed, urged, vowed, promised, ' +
    'pledged, accused, charged'
  ).split(', '),
);

/** A span that brat may write in pieces ("10 14;20 25"). */
type Pieces = readonly Offsets[];

export interface GoldAttribution {
  cue: Pieces;
  cueText: string;
  /** Empty when the attribution has no source span. */
  source: Pieces;
  sourceText: string;
  /** From kinds.jsonl; undefined for attributions it does not label. */
  kind?: Kind | 'either';
}

export interface PolnearArticle {
  name: string;
  text: string;
  gold: GoldAttribution[];
}

interface KindCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface PolnearMiss {
  article: string;
  what: 'missed' | 'spurious' | 'wrong source' | 'wrong kind';
  cue: string;
  source: string;
  /** For kind errors: gold kind → reported kind. */
  detail?: string;
}

export interface PolnearEvaluation {
  articles: number;
  /** cue+source P/R/F1 over all articles together. */
  cueSource: PRF;
  anonymous: PRF;
  onRecord: PRF;
  /** Share of labelled gold attributions found with their source whose kinds agree. */
  kindAccuracy: number | null;
  /** Gold attributions counted for recall (core cue). */
  coreGold: number;
  errors: PolnearMiss[];
}

const overlaps = (a: Offsets, b: Offsets) => a.start < b.end && b.start < a.end;
const anyOverlap = (pieces: Pieces, span: Offsets) => pieces.some((p) => overlaps(p, span));

function parsePieces(field: string): Offsets[] {
  return field.split(';').map((piece) => {
    const [start, end] = piece.trim().split(/\s+/).map(Number);
    return { start, end };
  });
}

/** The attributions of one brat .ann file: each `E` line ties a cue, a source and a content. */
export function parseAnn(ann: string): Omit<GoldAttribution, 'kind'>[] {
  const spans = new Map<string, { pieces: Offsets[]; text: string }>();
  const events: Map<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const [id, body, text = ''] = line.split('\t');
    if (!id || body === undefined) continue;
    if (id.startsWith('T')) {
      const space = body.indexOf(' ');
      spans.set(id, { pieces: parsePieces(body.slice(space + 1)), text });
    } else if (id.startsWith('E')) {
      events.push(new Map(body.split(' ').map((arg) => arg.split(':') as [string, string])));
    }
  }
  const result: Omit<GoldAttribution, 'kind'>[] = [];
  for (const args of events) {
    const cue = spans.get(args.get('Cue') ?? '');
    if (!cue) continue;
    const source = spans.get(args.get('Source') ?? '');
    result.push({ cue: cue.pieces, cueText: cue.text, source: source?.pieces ?? [], sourceText: source?.text ?? '' });
  }
  return result;
}

const startOf = (pieces: Pieces) => Math.min(...pieces.map((p) => p.start));

/** PolNeAR's splits on hand: dev is measured on; train, which has no kinds, is where rules are mined. */
export type PolnearSplit = 'dev' | 'train';

/** A split's articles with their gold attributions, and kinds where the split has them. */
export function loadPolnear(corpusDir: string, split: PolnearSplit = 'dev'): PolnearArticle[] {
  const dir = path.join(corpusDir, 'polnear', split);
  const kinds = new Map<string, Kind | 'either'>();
  const kindsFile = path.join(dir, 'kinds.jsonl');
  const kindLines = existsSync(kindsFile) ? readFileSync(kindsFile, 'utf8').split('\n') : [];
  for (const line of kindLines) {
    if (line.trim() === '') continue;
    const { id, kind } = JSON.parse(line) as { id: string; kind: Kind | 'either' };
    kinds.set(id, kind);
  }
  return readdirSync(path.join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.txt'.length);
      const text = readFileSync(path.join(dir, 'text', file), 'utf8');
      const gold = parseAnn(readFileSync(path.join(dir, 'attributions', `${name}.ann`), 'utf8')).map((g) => ({
        ...g,
        kind: kinds.get(`${split}/${name}:${startOf(g.cue)}`),
      }));
      return { name, text, gold };
    });
}

export function polnearAvailable(corpusDir: string): boolean {
  return existsSync(path.join(corpusDir, 'polnear', 'dev', 'kinds.jsonl'));
}

const isCore = (g: GoldAttribution) => CORE_CUES.has(g.cueText.trim().toLowerCase().replace(/\s+/g, ' '));
const judgedKind = (g: GoldAttribution | undefined): Kind | null =>
  g?.kind === 'anonymous' || g?.kind === 'on-record' ? g.kind : null;

/** Scores one article's reported attributions; adds to the running counts. */
function scoreArticle(
  article: PolnearArticle,
  reported: readonly Attribution[],
  counts: { correct: number; reported: number; coreFound: number; coreGold: number; kindAgree: number; kindFound: number },
  kinds: Record<Kind, KindCounts>,
  errors: PolnearMiss[],
): void {
  const matchedGold = new Set<number>();
  const foundWithSource = new Set<number>();
  for (const r of reported) {
    counts.reported++;
    const index = article.gold.findIndex((g, i) => !matchedGold.has(i) && anyOverlap(g.cue, r.cue));
    const gold = index >= 0 ? article.gold[index] : undefined;
    if (index >= 0) matchedGold.add(index);
    const sourceRight = gold !== undefined && anyOverlap(gold.source, r.source);
    if (sourceRight) {
      counts.correct++;
      foundWithSource.add(index);
    } else {
      errors.push({
        article: article.name,
        what: gold ? 'wrong source' : 'spurious',
        cue: r.cue.text,
        source: r.source.text,
        detail: gold ? `gold source: ${gold.sourceText}` : undefined,
      });
    }
    // Kinds: a reported attribution is judged unless it matched an unlabelled or "either" gold one.
    const goldKind = judgedKind(gold);
    if (gold === undefined) kinds[r.kind].falsePositives++;
    else if (goldKind !== null) {
      if (!sourceRight || goldKind !== r.kind) kinds[r.kind].falsePositives++;
      if (sourceRight && goldKind !== r.kind) {
        errors.push({ article: article.name, what: 'wrong kind', cue: r.cue.text, source: r.source.text, detail: `${goldKind} → ${r.kind}` });
      }
    }
  }
  article.gold.forEach((g, i) => {
    const core = isCore(g);
    if (core) {
      counts.coreGold++;
      if (foundWithSource.has(i)) counts.coreFound++;
      else if (!matchedGold.has(i)) errors.push({ article: article.name, what: 'missed', cue: g.cueText, source: g.sourceText });
    }
    const goldKind = judgedKind(g);
    if (goldKind === null) return;
    const reportedHere = foundWithSource.has(i) ? reported.find((r) => anyOverlap(g.cue, r.cue) && anyOverlap(g.source, r.source)) : undefined;
    if (reportedHere) {
      counts.kindFound++;
      if (reportedHere.kind === goldKind) {
        counts.kindAgree++;
        kinds[goldKind].truePositives++;
        return;
      }
    }
    kinds[goldKind].falseNegatives++;
  });
}

const kindPRF = (k: KindCounts) => prf(k.truePositives, k.falsePositives, k.falseNegatives);

/** Analyses every article of a split (dev unless told) and scores it as the README says. */
export function evaluatePolnear(corpusDir: string, split: PolnearSplit = 'dev'): PolnearEvaluation {
  const articles = loadPolnear(corpusDir, split);
  const counts = { correct: 0, reported: 0, coreFound: 0, coreGold: 0, kindAgree: 0, kindFound: 0 };
  const kinds: Record<Kind, KindCounts> = {
    anonymous: { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
    'on-record': { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
  };
  const errors: PolnearMiss[] = [];
  for (const article of articles) {
    const report = analyse(article.text, { input: `polnear/${split}/${article.name}.txt`, language: 'en', title: article.name });
    scoreArticle(article, report.attributions, counts, kinds, errors);
  }
  // Precision and recall count different things here (every reported attribution; core-cue gold only).
  const precision = prf(counts.correct, counts.reported - counts.correct, 0).precision;
  const recall = prf(counts.coreFound, 0, counts.coreGold - counts.coreFound).recall;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    articles: articles.length,
    cueSource: { tp: counts.correct, fp: counts.reported - counts.correct, fn: counts.coreGold - counts.coreFound, precision, recall, f1 },
    anonymous: kindPRF(kinds.anonymous),
    onRecord: kindPRF(kinds['on-record']),
    kindAccuracy: counts.kindFound === 0 ? null : counts.kindAgree / counts.kindFound,
    coreGold: counts.coreGold,
    errors,
  };
}
