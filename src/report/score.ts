import type { Attribution, Condition, Kind, Report, SourceType } from '../core/types';

/**
 * Scores a Report against a gold file, exactly as `spec/annotation.md` §5
 * says. Pure: no I/O.
 *
 * Choices the guide leaves open, made here:
 * - Matching is one-to-one and maximal: an assignment that first matches as
 *   many required gold items as possible, then as many items in all
 *   (optional ones too, so that a finding matching an optional item is not
 *   counted as spurious), then prefers pairs whose kinds agree, then whose
 *   types agree (for conditions: higher word overlap). A greedy first-come
 *   pairing can lose matches; this cannot.
 * - A gold attribution of kind "either" counts as an attribution like any
 *   other, but is neutral for the anonymous and on-record scores: matched,
 *   it and its partner leave both kind counts (as an optional item leaves
 *   every count); missed, it is a miss for attributions only. Counting it as
 *   either kind would reward or punish a judgement the gold declines to make.
 *   It is also left out of kind accuracy (but not of type accuracy).
 * - Optional gold items are left out of kind and type accuracy too.
 * - Precision with nothing reported, and recall with nothing to find, are 1;
 *   F1 is 0 only when precision and recall are both 0.
 */

export type GoldKind = Kind | 'either';

export interface GoldAttribution {
  /** The shortest stretch of the article holding both source and cue, copied exactly. */
  anchor: string;
  source: string;
  cue: string;
  kind: GoldKind;
  type: SourceType;
  reason?: string;
  quote?: boolean;
  optional?: boolean;
}

export interface GoldCondition {
  marker: string;
  text: string;
  optional?: boolean;
}

/** A gold file (`corpus/gold/NAME.json`), spec/annotation.md §4. */
export interface Gold {
  /** The page, relative to the gold folder's parent. */
  page: string;
  language: string;
  attributions: GoldAttribution[];
  conditions: GoldCondition[];
  origin?: string;
  notes?: string;
}

/** Counts and the figures derived from them. */
export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Accuracy {
  correct: number;
  total: number;
  /** correct / total; null when there was nothing to judge. */
  accuracy: number | null;
}

export interface AttributionMatch {
  reported: Attribution;
  gold: GoldAttribution;
}

export interface ConditionMatch {
  reported: Condition;
  gold: GoldCondition;
  /** Word-overlap F1 of the two texts. */
  overlap: number;
}

export interface PageScore {
  attributions: PRF;
  anonymous: PRF;
  onRecord: PRF;
  conditions: PRF;
  /** Over matches with required gold of a definite kind. */
  kindAccuracy: Accuracy;
  /** Over matches with required gold. */
  typeAccuracy: Accuracy;
  /** What was matched, missed and spurious, for reading a page's errors. */
  details: {
    attributionMatches: AttributionMatch[];
    /** Required gold attributions nothing matched. */
    missedAttributions: GoldAttribution[];
    /** Reported attributions that matched no gold item. */
    spuriousAttributions: Attribution[];
    conditionMatches: ConditionMatch[];
    missedConditions: GoldCondition[];
    spuriousConditions: Condition[];
  };
}

export type TotalScore = Omit<PageScore, 'details'>;

/** Two conditions match when the word-overlap F1 of their texts reaches this. */
export const CONDITION_OVERLAP_THRESHOLD = 0.5;

/**
 * Words two sources may share without that counting as the same source:
 * articles and prepositions (English, and the Ukrainian and Russian
 * prepositions for their gold files).
 */
export const SOURCE_WORDS_IGNORED: ReadonlySet<string> = new Set([
  // English articles
  'a', 'an', 'the',
  // English prepositions
  'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'around', 'as', 'at',
  'before', 'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'by',
  'concerning', 'despite', 'down', 'during', 'except', 'for', 'from', 'in', 'inside', 'into',
  'like', 'near', 'of', 'off', 'on', 'onto', 'out', 'outside', 'over', 'past', 'per', 'regarding',
  'since', 'through', 'throughout', 'to', 'toward', 'towards', 'under', 'underneath', 'until',
  'unto', 'up', 'upon', 'via', 'with', 'within', 'without',
  // Ukrainian and Russian prepositions
  'в', 'у', 'з', 'із', 'зі', 'на', 'до', 'від', 'за', 'по', 'про', 'для', 'під', 'над', 'при',
  'через', 'без', 'між', 'о', 'об', 'от', 'с', 'со', 'из', 'к', 'ко', 'обо', 'под', 'перед',
]);

