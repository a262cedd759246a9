/** The CSV export: RFC 4180 quoting, one row per attribution, and the page's URL, title and time on each. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { CSV_COLUMNS, csvCell, formatCsv, formulaSafe } from '../../src/report/format/csv';
import { parseCsv } from './csv-reader';

const TEXT = [
  'The council will close the pier, according to two officials familiar with the plans, who spoke on condition of anonymity because the decision is not public.',
  '"We cannot keep sending people across it, not safely," said Maria Lindqvist, the chief engineer.',
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
  const report = analyse(TEXT, { input: 'https://news.example/pier?a=1,2', title: 'Pier to close, "officials" say' });
  const rows = parseCsv(formatCsv(report, { analysedAt: '2026-11-27T17:40:00.000Z' }));

  it('has the header, then one row per attribution with the page and the time on each', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(report.attributions.length).toBeGreaterThanOrEqual(2);
    expect(rows).toHaveLength(report.attributions.length + 1);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      expect(row.slice(0, 3)).toEqual(['https://news.example/pier?a=1,2', 'Pier to close, "officials" say', '2026-11-27T17:40:00.000Z']);
    }
  });

  it('reads back each attribution\'s kind, type, source, cue, quote, reason and sentence', () => {
    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    report.attributions.forEach((attribution, index) => {
      const row = rows[index + 1];
      expect(row[column('id')]).toBe(attribution.id);
      expect(row[column('kind')]).toBe(attribution.kind);
      expect(row[column('type')]).toBe(attribution.type);
      expect(row[column('source')]).toContain(attribution.source.text);
      expect(row[column('cue')]).toBe(attribution.cue.text);
      expect(row[column('quote')]).toBe(attribution.quote?.text ?? '');
      expect(row[column('reason')]).toBe(attribution.reason?.text ?? '');
      expect(row[column('sentence')]).toBe(attribution.sentence.text);
    });
    const anonymous = rows.slice(1).find((row) => row[column('kind')] === 'anonymous');
    expect(anonymous?.[column('reason')]).toMatch(/not public/);
    const quoted = rows.slice(1).find((row) => row[column('quote')] !== '');
    expect(quoted?.[column('quote')]).toContain('We cannot keep sending people across it, not safely');
  });

  it('is only the header for an article with no attributions', () => {
    const none = analyse('The weather was fine all week.', { input: 'x', title: 'Weather' });
    expect(formatCsv(none, { analysedAt: 't' })).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});
