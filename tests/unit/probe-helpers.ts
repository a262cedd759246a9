import { expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';

import type { ProbeCase } from './probe-types';

const norm = (s: string) =>
  s.normalize('NFKC').replace(/[«»„“”"]/g, '"').replace(/[’ʼ']/g, "'").replace(/\s+/g, ' ').trim().toLowerCase().replace(/[,.:;\s]+$/, '');

/** The differences between what the analyser reads and what the annotator expects; empty when they agree. */
export function probeDiff(c: ProbeCase, language: string): string[] {
  const r = analyse(c.text, { language });
  const got = r.attributions.map((a) => ({ kind: a.kind, type: a.type, source: a.source.text, cue: a.cue.text }));
  const out: string[] = [];
  const left = [...got];
  for (const e of c.attributions) {
    const i = left.findIndex((g) => norm(g.source) === norm(e.source));
    if (i < 0) {
      out.push(`missing ${e.kind} ${e.type} "${e.source}" / ${e.cue}`);
      continue;
    }
    const g = left.splice(i, 1)[0];
    const cueOk = norm(g.cue).includes(norm(e.cue)) || norm(e.cue).includes(norm(g.cue));
    const kindOk = e.kind === 'either' || g.kind === e.kind;
    if (!cueOk || !kindOk || g.type !== e.type)
      out.push(`"${e.source}": expected ${e.kind} ${e.type} / ${e.cue}, read ${g.kind} ${g.type} / ${g.cue}`);
  }
  for (const g of left) out.push(`extra ${g.kind} ${g.type} "${g.source}" / ${g.cue}`);
  const conds = r.conditions.map((x) => norm(x.marker.text));
  const want = (c.conditions ?? []).map(norm);
  if (JSON.stringify(conds) !== JSON.stringify(want)) out.push(`conditions: expected [${want.join(' | ')}], read [${conds.join(' | ')}]`);
  return out;
}

/** One test per case; an unread case asserts its miss with `it.fails`, so it fails loudly once it is read. */
export function probe(cases: ProbeCase[], language: string, unread: boolean): void {
  const chosen = cases.filter((x) => Boolean(x.unread) === unread);
  // (A suite needs a test: once every case is read, say so.)
  if (chosen.length === 0) it(unread ? 'every case is read' : 'no case is read yet', () => expect(chosen).toEqual([]));
  for (const c of chosen) {
    const tag = c.attributions.some((a) => a.kind === 'anonymous') ? '[anon] ' : '';
    const test = unread ? it.fails : it;
    test(`${tag}${c.text}${c.unread ? ` (not yet read: ${c.unread})` : ''}`, () => {
      expect(probeDiff(c, language).join('\n')).toBe('');
    });
  }
}
