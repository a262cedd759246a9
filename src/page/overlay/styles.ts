/**
 * How marks and cards look: one named table, and the CSS generated from it.
 * Pure strings, no DOM.
 *
 * Marks must read on light and dark pages and be told apart without colour:
 * backgrounds are translucent tints (the page's own text colour stays), and
 * each kind has its own underline style. The colours and words are the
 * shared vocabulary's (`src/report/vocabulary.ts`).
 */
import { COLOUR_SCHEMES, KIND_LABELS, type ColourScheme, type MarkColours, type MarkKind } from '../../report/vocabulary';

export { COLOUR_SCHEME_NAMES, COLOUR_SCHEMES, type ColourScheme, type MarkColours } from '../../report/vocabulary';

export interface MarkStyle {
  /** The stem of its `CSS.highlights` name: each drawing adds a random part (`freshHighlightNames`). */
  highlightStem: string;
  /** Underline style: tells the kinds apart without colour. */
  underline: 'wavy' | 'solid' | 'dotted' | 'double' | 'dashed';
  underlineColor: string;
  background: string;
  /** Words for the kind in labels and cards. */
  label: string;
}

export const MARK_STYLES: Readonly<Record<MarkKind, MarkStyle>> = {
  anonymous: {
    highlightStem: 'sourcelens-anonymous',
    underline: 'wavy',
    ...COLOUR_SCHEMES.default.anonymous,
    label: KIND_LABELS.anonymous,
  },
  onRecord: {
    highlightStem: 'sourcelens-on-record',
    underline: 'solid',
    ...COLOUR_SCHEMES.default.onRecord,
    label: KIND_LABELS.onRecord,
  },
  condition: {
    highlightStem: 'sourcelens-condition',
    underline: 'dotted',
    ...COLOUR_SCHEMES.default.condition,
    label: KIND_LABELS.condition,
  },
  quote: {
    highlightStem: 'sourcelens-quote',
    underline: 'double',
    ...COLOUR_SCHEMES.default.quote,
    label: KIND_LABELS.quote,
  },
};

/** Where marks overlap, the higher priority paints on top: the narrower finding over the wider. */
export const HIGHLIGHT_PRIORITY: Readonly<Record<MarkKind, number>> = {
  quote: 1,
  onRecord: 2,
  anonymous: 2,
  condition: 3,
};

/** The short extra highlight `focusFinding` shows over the mark it scrolls to. */
export const FLASH_STYLE = {
  highlightStem: 'sourcelens-flash',
  background: 'rgba(255, 212, 59, 0.65)',
  color: '#000',
  priority: 10,
  durationMs: 1600,
} as const;

/**
 * The names one drawing gives `stem` (`freshHighlightNames` adds 16 random hex
 * digits): how tools that look at a page from outside (the bench, the e2e
 * tests) find our highlights, as any page script could by listing the registry.
 */
export function highlightNamePattern(stem: string): RegExp {
  return new RegExp(`^${stem}-[0-9a-f]{16}$`);
}

/** Page-side JavaScript: the name our latest drawing registered for `stem`, or undefined. */
export function registeredHighlightName(stem: string): string {
  return `[...CSS.highlights.keys()].find((name) => ${String(highlightNamePattern(stem))}.test(name))`;
}

/** Underline thickness for every kind. */
const UNDERLINE_THICKNESS = '2px';

/** The attribute the fallback `<mark>` elements and our shadow host carry. */
export const MARKER_ATTRIBUTE = 'data-sourcelens';
/** On fallback `<mark>` elements, set while `focusFinding` flashes them. */
export const FLASH_ATTRIBUTE = 'data-sourcelens-flash';

function declarations(style: MarkStyle, colours: MarkColours): string {
  return [
    `background-color: ${colours.background}`,
    `text-decoration-line: underline`,
    `text-decoration-style: ${style.underline}`,
    `text-decoration-color: ${colours.underlineColor}`,
    `text-decoration-thickness: ${UNDERLINE_THICKNESS}`,
  ].join('; ');
}

/**
 * In forced-colours (high contrast) mode our tints are dropped: marks keep
 * only their underline styles, in the system's text colour.
 */
function forcedColorsCss(selectors: readonly string[]): string {
  return `@media (forced-colors: active) { ${selectors.join(', ')} { background-color: transparent; text-decoration-color: CanvasText; } }`;
}

/**
 * `::highlight()` rules for the Custom Highlight API under one drawing's
 * `names`, one per kind, plus the flash; for the elements `targets` select
 * (those holding the marks' text, `highlightTargets`), or every element when
 * there are none.
 */
export function highlightCss(scheme: ColourScheme, names: Readonly<Record<MarkKind | 'flash', string>>, targets: readonly string[] = []): string {
  const entries = Object.entries(MARK_STYLES) as [MarkKind, MarkStyle][];
  const on = (name: string) => (targets.length === 0 ? `::highlight(${name})` : targets.map((target) => `${target}::highlight(${name})`).join(', '));
  const selectors = entries.map(([kind]) => on(names[kind]));
  const rules = entries.map(
    ([kind, style], index) => `${selectors[index]} { ${declarations(style, COLOUR_SCHEMES[scheme][kind])}; }`,
  );
  rules.push(`${on(names.flash)} { background-color: ${FLASH_STYLE.background}; color: ${FLASH_STYLE.color}; }`);
  rules.push(forcedColorsCss(selectors));
  return rules.join('\n');
}

/**
 * Rules for the fallback `<mark data-sourcelens="KIND">` elements: the same
 * look, and the browser's default mark colours undone.
 */
