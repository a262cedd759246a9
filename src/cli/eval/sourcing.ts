/**
 * Scores the analyser end to end against the sourcing gold files
 * (`../shared/corpus/gold/*.json`, written to spec/annotation.md): each gold
 * file's page goes through the same path as the command line (load →
 * parseHtml → extractArticle → analyse, or analyse alone for a .txt page)
 * and its Report is scored by `src/report/score`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TOOL } from '../../core/analyse';
import { computeProfile } from '../../core/profile';
import type { Report } from '../../core/types';
import { scoreReport, totalScore, type Gold, type PageScore, type TotalScore } from '../../report/score';
import { checkVoiceAnnotation, scoreVoices, totalVoiceScore, type VoiceScore, type VoiceTotal } from '../../report/voice-score';
import { loadFile } from '../input';
import { REPO_ROOT } from '../paths';
import { reportFor } from '../pipeline';

/** The shared corpus beside the repository (never copied into it). */
export const DEFAULT_CORPUS_DIR = path.resolve(REPO_ROOT, '../shared/corpus');
export const DEFAULT_GOLD_DIR = path.join(DEFAULT_CORPUS_DIR, 'gold');
/** The project's own annotation of voices and chains, keyed by gold file name (the shared gold stays as it is). */
export const VOICE_ANNOTATION_DIR = path.join(REPO_ROOT, 'tests/fixtures/voices');

const GOLD_EXTENSION = '.json';

export interface PageEvaluation {
  /** The gold file's name without `.json`. */
  name: string;
  /** The page's path. */
  page: string;
  gold: Gold;
  /** Null when the page could not be analysed (then `error` says why, and it is scored as an empty report). */
  report: Report | null;
  error: string | null;
  score: PageScore;
  /** Voices and chain against `VOICE_ANNOTATION_DIR`, when the page is annotated there. */
  voices: VoiceScore | null;
}

export interface SourcingEvaluation {
  goldDir: string;
  pages: PageEvaluation[];
  /** Counts pooled over the pages (micro-average). */
  total: TotalScore;
  /** Over the annotated pages; null when none is. */
  voices: VoiceTotal | null;
}

export interface SourcingOptions {
  goldDir?: string;
  /** Only the gold file with this name, or the one name starting with it. */
  only?: string;
}

/** The gold file names (without `.json`) in a folder, sorted. */
export function goldNames(goldDir: string): string[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith(GOLD_EXTENSION))
    .map((f) => f.slice(0, -GOLD_EXTENSION.length))
    .sort();
}

/** Resolves `--only`: an exact name, or a prefix that names exactly one page. */
export function selectPages(names: readonly string[], only: string | undefined): string[] {
  if (only === undefined) return [...names];
  const wanted = only.endsWith(GOLD_EXTENSION) ? only.slice(0, -GOLD_EXTENSION.length) : path.basename(only);
  if (names.includes(wanted)) return [wanted];
  const candidates = names.filter((n) => n.startsWith(wanted));
  if (candidates.length === 1) return candidates;
  if (candidates.length === 0) throw new Error(`no gold file named "${only}"; there are: ${names.join(', ')}`);
  throw new Error(`"${only}" names ${candidates.length} gold files: ${candidates.join(', ')}`);
}

export async function evaluateSourcing(options: SourcingOptions = {}): Promise<SourcingEvaluation> {
  const goldDir = options.goldDir ?? DEFAULT_GOLD_DIR;
  if (!existsSync(goldDir)) throw new Error(`sourcing gold files not found: ${goldDir}`);
  const pages: PageEvaluation[] = [];
  for (const name of selectPages(goldNames(goldDir), options.only)) {
    const gold = readGold(path.join(goldDir, name + GOLD_EXTENSION));
    // The gold's `page` is relative to the corpus folder, the gold folder's parent.
    const page = path.resolve(goldDir, '..', gold.page);
    let report: Report | null = null;
    let error: string | null = null;
    try {
      report = reportFor(await loadFile(page), { language: gold.language });
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
    const score = scoreReport(report ?? emptyReport(page, gold.language), gold);
    const annotationFile = path.join(VOICE_ANNOTATION_DIR, name + GOLD_EXTENSION);
    const voices = existsSync(annotationFile)
      ? scoreVoices(report ?? emptyReport(page, gold.language), gold, checkVoiceAnnotation(annotationFile, readFileSync(annotationFile, 'utf8'), gold), score.details.attributionMatches)
      : null;
    pages.push({ name, page, gold, report, error, score, voices });
  }
  const annotated = pages.flatMap((p) => (p.voices ? [p.voices] : []));
  return { goldDir, pages, total: totalScore(pages.map((p) => p.score)), voices: annotated.length > 0 ? totalVoiceScore(annotated) : null };
}

/** A gold file, checked for the fields scoring needs: a broken one is named, not a crash further on. */
export function readGold(file: string): Gold {
  let gold: Partial<Gold>;
  try {
    gold = JSON.parse(readFileSync(file, 'utf8')) as Partial<Gold>;
  } catch (e) {
    throw new Error(`${file}: not a readable gold file (${(e as Error).message})`);
  }
  if (typeof gold.page !== 'string' || !Array.isArray(gold.attributions) || !Array.isArray(gold.conditions)) {
    throw new Error(`${file}: a gold file needs "page", "attributions" and "conditions" (spec/annotation.md §4)`);
  }
  return { language: 'en', ...gold } as Gold;
}

/** What a page that could not be analysed is scored as: nothing found. */
function emptyReport(input: string, language: string): Report {
  return {
    schema: 2,
    page: { url: '', outlet: null, analysedAt: '', tool: TOOL },
    input,
    title: '',
    language,
    article: { text: '', words: 0, paragraphs: 0 },
    attributions: [],
    conditions: [],
    sources: [],
    chain: [],
    profile: computeProfile([], [], []),
  };
}
