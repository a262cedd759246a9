/**
 * Why a source is anonymous, where the sentence says so ("who was not
 * authorized to speak publicly", "on condition of anonymity to discuss …"),
 * and whether a source asked not to be named.
 */
import type { Token } from '../tokens';
import type { Span } from '../types';
import { isBreak, isComma, matchPhrase, type Reading, span } from './reading';

/** How far from its source a reason for anonymity is looked for (tokens). */
const REASON_WINDOW = 40;

/** How far after a source its request for anonymity may start ("X, who asked not to be named"; tokens). */
const REQUEST_DISTANCE = 4;

/** Longest stated reason for anonymity (characters). */
const MAX_REASON_LENGTH = 200;

/** How many words may stand between a negation and the being named it refuses ("did not wish to be named"). */
const NEGATION_REACH = 3;

/** The length of a listed anonymity request ("on condition of anonymity") starting at token `i`, or 0. */
export function listedRequestAt(r: Reading, tokens: readonly Token[], i: number): number {
  return r.lex.anonymityRequests.find((p) => matchPhrase(tokens, i, p, r.lex.inflection))?.length ?? 0;
}

/** The length of an anonymity request starting at token `i` (a listed phrase, or a negation and the being named it refuses), or 0. */
export function requestAt(r: Reading, tokens: readonly Token[], i: number): number {
  const l = r.lex;
  const listed = listedRequestAt(r, tokens, i);
  if (listed > 0) return listed;
  if (!l.requestNegations.has(tokens[i].bare)) return 0;
  for (let k = i + 1; k <= Math.min(tokens.length - 1, i + NEGATION_REACH); k++) {
    const named = l.beingNamedPhrases.find((p) => matchPhrase(tokens, k, p, l.inflection));
    if (named) return k + named.length - i;
  }
  return 0;
}

/** Longest anonymity request looked back for (tokens). */
const MAX_REQUEST_TOKENS = 8;

/** Where the longest anonymity request (as `read` reads one) that ends right before token `end` opens, or -1. */
export function requestEndingBefore(r: Reading, tokens: readonly Token[], end: number, read = requestAt): number {
  for (let k = Math.max(0, end - MAX_REQUEST_TOKENS); k < end; k++) if (read(r, tokens, k) === end - k) return k;
  return -1;
}

/** Does an anonymity request run up to token `end`, with words of its own after it ("не называть его имени")? */
export function requestRunsTo(r: Reading, tokens: readonly Token[], end: number): boolean {
  for (let k = Math.max(0, end - MAX_REQUEST_TOKENS); k < end; k++) {
    const length = requestAt(r, tokens, k);
    if (length > 0 && k + length <= end && tokens.slice(k + length, end).every((t) => t.isWord)) return true;
  }
  return false;
}

/** Does an anonymity request open at `from` or within `reach` tokens after it, before the clause ends? */
export function requestWithin(r: Reading, tokens: readonly Token[], from: number, reach: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + reach); k++) {
    if (requestAt(r, tokens, k) > 0) return true;
    if (isBreak(tokens[k]) || isComma(tokens[k])) return false;
  }
  return false;
}

/**
 * An anonymity request in a source phrase after its head ("a spokesman speaking on condition of
 * anonymity"), within a few tokens after the phrase ("X, who asked not to be named"), or anywhere in the
 * relative clause that describes it, up to `clauseLimit` ("the woman, who like many in the town did not want
 * her name used"; the limit keeps the request from being read in what the source says).
 */
export function asksAnonymity(r: Reading, tokens: readonly Token[], from: number, phraseEnd: number, clauseLimit: number): boolean {
  const end = Math.max(from, phraseEnd);
  const opener = tokens[end] && isComma(tokens[end]) ? tokens[end + 1] : tokens[end];
  const describes = opener !== undefined && !opener.capitalized && (opener.bare === r.lex.personRelativePronoun || r.lex.relativePronouns.has(opener.bare));
  const to = Math.min(tokens.length, describes ? Math.max(clauseLimit, end + REQUEST_DISTANCE) : end + REQUEST_DISTANCE, end + REASON_WINDOW);
  for (let i = from; i < to; i++) if (requestAt(r, tokens, i) > 0) return true;
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
    const length = requestAt(r, tokens, i);
    if (length > 0) request = i + length;
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
