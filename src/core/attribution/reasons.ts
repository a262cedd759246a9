/**
 * Why a source is anonymous, where the sentence says so ("who was not
 * authorized to speak publicly", "on condition of anonymity to discuss …"),
 * and whether a source asked not to be named.
 */
import type { Token } from '../tokens';
import type { Span } from '../types';
import { matchPhrase, type Reading, span } from './reading';

/** How far from its source a reason for anonymity is looked for (tokens). */
const REASON_WINDOW = 40;

/** How far after a source its request for anonymity may start ("X, who asked not to be named"; tokens). */
const REQUEST_DISTANCE = 4;

/** Longest stated reason for anonymity (characters). */
const MAX_REASON_LENGTH = 200;

/**
 * An anonymity request in a source phrase after its head ("a spokesman speaking on condition of
 * anonymity") or within a few tokens after the phrase ("X, who asked not to be named").
 */
export function asksAnonymity(r: Reading, tokens: readonly Token[], from: number, phraseEnd: number): boolean {
  const to = Math.min(tokens.length, Math.max(from, phraseEnd) + REQUEST_DISTANCE);
  for (let i = from; i < to; i++) if (r.lex.anonymityRequests.some((p) => matchPhrase(tokens, i, p, r.lex.inflection))) return true;
  return false;
}

/** The stated reason for anonymity in the sentence, from its marker to the end of its clause. */
export function reasonFor(r: Reading, tokens: readonly Token[], sourceStart: number, sourceEnd: number, cueStart: number): Span | null {
  const l = r.lex;
  // Only near the source: a reason is stated beside the one it explains.
  const from = Math.max(0, Math.min(sourceStart, cueStart) - REASON_WINDOW);
  const to = Math.min(tokens.length, Math.max(sourceEnd, cueStart) + REASON_WINDOW);
  let request = -1;
  for (let i = from; i < to && request < 0; i++) {
    const p = l.anonymityRequests.find((phrase) => matchPhrase(tokens, i, phrase, l.inflection));
    if (p) request = i + p.length;
  }
  // "a person familiar with the matter who was not authorized to speak": the source's own relative clause.
  const describedUntil = tokens[sourceEnd]?.bare === l.personRelativePronoun ? to : sourceEnd;
  for (let i = from; i < to; i++) {
    const inSource = i >= sourceStart && i < describedUntil;
    if (!inSource && request < 0) continue;
    let marker = l.reasonMarkers.find((p) => matchPhrase(tokens, i, p, l.inflection));
    // In the source's relative clause a bare connective ("because he knows him") gives no reason for anonymity.
    if (marker && request < 0 && i >= sourceEnd && marker.length === 1 && l.reasonAfterRequest.has(marker[0])) marker = undefined;
    // "on condition of anonymity to discuss internal deliberations": the purpose is the reason.
    const purpose = i === request && l.reasonAfterRequest.has(tokens[i].bare) ? [tokens[i].bare] : null;
    const opener = marker ?? purpose;
    if (!opener) continue;
    let e = i + opener.length;
    const stop = i < cueStart ? cueStart : tokens.length;
    while (e < stop && tokens[e].isWord && !l.coordinators.has(tokens[e].bare) && tokens[e].end - tokens[i].start < MAX_REASON_LENGTH) e++;
    return span(r.text, tokens[i].start, tokens[e - 1].end);
  }
  return null;
}