/** Curly and other typographic quotes, and what they straighten to. */
const QUOTE_STRAIGHTENING: readonly [RegExp, string][] = [
  [/[‘’‚‛′`]/g, "'"],
  [/[“”„‟″]/g, '"'],
];

/** NFKC, straight quotes and apostrophes, one space for any white space, lower case (§5). */
export function normalizeText(text: string): string {
  let s = text.normalize('NFKC');
  for (const [pattern, straight] of QUOTE_STRAIGHTENING) s = s.replace(pattern, straight);
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The words of a normalised text; a possessive "'s" is not a word of its own. */
export function words(text: string): string[] {
  return normalizeText(text).replace(/'s\b/g, '').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Whether two sources share a word other than an article or a preposition. */
export function sourcesShareWord(a: string, b: string): boolean {
  const mine = new Set(words(a).filter((w) => !SOURCE_WORDS_IGNORED.has(w)));
  return words(b).some((w) => !SOURCE_WORDS_IGNORED.has(w) && mine.has(w));
}

/** F1 of the two texts' words, counted as bags (a repeated word counts as often as both have it). */
export function wordOverlapF1(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(w, n - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / wa.length;
  const recall = overlap / wb.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Whether a reported attribution matches a gold one (§5): anchor inside its sentence, a source word shared. */
export function attributionsMatch(reported: Attribution, gold: GoldAttribution): boolean {
  return (
    normalizeText(reported.sentence.text).includes(normalizeText(gold.anchor)) &&
    sourcesShareWord(reported.source.text, gold.source)
  );
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: total === 0 ? null : correct / total };
}

/** Scores one report against its gold file. */
export function scoreReport(report: Report, gold: Gold): PageScore {
  const att = scoreAttributions(report.attributions, gold.attributions);
  const cond = scoreConditions(report.conditions, gold.conditions);
  return { ...att.scores, conditions: cond.prf, details: { ...att.details, ...cond.details } };
}

function scoreAttributions(reported: readonly Attribution[], gold: readonly GoldAttribution[]) {
  const pairs = assign(reported, gold, (r, g) => {
    if (!attributionsMatch(r, g)) return null;
    return { required: !g.optional, kindAgrees: r.kind === g.kind, typeAgrees: r.type === g.type, closeness: 0 };
  });
  const matchedGold = new Set(pairs.map(([, g]) => g));
  const matchedReported = new Set(pairs.map(([r]) => r));
  const required = pairs.filter(([, g]) => !gold[g].optional);

  const kindScore = (kind: Kind): PRF => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [r, g] of required) {
      const goldKind = gold[g].kind;
      if (goldKind === 'either') continue;
      const reportedKind = reported[r].kind;
      if (goldKind === kind && reportedKind === kind) tp++;
      else if (reportedKind === kind) fp++;
      else if (goldKind === kind) fn++;
    }
    fp += reported.filter((a, r) => !matchedReported.has(r) && a.kind === kind).length;
    fn += gold.filter((a, g) => !matchedGold.has(g) && !a.optional && a.kind === kind).length;
    return prf(tp, fp, fn);
  };

  const judgedKinds = required.filter(([, g]) => gold[g].kind !== 'either');
  const missed = gold.filter((a, g) => !a.optional && !matchedGold.has(g));
  const spurious = reported.filter((_, r) => !matchedReported.has(r));
  return {
    scores: {
      attributions: prf(required.length, spurious.length, missed.length),
      anonymous: kindScore('anonymous'),
      onRecord: kindScore('on-record'),
      kindAccuracy: accuracy(judgedKinds.filter(([r, g]) => reported[r].kind === gold[g].kind).length, judgedKinds.length),
      typeAccuracy: accuracy(required.filter(([r, g]) => reported[r].type === gold[g].type).length, required.length),
    },
    details: {
      attributionMatches: pairs.map(([r, g]) => ({ reported: reported[r], gold: gold[g] })),
      missedAttributions: missed,
      spuriousAttributions: spurious,
    },
  };
}

function scoreConditions(reported: readonly Condition[], gold: readonly GoldCondition[]) {
  const pairs = assign(reported, gold, (r, g) => {
    const overlap = wordOverlapF1(r.clause.text, g.text);
    if (overlap < CONDITION_OVERLAP_THRESHOLD) return null;
    return { required: !g.optional, kindAgrees: false, typeAgrees: false, closeness: overlap };
  });
  const matchedGold = new Set(pairs.map(([, g]) => g));
  const matchedReported = new Set(pairs.map(([r]) => r));
  const required = pairs.filter(([, g]) => !gold[g].optional);
  const missed = gold.filter((c, g) => !c.optional && !matchedGold.has(g));
  const spurious = reported.filter((_, r) => !matchedReported.has(r));
  return {
    prf: prf(required.length, spurious.length, missed.length),
    details: {
      conditionMatches: pairs.map(([r, g]) => ({
        reported: reported[r],
        gold: gold[g],
        overlap: wordOverlapF1(reported[r].clause.text, gold[g].text),
      })),
      missedConditions: missed,
      spuriousConditions: spurious,
    },
  };
}

/** What makes one candidate pair better than another, most important first. */
interface PairMerit {
  /** The gold item is not optional. */
  required: boolean;
  kindAgrees: boolean;
  typeAgrees: boolean;
  /** 0..1: how close the two are (word overlap for conditions). */
  closeness: number;
}

/**
 * The best one-to-one matching of reported to gold items, as [reported,
 * gold] index pairs sorted by reported index: most required gold matched,
 * then most items matched, then most kinds agreeing, then most types
 * agreeing, then the closest pairs. `merit` returns null for pairs that do
 * not match at all. Solved exactly as an assignment problem.
 */
export function assign<R, G>(
  reported: readonly R[],
  gold: readonly G[],
  merit: (r: R, g: G) => PairMerit | null,
): [number, number][] {
  const n = Math.max(reported.length, gold.length);
  if (n === 0) return [];
  // Lexicographic priorities as one weight: each level's unit exceeds the
  // largest possible sum of all the levels below it.
  const closenessUnit = 1;
  const typeUnit = (n + 1) * closenessUnit;
  const kindUnit = (n + 1) * typeUnit;
  const matchUnit = (n + 1) * kindUnit;
  const requiredUnit = (n + 1) * matchUnit;
  const weight: number[][] = [];
  const allowed: boolean[][] = [];
  for (let r = 0; r < n; r++) {
    weight.push(new Array(n).fill(0));
    allowed.push(new Array(n).fill(false));
    if (r >= reported.length) continue;
    for (let g = 0; g < gold.length; g++) {
      const m = merit(reported[r], gold[g]);
      if (!m) continue;
      allowed[r][g] = true;
      weight[r][g] =
        (m.required ? requiredUnit : 0) +
        matchUnit +
        (m.kindAgrees ? kindUnit : 0) +
        (m.typeAgrees ? typeUnit : 0) +
        m.closeness * closenessUnit;
    }
  }
  const goldOf = maxWeightAssignment(weight);
  const pairs: [number, number][] = [];
  for (let r = 0; r < reported.length; r++) {
    const g = goldOf[r];
    if (g >= 0 && allowed[r][g]) pairs.push([r, g]);
  }
  return pairs;
}

/**
 * Hungarian algorithm (potentials, O(n³)) on a square matrix: for each row,
 * the column it is assigned so that the total weight is as large as possible.
 */
function maxWeightAssignment(weight: number[][]): number[] {
  const n = weight.length;
  // Minimise cost = -weight; 1-based arrays with a dummy column 0, as in the classic formulation.
  const u = new Array(n + 1).fill(0);
  const v = new Array(n + 1).fill(0);
  const rowOfColumn = new Array(n + 1).fill(0);
  const way = new Array(n + 1).fill(0);
  for (let row = 1; row <= n; row++) {
    rowOfColumn[0] = row;
    let column = 0;
    const minv = new Array(n + 1).fill(Infinity);
    const used = new Array(n + 1).fill(false);
    do {
      used[column] = true;
      const r = rowOfColumn[column];
      let delta = Infinity;
      let next = 0;
      for (let c = 1; c <= n; c++) {
        if (used[c]) continue;
        const reduced = -weight[r - 1][c - 1] - u[r] - v[c];
        if (reduced < minv[c]) {
          minv[c] = reduced;
          way[c] = column;
        }
        if (minv[c] < delta) {
          delta = minv[c];
          next = c;
        }
      }
      for (let c = 0; c <= n; c++) {
        if (used[c]) {
          u[rowOfColumn[c]] += delta;
          v[c] -= delta;
        } else {
          minv[c] -= delta;
        }
      }
      column = next;
    } while (rowOfColumn[column] !== 0);
    do {
      const previous = way[column];
      rowOfColumn[column] = rowOfColumn[previous];
      column = previous;
    } while (column !== 0);
  }
  const columnOfRow = new Array(n).fill(-1);
  for (let c = 1; c <= n; c++) if (rowOfColumn[c] > 0) columnOfRow[rowOfColumn[c] - 1] = c - 1;
  return columnOfRow;
}

/** Pools the counts of many pages (micro-average) and derives the figures again. */
export function totalScore(pages: readonly TotalScore[]): TotalScore {
  const sumPrf = (pick: (p: TotalScore) => PRF): PRF => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const p of pages) {
      const x = pick(p);
      tp += x.tp;
      fp += x.fp;
      fn += x.fn;
    }
    return prf(tp, fp, fn);
  };
  const sumAccuracy = (pick: (p: TotalScore) => Accuracy): Accuracy =>
    accuracy(
      pages.reduce((s, p) => s + pick(p).correct, 0),
      pages.reduce((s, p) => s + pick(p).total, 0),
    );
  return {
    attributions: sumPrf((p) => p.attributions),
    anonymous: sumPrf((p) => p.anonymous),
    onRecord: sumPrf((p) => p.onRecord),
    conditions: sumPrf((p) => p.conditions),
    kindAccuracy: sumAccuracy((p) => p.kindAccuracy),
    typeAccuracy: sumAccuracy((p) => p.typeAccuracy),
  };
}
