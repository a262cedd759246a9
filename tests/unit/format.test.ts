import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types';
import { computeProfile } from '../../src/core/profile';
import { escapeMarkdown, formatJsonLine, formatMarkdown, formatReport, formatText } from '../../src/report/format';

/**
 * A Report built by hand (no analyser involved), with page text that tries
 * every trick: Markdown syntax, HTML, table pipes, a quote across paragraphs,
 * a terminal escape sequence and a Unicode line separator.
 */
function handBuiltReport(): Report {
  const text =
    'Three sources familiar with the *talks* told Reuters the deal | stands, provided that Kyiv agrees.\n\n' +
    '“It is <b>over</b>\n\nand done,” Dmitry Peskov said.\u2028 He said [more](http://x) \x1b]0;pwned\x07 later.';
  const span = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`fixture: ${s} not in text`);
    return { text: s, start, end: start + s.length };
  };
  const attributions: Report['attributions'] = [
    {
      id: 'a1',
      kind: 'anonymous',
      type: 'group',
      source: span('Three sources familiar with the *talks*'),
      cue: span('told'),
      sentence: span(text.slice(0, text.indexOf('\n'))),
      quote: null,
      reason: null,
      refersTo: null,
    },
    {
      id: 'a2',
      kind: 'on-record',
      type: 'person',
      source: span('Dmitry Peskov'),
      cue: span('said'),
      sentence: span('“It is <b>over</b>\n\nand done,” Dmitry Peskov said.'),
      quote: span('It is <b>over</b>\n\nand done,'),
      reason: null,
      refersTo: null,
    },
    {
      id: 'a3',
      kind: 'on-record',
      type: 'person',
      source: span('He'),
      cue: span('said', text.indexOf('He said')),
      sentence: span('He said [more](http://x) \x1b]0;pwned\x07 later.'),
      quote: null,
      reason: null,
      refersTo: 's2',
    },
  ];
  const conditions: Report['conditions'] = [
    {
      id: 'c1',
      marker: span('provided that'),
      clause: span('provided that Kyiv agrees'),
      sentence: span(text.slice(0, text.indexOf('\n'))),
      attribution: 'a1',
      holder: 's1',
      via: ['s2'],
    },
  ];
  const sources: Report['sources'] = [
    { id: 's1', name: 'Three sources familiar with the *talks*', descriptor: null, kind: 'anonymous', type: 'group', attributions: ['a1'], mentions: [] },
    { id: 's2', name: 'Dmitry Peskov', descriptor: "Putin's | spokesman", kind: 'on-record', type: 'person', attributions: ['a2', 'a3'], mentions: [{ attribution: 'a3', text: 'He', why: 'pronoun' }] },
  ];
  return {
    schema: 2,
    page: { url: '', outlet: null, analysedAt: '', tool: 'SourceLens test' },
    input: 'pages/<odd>|name.html',
    title: 'Talks # and *conditions* <i>now</i>',
    language: 'en',
    article: { text, words: 30, paragraphs: 2 },
    attributions,
    conditions,
    sources,
    chain: [{ source: null, name: 'Example | News', via: null }, { source: 's2', name: 'Dmitry Peskov', via: 'a2' }],
    profile: computeProfile(attributions, conditions, sources),
  };
}

const ESC = '\x1b';

describe('formatJsonLine', () => {
  it('is one line of JSON that parses back to the Report', () => {
    const report = handBuiltReport();
    const line = formatJsonLine(report);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\n\u2028\u2029]/);
    expect(JSON.parse(line)).toEqual(report);
  });

  it('writes keys in the order of spec/report.md, whatever order the Report was built in', () => {
    const report = handBuiltReport();
    // The same Report with every object's keys reversed.
    const reversed = JSON.parse(JSON.stringify(report), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as Report;
    expect(Object.keys(reversed)[0]).toBe('profile');
    const parsed = JSON.parse(formatJsonLine(reversed));
    expect(formatJsonLine(reversed)).toBe(formatJsonLine(report));
    expect(Object.keys(parsed)).toEqual(['schema', 'page', 'input', 'title', 'language', 'article', 'attributions', 'conditions', 'sources', 'chain', 'profile']);
    expect(Object.keys(parsed.article)).toEqual(['text', 'words', 'paragraphs']);
    expect(Object.keys(parsed.attributions[0])).toEqual(['id', 'kind', 'type', 'source', 'cue', 'sentence', 'quote', 'reason', 'refersTo']);
    expect(Object.keys(parsed.attributions[0].source)).toEqual(['text', 'start', 'end']);
    expect(Object.keys(parsed.page)).toEqual(['url', 'outlet', 'analysedAt', 'tool']);
    expect(Object.keys(parsed.conditions[0])).toEqual(['id', 'marker', 'clause', 'sentence', 'attribution', 'holder', 'via']);
    expect(Object.keys(parsed.sources[0])).toEqual(['id', 'name', 'descriptor', 'kind', 'type', 'attributions', 'mentions']);
    expect(Object.keys(parsed.profile)).toEqual([
      'attributions', 'anonymous', 'onRecord', 'anonymousShare', 'anonymousWithReason', 'conditions', 'sources',
      'voices', 'anonymousVoices', 'onRecordVoices', 'anonymousVoicesWithReason', 'topVoiceShare',
    ]);
  });

  it('escapes U+2028 so line readers that split on it keep the line whole', () => {
    const line = formatJsonLine(handBuiltReport());
    expect(line).toContain('\\u2028');
  });
});

