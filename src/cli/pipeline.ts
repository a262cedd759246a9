/**
 * One loaded input → its Report → its formatted output. The same function
 * runs on the main thread and in the worker pool, which is what makes the
 * two paths give byte-identical output.
 */
import { analyse } from '../core/analyse';
import type { Report } from '../core/types';
import { extractArticleOrDeclared } from '../page/extract';
import { parseHtml } from '../page/dom';
import { findOutlet, hostOf } from '../page/outlet';
import { formatReport, type FormatName } from '../report/format';
import { describeFailure, InputError } from './errors';
import type { LoadedInput } from './input';

/** The language when neither `--language` nor the page says one. */
export const DEFAULT_LANGUAGE = 'en';

/** A plain-text file's first line is its title only when it is short enough to be a headline. */
const TITLE_MAX_LENGTH = 150;

export interface PipelineOptions {
  /** `--language`: wins over the page's declared language. */
  language?: string;
  format: FormatName;
  color: boolean;
  /** `Report.page.analysedAt`; the time of the call when not given (tests give one to compare outputs). */
  analysedAt?: string;
}

/** What one input came to: its formatted report, or the one-line reason it has none. */
export type Outcome = { ok: true; output: string } | { ok: false; message: string };

/** A line that ends like a sentence of body text rather than a headline. */
const SENTENCE_END = /[.:;,]$/;

/**
 * A plain-text input's title: its first non-blank line when that reads as a
 * headline (short, not ending like a sentence, with more text after it), else
 * the file's name. The text itself is analysed whole, first line included, so
 * that offsets stay exact into the file.
 */
export function titleOfText(text: string, name: string): string {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== '');
  const [first] = lines;
  const headline = first !== undefined && lines.length > 1 && first.length <= TITLE_MAX_LENGTH && !SENTENCE_END.test(first);
  return headline ? first : name;
}

export function reportFor(loaded: LoadedInput, options: Pick<PipelineOptions, 'language' | 'analysedAt'>): Report {
  const page = { url: loaded.url ?? '', analysedAt: options.analysedAt ?? new Date().toISOString() };
  if (loaded.kind === 'text') {
    return analyse(loaded.content, {
      ...page,
      outlet: hostOf(loaded.url),
      input: loaded.input,
      language: options.language ?? DEFAULT_LANGUAGE,
      title: titleOfText(loaded.content, loaded.name),
    });
  }
  const doc = parseHtml(loaded.content, loaded.url);
  // A page whose text is only in its metadata is still analysed here (the extension can't mark it, so it doesn't ask).
  const article = extractArticleOrDeclared(doc);
  if (!article || article.text.trim() === '') {
    throw new InputError(
      "this page doesn't look like an article (no main text in paragraphs: an index, a product page or a login wall?)",
      'give the address or file of the article itself, or save its text as .txt and analyse that',
    );
  }
  return analyse(article.text, {
    ...page,
    outlet: findOutlet(doc, loaded.url),
    input: loaded.input,
    language: options.language ?? article.language ?? DEFAULT_LANGUAGE,
    title: article.title || doc.title || loaded.name,
  });
}

/** Never throws: a failure becomes a one-line message (and, with SOURCELENS_DEBUG, its stack on stderr). */
export function runPipeline(loaded: LoadedInput, options: PipelineOptions): Outcome {
  try {
    const report = reportFor(loaded, options);
    return { ok: true, output: formatReport(report, options.format, { color: options.color }) };
  } catch (error) {
    if (!(error instanceof InputError) && process.env.SOURCELENS_DEBUG) console.error(error);
    return { ok: false, message: describeFailure(error) };
  }
}
