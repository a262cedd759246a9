/**
 * The words and colours every view of a Report shares: the in-page overlay,
 * the popup, the side panel, the options page and the exports. One kind of
 * mark is named, coloured and labelled here only. Pure data, no DOM.
 */
import { mainCitedOutlet } from '../core/chain';
import type { Attribution, Kind, MergeReason, Report, Source, SourceType } from '../core/types';

/** The four kinds of mark, named as in `MarkCounts`. */
export type MarkKind = 'anonymous' | 'onRecord' | 'condition' | 'quote';

export const MARK_KINDS: readonly MarkKind[] = ['anonymous', 'onRecord', 'condition', 'quote'];

/** Each kind in English words, for labels and cards where no interface language is given. */
export const KIND_LABELS: Readonly<Record<MarkKind, string>> = {
  anonymous: 'Anonymous attribution',
  onRecord: 'On-record attribution',
  condition: 'Condition',
  quote: 'Attributed direct quote',
};

/** Each kind's short name in the interface language: keys in `public/_locales`. */
export const KIND_MESSAGE_KEYS: Readonly<Record<MarkKind, string>> = {
  anonymous: 'optionsKindAnonymous',
  onRecord: 'optionsKindOnRecord',
  condition: 'optionsKindCondition',
  quote: 'optionsKindQuote',
};

/** Why a mention is the same voice, in the interface language: keys in `public/_locales`. */
export const MERGE_REASON_KEYS = {
  'same name': 'mergeWhySameName',
  variant: 'mergeWhyVariant',
  apposition: 'mergeWhyApposition',
  role: 'mergeWhyRole',
  pronoun: 'mergeWhyPronoun',
  'back-reference': 'mergeWhyBackReference',
  reader: 'mergeWhyReader',
} as const satisfies Readonly<Record<MergeReason, string>>;

/** A source type's plural heading ("People"): keys in `public/_locales`. */
export const TYPE_LABELS: Readonly<Record<SourceType, string>> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  publication: 'typePublication',
  document: 'typeDocument',
  group: 'typeGroup',
};

/** A kind's name in the interface language: keys in `public/_locales`. */
export const KIND_NAMES = {
  anonymous: 'kindAnonymous',
  'on-record': 'kindOnRecord',
} as const satisfies Readonly<Record<Kind, string>>;

/** A source type for one finding ("person"): keys in `public/_locales`. */
export const SINGLE_TYPE_LABELS = {
  person: 'typeOnePerson',
  organization: 'typeOneOrganization',
  publication: 'typeOnePublication',
  document: 'typeOneDocument',
  group: 'typeOneGroup',
} as const satisfies Readonly<Record<SourceType, string>>;

/** The colour schemes a reader can choose (in the options page). */
export type ColourScheme = 'default' | 'colourBlind' | 'highContrast';
export const COLOUR_SCHEME_NAMES: readonly ColourScheme[] = ['default', 'colourBlind', 'highContrast'];

/** The colours a scheme gives one kind of mark; underline styles stay the kind's own. */
export interface MarkColours {
  underlineColor: string;
  background: string;
}

/**
 * The schemes' colours per kind. `colourBlind` uses the Okabe–Ito palette
 * (told apart with any of the common colour-vision deficiencies);
 * `highContrast` uses opaque pale backgrounds with dark underlines, so marked
 * text keeps at least 7:1 contrast with dark page text. The default's
 * underlines are mid-tones that keep contrast against white and near-black.
 */
export const COLOUR_SCHEMES: Readonly<Record<ColourScheme, Readonly<Record<MarkKind, MarkColours>>>> = {
  default: {
    anonymous: { underlineColor: '#e8590c', background: 'rgba(253, 126, 20, 0.22)' },
    onRecord: { underlineColor: '#228be6', background: 'rgba(51, 154, 240, 0.18)' },
    condition: { underlineColor: '#be4bdb', background: 'rgba(204, 93, 232, 0.18)' },
    quote: { underlineColor: '#12b886', background: 'rgba(32, 201, 151, 0.10)' },
  },
  colourBlind: {
    anonymous: { underlineColor: '#d55e00', background: 'rgba(230, 159, 0, 0.30)' },
    onRecord: { underlineColor: '#0072b2', background: 'rgba(86, 180, 233, 0.25)' },
    condition: { underlineColor: '#cc79a7', background: 'rgba(204, 121, 167, 0.22)' },
    quote: { underlineColor: '#009e73', background: 'rgba(0, 158, 115, 0.12)' },
  },
  highContrast: {
    anonymous: { underlineColor: '#000000', background: '#ffd8a8' },
    onRecord: { underlineColor: '#000000', background: '#a5d8ff' },
    condition: { underlineColor: '#000000', background: '#eebefa' },
    quote: { underlineColor: '#000000', background: '#c3fae8' },
  },
};

/**
 * How the article knows a claim, outermost first: the publishing outlet, the outlet it relays most when
 * the claim's voice is another, then the voice ("UNN → Reuters → Three sources familiar …"); each name once.
 */
export function claimPath(report: Report, attribution: Attribution): string[] {
  const voice = sourceOf(report, attribution);
  const relayed = mainCitedOutlet(report.chain, report.sources);
  const names = [report.page.outlet, relayed && relayed.source !== voice?.id ? relayed.name : null, voice?.name ?? attribution.source.text];
  const path: string[] = [];
  for (const name of names) if (name && !path.some((n) => n.toLowerCase() === name.toLowerCase())) path.push(name);
  return path;
}

/** The `sources` entry an attribution is credited to (through `refersTo` for a pronoun), if the report lists one. */
export function sourceOf(report: Report, attribution: Attribution): Source | undefined {
  if (attribution.refersTo !== null) {
    const referred = report.sources.find((source) => source.id === attribution.refersTo);
    if (referred) return referred;
  }
  return report.sources.find((source) => source.attributions.includes(attribution.id));
}