describe('formatText', () => {
  it('gives the headline figures, the attributions, sources and conditions', () => {
    const out = formatText(handBuiltReport(), { color: false });
    expect(out).toContain('3 attributions: 1 anonymous, 2 on-record');
    expect(out).toContain('33% anonymous');
    expect(out).toContain('0 of 1 anonymous attribution says why the source was not named');
    expect(out).toContain('1 condition');
    expect(out).toContain('2 voices: 1 anonymous (0 with a stated reason), 1 on-record');
    expect(out).toContain('the most-used voice, Dmitry Peskov, carries 67% of the attributions');
    expect(out).toContain('chain: Example | News → Dmitry Peskov\n');
    expect(out).toContain('also: He (pronoun)');
    expect(out).toContain('whose: Three sources familiar with the *talks*, via Dmitry Peskov');
    expect(out).toMatch(/a1\s+anonymous\s+group\s+Three sources familiar with the \*talks\* — told/);
    // A pronoun is shown with the source it resolves to.
    expect(out).toMatch(/a3\s+on-record\s+person\s+He \(Dmitry Peskov\) — said/);
    // A quote across paragraphs is shown on one line.
    expect(out).toContain('quote:  It is <b>over</b> and done,');
    expect(out).toMatch(/c1\s+provided that: provided that Kyiv agrees/);
    expect(out).toContain('in: Three sources familiar with the *talks* (a1)');
  });

  it('has no colour unless asked, and never passes on the page’s control characters', () => {
    const plain = formatText(handBuiltReport(), { color: false });
    expect(plain).not.toContain(ESC);
    expect(formatText(handBuiltReport())).not.toContain(ESC);
    const coloured = formatText(handBuiltReport(), { color: true });
    expect(coloured).toContain(`${ESC}[`);
    expect(coloured).not.toContain(`${ESC}]`);
    expect(coloured).not.toContain('\x07');
    // Without its escape codes the coloured text is the plain text.
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('reads well for an article without findings', () => {
    const empty: Report = {
      ...handBuiltReport(),
      attributions: [],
      conditions: [],
      sources: [],
      profile: computeProfile([], [], []),
    };
    const out = formatText(empty, { color: false });
    expect(out).toContain('0 attributions: 0 anonymous, 0 on-record');
    expect(out).toContain('0% anonymous');
    expect(out).not.toContain('Attributions\n');
  });
});

describe('formatMarkdown', () => {
  const md = formatMarkdown(handBuiltReport());

  /** The cells of a table row, split on pipes that Markdown would read as cell borders. */
  const cells = (row: string) => row.replace(/\\\\/g, '').split(/(?<!\\)\|/).slice(1, -1);

  it('has a title, the input, the figures and one section per list', () => {
    expect(md.startsWith('# Sourcing: Talks \\# and \\*conditions\\* &lt;i&gt;now&lt;/i&gt;\n')).toBe(true);
    expect(md).toContain('- **Input:** pages/&lt;odd&gt;\\|name.html');
    expect(md).toContain('**3 attributions: 1 anonymous, 2 on-record** (33% anonymous)');
    expect(md).toContain('**Chain:** Example \\| News → Dmitry Peskov');
    for (const heading of ['## Profile', '## Attributions', '## Voices', '## Conditions']) expect(md).toContain(`\n${heading}\n`);
  });

  it('keeps every table row whole: page text cannot add cells, lines, tags or emphasis', () => {
    const rows = md.split('\n').filter((line) => line.startsWith('|'));
    const tables = { '#|Kind': 7, '#|Voice': 7, '#|Marker': 5 };
    expect(rows.length).toBe(3 + 2 + 1 + 3 * 2); // data rows + header and rule per table
    let width = 0;
    for (const row of rows) {
      const header = cells(row).map((c) => c.trim()).slice(0, 2).join('|');
      if (header in tables) width = tables[header as keyof typeof tables];
      expect(cells(row), row).toHaveLength(width);
    }
    expect(md).not.toMatch(/<(?!\/?br)[a-z]/i);
    expect(md).toContain('It is &lt;b&gt;over&lt;/b&gt; and done,');
    expect(md).toContain('Three sources familiar with the \\*talks\\*');
    expect(md).toContain('Putin\'s \\| spokesman');
    expect(md).toContain('He (Dmitry Peskov)');
    expect(md).not.toContain(ESC);
    // Who set the condition, by source and attribution id.
    expect(md).toMatch(/\| c1 \| provided that \| provided that Kyiv agrees \| Three sources familiar with the \\\*talks\\\* \(a1\) \| Three sources familiar with the \\\*talks\\\*, via Dmitry Peskov \|/);
    expect(md).toMatch(/\| s2 \| Dmitry Peskov \|.*\| He \(pronoun\) \|/);
  });

  it('uses no Node API (the popup reuses it)', () => {
    const dir = path.resolve(__dirname, '../../src/report/format');
    for (const file of ['markdown.ts', 'common.ts']) {
      const source = readFileSync(path.join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/from ['"](node:|fs|path|os|process)/);
      expect(source, file).not.toMatch(/\bprocess\.|\bBuffer\b|\brequire\(/);
    }
  });
});

describe('escapeMarkdown', () => {
  it('makes syntax literal and folds lines', () => {
    expect(escapeMarkdown('a*b_c`d[e](f) | g ~h~ #1 \\ <x> & y\n\nz')).toBe(
      'a\\*b\\_c\\`d\\[e\\](f) \\| g \\~h\\~ \\#1 \\\\ &lt;x&gt; &amp; y z',
    );
  });
});

describe('formatReport', () => {
  it('dispatches on the format name', () => {
    const report = handBuiltReport();
    expect(formatReport(report, 'jsonl')).toBe(formatJsonLine(report));
    expect(formatReport(report, 'md')).toBe(formatMarkdown(report));
    expect(formatReport(report, 'text', { color: true })).toBe(formatText(report, { color: true }));
  });
});
