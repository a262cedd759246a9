/**
 * Property tests at scale: the analyser and every export (JSON Lines,
 * Markdown, text, CSV, the export's file name) over 100,000 generated
 * articles, with page text, title and address drawn from article pieces,
 * astral characters, right-to-left text, lone surrogates, and text that
 * looks like HTML, a spreadsheet formula, Markdown or a terminal escape in
 * every field. Then a few huge ones: 1 MB sentences and a million commas.
 * Each property has a fixed seed, which fast-check prints with the failing
 * case.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { exportFileName } from '../../extension/popup/summary';
import { analyse } from '../../src/core/analyse';
import type { Report } from '../../src/core/types';
import { CSV_COLUMNS, formatCsv } from '../../src/report/format/csv';
import { formatJsonLine, formatMarkdown, formatText } from '../../src/report/format';
import { parseCsv } from './csv-reader';
import { expectValidReport, hostileArticleText, hostileText } from './property-checks';

const SEED = 20_261_204;
/** The generated articles in all: the issue asks for at least 100,000. */
const RUNS = 100_000;

const hostileArticle = fc.record({ text: fc.oneof(hostileText(24), hostileArticleText(4)), title: hostileText(4), input: hostileText(2) });

/** A formula sign, in any width, is what a spreadsheet must not see first. Written out, not taken from the CSV module. */
const FORMULA_FIRST = new Set(['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\uFE66', '\uFE62', '\uFE63', '\uFE6B']);
/** What a spreadsheet may skip before a sign: white space, zero-width and direction characters, the BOM, soft hyphen. */
const SKIPPED = /^[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]*/;
/** Control characters that reach a terminal from the text format (only line breaks are ours). */
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
/** A table row's cell separators: `|` not escaped by a backslash. */
const cellCount = (row: string) => row.replace(/\\./g, '').split('|').length;

/** A failed check, with what failed: plain throws, since vitest's `expect` would cost more than the analysis on 100,000 cases. */
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

function expectSafeCsv(report: Report): void {
  const rows = parseCsv(formatCsv(report, { analysedAt: '2026-12-04T05:00:00.000Z' }));
  check(rows.length === report.attributions.length + 1, `${rows.length} CSV rows for ${report.attributions.length} attributions`);
  rows.slice(1).forEach((row, i) => {
    check(row.length === CSV_COLUMNS.length, `a CSV row of ${row.length} cells`);
    const a = report.attributions[i];
    const originals = [report.input, report.title, undefined, a.id, undefined, a.type, undefined, a.cue.text, a.quote?.text ?? '', a.reason?.text ?? '', a.sentence.text];
    row.forEach((cell, column) => {
      const first = cell.slice(SKIPPED.exec(cell)![0].length)[0];
      check(!(cell.startsWith('\t') || cell.startsWith('\r') || FORMULA_FIRST.has(first)), `${CSV_COLUMNS[column]} runs as a formula: ${JSON.stringify(cell)}`);
      // Nothing lost: the cell is the field, or the field behind the apostrophe that makes it text.
      const original = originals[column];
      if (original !== undefined) check(cell === original || cell === `'${original}`, `${CSV_COLUMNS[column]} ${JSON.stringify(cell)} is not ${JSON.stringify(original)}`);
    });
  });
}

function expectSafeExports(report: Report): void {
  const line = formatJsonLine(report);
  check(!line.replace(/\n$/, '').includes('\n'), 'a JSON line broken in two');
  assert.deepStrictEqual(JSON.parse(line), report);

  const markdown = formatMarkdown(report);
  // Page text is entity-escaped: nothing in the file opens a tag.
  check(!/[<>]/.test(markdown), `markup in the Markdown: ${markdown}`);
  // Each row of a table has as many cells as the table's header: no page text split a cell.
  let headerCells: number | null = null;
  for (const row of markdown.split('\n')) {
    headerCells = row.startsWith('|') ? (headerCells ?? cellCount(row)) : null;
    if (headerCells !== null) check(cellCount(row) === headerCells, `a table row of other cells: ${row}`);
  }

  const text = formatText(report, { color: false });
  check(!TERMINAL_CONTROLS.test(text), `a control character in the text format: ${JSON.stringify(text)}`);
  expectSafeCsv(report);
  for (const ending of ['json', 'md', 'csv'] as const) {
    const name = exportFileName(report, ending);
    check(new RegExp(`^sourcelens-[\\p{L}\\p{N}-]+\\.${ending}$`, 'u').test(name), `the file name ${JSON.stringify(name)}`);
  }
}

describe('the analyser and the exports, at scale', () => {
  it(`take ${RUNS} generated articles with hostile text in every field`, () => {
    fc.assert(
      fc.property(hostileArticle, ({ text, title, input }) => {
        const report = analyse(text, { title, input });
        expectValidReport(report, text);
        expectSafeExports(report);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 300_000);

  it('take 1 MB sentences and a million commas', () => {
    const huge = fc.oneof(
      fc.tuple(hostileText(12), fc.constantFrom(', ', ' and ', ' ')).map(([sentence, joint]) => `${sentence}${joint}`.repeat(Math.ceil(1_000_000 / (sentence.length + joint.length)))),
      hostileText(4).map((around) => `${around}${','.repeat(1_000_000)}${around}`),
    );
    fc.assert(
      fc.property(huge, hostileText(3), (text, title) => {
        const report = analyse(text, { title, input: title });
        expectValidReport(report, text);
        expectSafeExports(report);
      }),
      { seed: SEED, numRuns: 6 },
    );
  }, 300_000);
});
