/** Interface strings for the Report's kinds and types (keys in `public/_locales`). */
import type { Kind, SourceType } from '../../src/core/types';

/** A source type's plural heading ("People"). */
export const TYPE_LABELS: Readonly<Record<SourceType, string>> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  publication: 'typePublication',
  document: 'typeDocument',
  group: 'typeGroup',
};

export const KIND_NAMES: Readonly<Record<Kind, string>> = {
  anonymous: 'kindAnonymous',
  'on-record': 'kindOnRecord',
};

/** A source type for one finding ("person"). */
export const SINGLE_TYPE_LABELS: Readonly<Record<SourceType, string>> = {
  person: 'typeOnePerson',
  organization: 'typeOneOrganization',
  publication: 'typeOnePublication',
  document: 'typeOneDocument',
  group: 'typeOneGroup',
};
