/**
 * The reader's settings, as stored in `storage.sync`: which kinds of mark to
 * show and their colour scheme. Pure: reading untrusted stored values into a
 * whole `Settings`; `settings-storage.ts` does the storing.
 */
import { COLOUR_SCHEME_NAMES, MARK_KINDS, type ColourScheme, type MarkKind } from '../src/report/vocabulary';

export interface Settings {
  /** Kinds of mark drawn on pages. */
  kinds: Record<MarkKind, boolean>;
  scheme: ColourScheme;
  /** Classroom mode: cards explain findings in plain words for students. */
  classroom: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  kinds: { anonymous: true, onRecord: true, condition: true, quote: true },
  scheme: 'default',
  classroom: false,
};

/** The `storage.sync` key everything is kept under (one item: written and read whole). */
export const SETTINGS_KEY = 'settings';

/** Whatever is stored (old versions, hand edits, nothing) read as whole settings: unknown values fall back to the defaults. */
export function readSettings(stored: unknown): Settings {
  const raw = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof Settings, unknown>>;
  const rawKinds = (typeof raw.kinds === 'object' && raw.kinds !== null ? raw.kinds : {}) as Record<string, unknown>;
  const kinds = { ...DEFAULT_SETTINGS.kinds };
  for (const kind of MARK_KINDS) if (typeof rawKinds[kind] === 'boolean') kinds[kind] = rawKinds[kind];
  const scheme = COLOUR_SCHEME_NAMES.includes(raw.scheme as ColourScheme) ? (raw.scheme as ColourScheme) : DEFAULT_SETTINGS.scheme;
  const classroom = typeof raw.classroom === 'boolean' ? raw.classroom : DEFAULT_SETTINGS.classroom;
  return { kinds, scheme, classroom };
}

/** The kinds of mark the settings show, in the overlay's order. */
export function kindsShown(settings: Settings): MarkKind[] {
  return MARK_KINDS.filter((kind) => settings.kinds[kind]);
}
