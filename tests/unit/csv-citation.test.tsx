// @vitest-environment happy-dom
/** Copy one finding as a citation (quote, source, title, URL), from its card. */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { Card, describeMark } from '../../src/page/overlay/card';
import { citationOf } from '../../src/page/overlay/citation';
import { marksFromReport } from '../../src/page/overlay/marks';

const TEXT = [
  'The pier will close for two years, according to two officials familiar with the plans, who spoke on condition of anonymity.',
  '"We cannot keep sending people across it," said Maria Lindqvist, the chief engineer.',
  'Tomas Berg said the islanders would accept the closure provided that a temporary landing is built first.',
].join('\n\n');
const report = analyse(TEXT, { input: 'https://news.example/pier', title: 'Pier to close' });
const marks = marksFromReport(report);

describe('citationOf', () => {
  it('quotes the words, names the source and its kind, and says where', () => {
    const quoted = marks.find((mark) => mark.finding.type === 'attribution' && mark.finding.attribution.quote);
    expect(quoted).toBeDefined();
    const citation = citationOf(report, quoted!);
    expect(citation).toContain('We cannot keep sending people across it');
    expect(citation).toContain('Maria Lindqvist');
    expect(citation).toContain('(on-record)');
    expect(citation).toMatch(/Pier to close, https:\/\/news\.example\/pier$/);
  });

  it('cites an anonymous source by its sentence, and a condition by its clause and setter', () => {
    const anonymous = marks.find((mark) => mark.kind === 'anonymous')!;
    expect(citationOf(report, anonymous)).toMatch(/^“The pier will close.*” — two officials familiar with the plans \(anonymous\)\. Pier to close/);
    const condition = marks.find((mark) => mark.kind === 'condition');
    expect(condition).toBeDefined();
    const cited = citationOf(report, condition!);
    expect(cited).toContain('provided that a temporary landing is built first');
    expect(cited).toContain('Tomas Berg');
  });
});

describe('the card', () => {
  it('has a button that copies the finding\'s citation', async () => {
    const mark = marks.find((m) => m.kind === 'anonymous')!;
    const content = describeMark(report, mark);
    const root = document.createElement('div');
    document.body.append(root);
    render(<Card id="c" content={content} position={{ top: 0, left: 0, above: false }} />, root);
    const button = root.querySelector<HTMLButtonElement>('button.cite')!;
    expect(button.dataset.citation).toBe(citationOf(report, mark));
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void (copied = text) }, configurable: true });
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(copied).toBe(citationOf(report, mark));
    expect(button.textContent).toBe('Copied');
  });
});