export function fallbackCss(scheme: ColourScheme = 'default'): string {
  const rules = [`mark[${MARKER_ATTRIBUTE}] { color: inherit; background: none; font: inherit; padding: 0; margin: 0; }`];
  for (const [kind, style] of Object.entries(MARK_STYLES) as [MarkKind, MarkStyle][]) {
    rules.push(`mark[${MARKER_ATTRIBUTE}="${kind}"] { ${declarations(style, COLOUR_SCHEMES[scheme][kind])}; }`);
  }
  rules.push(`mark[${MARKER_ATTRIBUTE}][${FLASH_ATTRIBUTE}] { background-color: ${FLASH_STYLE.background}; color: ${FLASH_STYLE.color}; }`);
  rules.push(forcedColorsCss([`mark[${MARKER_ATTRIBUTE}]`]));
  return rules.join('\n');
}

/** Card and focus-target widths and offsets, in CSS pixels. */
export const CARD_LAYOUT = {
  maxWidth: 360,
  /** Space between a mark and its card. */
  gap: 6,
  /** Keep the card this far inside the viewport's edges. */
  margin: 8,
  /** Height assumed before the card is measured, to decide above or below (a card with its path row, quote and reason). */
  estimatedHeight: 300,
} as const;

/**
 * Styles inside our shadow root. `:host` with `!important` wins over page
 * rules aimed at the host, and nothing here can reach the page.
 */
export function shadowCss(): string {
  const accent = (kind: MarkKind) => MARK_STYLES[kind].underlineColor;
  return `
:host { all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important;
  display: block !important; pointer-events: none !important; }
/* A few hundred focus targets per group, each group laid out on its own: adding one does not lay out all the others again. */
.targets { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; contain: layout style; }
.target { position: absolute; margin: 0; padding: 0; border: 0; background: transparent; opacity: 1;
  pointer-events: none; cursor: default; border-radius: 2px; }
.target:focus { outline: none; }
.target:focus-visible { outline: 2px solid #1c7ed6; outline-offset: 1px; box-shadow: 0 0 0 4px rgba(255,255,255,0.8); }
/* Its own width (the host is 0 wide, so a shrink-to-fit card would always take its minimum and squeeze its heading). */
.card { position: absolute; box-sizing: border-box; width: max-content; max-width: ${CARD_LAYOUT.maxWidth}px; min-width: 220px;
  pointer-events: auto; padding: 10px 12px; border-radius: 8px; border-left: 4px solid #868e96;
  background: #ffffff; color: #1a1b1e; box-shadow: 0 4px 18px rgba(0,0,0,0.28), 0 0 0 1px rgba(0,0,0,0.12);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  white-space: normal; overflow-wrap: anywhere; }
.card[data-kind="anonymous"] { border-left-color: ${accent('anonymous')}; }
.card[data-kind="onRecord"] { border-left-color: ${accent('onRecord')}; }
.card[data-kind="condition"] { border-left-color: ${accent('condition')}; }
.card[data-kind="quote"] { border-left-color: ${accent('quote')}; }
.card .head { display: flex; align-items: baseline; gap: 6px; margin: 0 0 6px; }
.card h2 { margin: 0; flex: 1; font-size: 13px; font-weight: 700; letter-spacing: 0.01em; }
.card .pin, .card .close { font: inherit; padding: 0 6px; border: 1px solid #5c5f66; border-radius: 4px;
  background: transparent; color: inherit; cursor: pointer; }
.card .close { font-size: 15px; line-height: 1.2; }
.card[data-pinned] { box-shadow: 0 4px 18px rgba(0,0,0,0.28), 0 0 0 2px #1c7ed6; }
.card dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 3px 10px; }
.card dt { margin: 0; color: #5c5f66; font-weight: 600; }
.card dd { margin: 0; }
.card .why { margin: 0 0 6px; }
.card .position { margin: 0; color: #5c5f66; font-size: 12px; white-space: nowrap; }
.card .keys { margin: 8px 0 0; color: #5c5f66; font-size: 12px; }
.status { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); border: 0; }
.card .lesson { margin: 0 0 8px; padding: 6px 8px; border-radius: 4px; background: rgba(34, 139, 230, 0.10); }
/* Quoted spans carry their own quotation marks from the article: add none. */
.card q { quotes: none; font-style: italic; }
.card .cite { margin-top: 8px; font: inherit; padding: 2px 8px; border: 1px solid #5c5f66; border-radius: 4px;
  background: transparent; color: inherit; cursor: pointer; }
/* Corrections: the note of a corrected finding, and the controls folded under "Correct" (as in the side panel). */
.card .corrected { margin: 8px 0 0; font-style: italic; }
.card details.correct { margin-top: 8px; }
.card details.correct summary { cursor: pointer; color: #5c5f66; }
.card .correct-options { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; padding: 4px 0; }
.card .correct-options button, .card .correct-options select, .card .undo { font: inherit; padding: 1px 6px;
  border: 1px solid #5c5f66; border-radius: 4px; background: transparent; color: inherit; cursor: pointer; }
@media (prefers-color-scheme: dark) {
  .card details.correct summary { color: #adb5bd; }
  .card .correct-options select { background: #25262b; }
  .card { background: #25262b; color: #e9ecef; box-shadow: 0 4px 18px rgba(0,0,0,0.6), 0 0 0 1px rgba(255,255,255,0.14); }
  .card dt { color: #adb5bd; }
}
`;
}
