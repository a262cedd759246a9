/**
 * The Report's marks with their spans moved into the article text the page
 * has now: the same offsets when the Report was made from this text (the
 * usual case), else each span found again by its quote. Made a few findings
 * at a time, as a long article has thousands.
 */
import type { ArticleText } from '../extract/types';
import type { Report, Span } from '../../core/types';
import { describeSpan, findQuote, type TextQuoteSelector } from './anchor';
import { MARKS_PER_PAUSE } from './highlight';
import { marksFromReport, type Mark } from './marks';
import { runToEnd, type SlicedJob } from '../slices';

/** The Report's spans moved into `article.text`; a span that no longer occurs is left out. */
function spansInArticle(article: ArticleText, report: Report, spans: Span[]): Span[] {
  if (report.article.text === article.text) return spans;
  const found: Span[] = [];
  for (const span of spans) {
    const range = findQuote(article, describeSpan(report.article, span), span.start);
    if (range) found.push({ text: article.text.slice(range.start, range.end), ...range });
  }
  return found;
}

/** The Report's marks, their spans in `article.text`, made a few findings at a time. */
export function* marksInArticleJob(article: ArticleText, report: Report): SlicedJob<Mark[]> {
  const marks: Mark[] = [];
  const add = (attributions: Report['attributions'], conditions: Report['conditions']) => {
    for (const mark of marksFromReport({ ...report, attributions, conditions })) {
      marks.push({ ...mark, spans: spansInArticle(article, report, mark.spans) });
    }
  };
  // Attributions (with their quotes) first, then conditions: the order of `marksFromReport`.
  for (let from = 0; from < report.attributions.length; from += MARKS_PER_PAUSE) {
    add(report.attributions.slice(from, from + MARKS_PER_PAUSE), []);
    yield;
  }
  for (let from = 0; from < report.conditions.length; from += MARKS_PER_PAUSE) {
    add([], report.conditions.slice(from, from + MARKS_PER_PAUSE));
    yield;
  }
  return marks;
}

/** The Report's marks, their spans in `article.text`. */
export function marksInArticle(article: ArticleText, report: Report): Mark[] {
  return runToEnd(marksInArticleJob(article, report));
}

/**
 * The quote selectors of every mark's spans, by mark key ("a3", "a3/quote",
 * "c1"): what a caller keeps to find the findings again with `findQuote` once
 * the page has re-rendered and offsets no longer hold.
 */
export function describeFindings(article: ArticleText, report: Report): Map<string, TextQuoteSelector[]> {
  return new Map(
    marksInArticle(article, report).map((mark) => [mark.key, mark.spans.map((span) => describeSpan(article, span))]),
  );
}
