/**
 * The words of cards and marks' accessible names, in the interface language.
 * `src/page` may not call `browser.i18n`: the extension passes its own
 * `translate`; elsewhere (tests, tools) the English of the extension's own
 * `_locales/en` is used, so English is written once.
 */
import english from '../../../public/_locales/en/messages.json';
import { CORRECTION_MESSAGES } from './correction-controls';

/** The `_locales` keys cards and marks use. */
export const CARD_MESSAGES = [
  'cardTitleAnonymous', 'cardTitleOnRecord', 'cardTitleQuote', 'cardTitleCondition',
  'cardRowSource', 'cardRowType', 'cardRowCue', 'cardRowQuote', 'cardRowReason', 'cardRowCited', 'cardRowPath', 'cardRowMarker', 'cardRowCondition', 'cardRowSetBy', 'cardRowSameAs',
  'mergeWhySameName', 'mergeWhyVariant', 'mergeWhyApposition', 'mergeWhyRole', 'mergeWhyPronoun', 'mergeWhyBackReference', 'mergeWhyReader',
  'cardTypePerson', 'cardTypeOrganization', 'cardTypePublication', 'cardTypeDocument', 'cardTypeGroup',
  'cardNamedPerson', 'cardNamedOrganization', 'cardNamedPublication', 'cardNamedDocument', 'cardNamedGroup',
  'cardAnonymousWhy', 'cardRefersTo', 'cardQuoteWhy', 'cardConditionWhy', 'cardCitedTimes', 'cardKindAnonymous', 'cardKindOnRecord',
  'cardNoReason', 'cardUncredited',
  'cardLessonAnonymousWithReason', 'cardLessonAnonymousWithoutReason', 'cardLessonOnRecord', 'cardLessonQuote', 'cardLessonCondition',
  'cardCopyCitation', 'cardCopied', 'cardCopyFailed', 'cardPin', 'cardUnpin', 'cardClose',
  'markLabelAnonymous', 'markLabelOnRecord', 'markLabelCondition', 'markLabelQuote',
  'skipToFirstFinding', 'findingPosition', 'cardKeys',
  'correctedNote', 'correctedNotAttribution', 'correctedNotCondition', 'undoCorrection',
  ...CORRECTION_MESSAGES,
] as const;

export type CardMessage = (typeof CARD_MESSAGES)[number];

/** One interface string, its `$1`… filled with `substitutions` (as `browser.i18n.getMessage` does). */
export type CardTranslate = (key: CardMessage, ...substitutions: (string | number)[]) => string;

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** A `_locales` entry filled in: named placeholders ($NAME$) to their `$n`, then `$n` to the substitutions. */
export function fillMessage(entry: LocaleEntry, substitutions: readonly (string | number)[]): string {
  const withNumbers = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
  return withNumbers.replace(/\$([1-9])/g, (whole, digit: string) => String(substitutions[Number(digit) - 1] ?? whole));
}

/** A message of the extension's own `_locales/en`, filled in; "" for a key it does not have (as the browser answers). */
export function englishMessage(key: string, substitutions: readonly (string | number)[]): string {
  const entry = (english as unknown as Partial<Record<string, LocaleEntry>>)[key];
  return entry ? fillMessage(entry, substitutions) : '';
}

/** The English words, from the extension's `_locales/en`. */
export const englishWords: CardTranslate = (key, ...substitutions) => englishMessage(key, substitutions);
