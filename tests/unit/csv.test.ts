/** The CSV export: RFC 4180 quoting, one row per attribution, and the page's URL, title and time on each. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { TOOL } from '../../src/core/analyse';
import { applyCorrections, findingText } from '../../src/report/corrections';
import { CSV_COLUMNS, csvCell, formatCsv, formulaSafe } from '../../src/report/format/csv';
import { sourceOf } from '../../src/report/vocabulary';
import { parseCsv } from './csv-reader';

const TEXT = [
  'The council will close the pier, according to two officials familiar with the plans, who spoke on condition of anonymity because the decision is not public.',
  '"We cannot keep sending people across it, not safely," said Maria Lindqvist, the chief engineer.',
  'The pier will reopen if the repairs pass inspection, Lindqvist said.',
].join('\n\n');

describe('csvCell', () => {
  it('quotes only what needs quoting, and doubles quotes inside', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "yes"')).toBe('"say ""yes"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps a cell from running as a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@me')).toBe("'@me");
  });

  it('keeps a formula from running behind white space, format characters or another width of its sign', () => {
    for (const sign of ['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\uFE66']) {
      for (const before of ['', ' ', '\u00A0', '\u200B', '\uFEFF', '\u202E', '\u3000', '\n', ' \u200B\u00A0']) {
        const cell = `${before}${sign}cmd|' /C calc'!A0`;
        expect(formulaSafe(cell)).toBe(`'${cell}`);
      }
    }
    expect(formulaSafe('\tanything')).toBe("'\tanything");
    expect(formulaSafe('\ranything')).toBe("'\ranything");
  });

  it('leaves cells alone whose first visible character starts no formula', () => {
    for (const cell of ['', ' ', 'said', ' a = b', '\u00A0officials', '\u2212 1', '\uD83D\uDE00=', '\uD800=', '"=x"']) expect(formulaSafe(cell)).toBe(cell);
  });
});

describe('formatCsv', () => {
  const report = analyse(TEXT, { input: 'https://news.example/pier?a=1,2', url: 'https://news.example/pier?a=1,2', title: 'Pier to close, "officials" say', analysedAt: '2026-11-27T17:40:00.000Z' });
  const rows = parseCsv(formatCsv(report));
  const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
  const rowOf = (id: string) => rows.find((row) => row[column('id')] === id)!;

  it('has the header, then one row per finding, attributions and conditions, with the page, the time and the tool on each', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(report.attributions.length).toBeGreaterThanOrEqual(2);
    expect(report.conditions.length).toBeGreaterThanOrEqual(1);
    expect(rows).toHaveLength(report.attributions.length + report.conditions.length + 1);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      expect(row.slice(0, 5)).toEqual(['https://news.example/pier?a=1,2', 'https://news.example/pier?a=1,2', 'Pier to close, "officials" say', '2026-11-27T17:40:00.000Z', TOOL]);
    }
    // In text order: the last paragraph's condition comes after the quote before it and before its own "Lindqvist said".
    const at = (test: (row: string[]) => boolean) => rows.findIndex(test);
    const condition = at((row) => row[column('finding')] === 'condition');
    expect(condition).toBeGreaterThan(at((row) => row[column('quote')] !== ''));
    expect(condition).toBe(rows.length - 2);
    expect(rows.at(-1)?.[column('cue')]).toBe('said');
  });

  it('reads back each attribution\'s kind, type, source and its id, cue, quote, reason and sentence', () => {
    for (const attribution of report.attributions) {
      const row = rowOf(attribution.id);
      expect(row[column('finding')]).toBe('attribution');
      expect(row[column('kind')]).toBe(attribution.kind);
      expect(row[column('type')]).toBe(attribution.type);
      expect(row[column('source_id')]).toBe(sourceOf(report, attribution)?.id);
      expect(row[column('source')]).toContain(attribution.source.text);
      expect(row[column('cue')]).toBe(attribution.cue.text);
      expect(row[column('quote')]).toBe(attribution.quote?.text ?? '');
      expect(row[column('reason')]).toBe(attribution.reason?.text ?? '');
      expect(row[column('sentence')]).toBe(attribution.sentence.text);
      expect(row[column('corrected')]).toBe('');
    }
    const anonymous = rows.slice(1).find((row) => row[column('kind')] === 'anonymous');
    expect(anonymous?.[column('reason')]).toMatch(/not public/);
    const quoted = rows.slice(1).find((row) => row[column('quote')] !== '');
    expect(quoted?.[column('quote')]).toContain('We cannot keep sending people across it, not safely');
  });

  it('reads back each condition\'s marker, clause and sentence, and whose it is', () => {
    for (const condition of report.conditions) {
      const row = rowOf(condition.id);
      expect(row[column('finding')]).toBe('condition');
      expect(row[column('marker')]).toBe(condition.marker.text);
      expect(row[column('condition')]).toBe(condition.clause.text);
      expect(row[column('sentence')]).toBe(condition.sentence.text);
      expect(row[column('source_id')]).toBe(condition.holder ?? '');
      expect(row[column('kind')]).toBe('');
    }
    expect(rowOf(report.conditions[0].id)[column('condition')]).toMatch(/^if the repairs pass inspection/);
  });

  it('flags what a reader corrected, and leaves out what they removed', () => {
    const [first, second] = report.attributions;
    const corrected = applyCorrections(report, [
      { finding: first.id, text: findingText(first), action: 'remove' },
      { finding: second.id, text: findingText(second), action: 'kind', kind: second.kind === 'anonymous' ? 'on-record' : 'anonymous' },
    ]);
    const correctedRows = parseCsv(formatCsv(corrected));
    expect(correctedRows.map((row) => row[column('id')])).not.toContain(first.id);
    const recast = correctedRows.find((row) => row[column('id')] === second.id)!;
    expect(recast[column('corrected')]).toBe('yes');
    expect(recast[column('kind')]).not.toBe(second.kind);
  });

  it('is only the header for an article with no findings', () => {
    const none = analyse('The weather was fine all week.', { input: 'x', title: 'Weather' });
    expect(formatCsv(none)).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});
