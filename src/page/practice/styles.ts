/**
 * How practice marks and the practice toolbar look. Pure strings, no DOM.
 *
 * Every kind has its own line style, so they are told apart without colour:
 * the student's own marks keep the overlay's styles for the same kind (wavy
 * for an anonymous source, dotted for a condition); after "Check", a finding
 * the student found is underlined solid and thick, one they missed dashed,
 * and a mark that matched nothing is struck through. The toolbar's legend
 * shows the same lines next to their names.
 */
import type { Paint, PaintTable } from '../overlay/highlight';
import { MARK_STYLES, MARKER_ATTRIBUTE, type MarkStyle } from '../overlay/styles';

/** What the practice draws in the page. The names are the fallback `<mark>`s' marker values too. */
export type PracticeMarkKind = 'practice-anonymous' | 'practice-condition' | 'practice-found' | 'practice-missed' | 'practice-over';

interface PracticeMarkStyle extends Paint {
  line: 'underline' | 'line-through';
  lineStyle: MarkStyle['underline'];
  thickness: string;
  colour: string;
  background: string;
}

export const PRACTICE_MARK_STYLES: Readonly<Record<PracticeMarkKind, PracticeMarkStyle>> = {
  'practice-anonymous': {
    highlightName: 'sourcelens-practice-anonymous',
    priority: 2,
    line: 'underline',
    lineStyle: MARK_STYLES.anonymous.underline,
    thickness: '2px',
    colour: MARK_STYLES.anonymous.underlineColor,
    background: MARK_STYLES.anonymous.background,
  },
  'practice-condition': {
    highlightName: 'sourcelens-practice-condition',
    priority: 3,
    line: 'underline',
    lineStyle: MARK_STYLES.condition.underline,
    thickness: '2px',
    colour: MARK_STYLES.condition.underlineColor,
    background: MARK_STYLES.condition.background,
  },
  'practice-found': {
    highlightName: 'sourcelens-practice-found',
    priority: 2,
    line: 'underline',
    lineStyle: 'solid',
    thickness: '3px',
    colour: '#2f9e44',
    background: 'rgba(64, 192, 87, 0.24)',
  },
  'practice-missed': {
    highlightName: 'sourcelens-practice-missed',
    priority: 2,
    line: 'underline',
    lineStyle: 'dashed',
    thickness: '2px',
    colour: '#e03131',
    background: 'rgba(250, 82, 82, 0.18)',
  },
  'practice-over': {
    highlightName: 'sourcelens-practice-over',
    priority: 3,
    line: 'line-through',
    lineStyle: 'solid',
    thickness: '2px',
    colour: '#868e96',
    background: 'rgba(134, 142, 150, 0.22)',
  },
};

/** The drawing code's view of the same table. */
export const PRACTICE_PAINT: PaintTable<PracticeMarkKind> = PRACTICE_MARK_STYLES;

const ENTRIES = Object.entries(PRACTICE_MARK_STYLES) as [PracticeMarkKind, PracticeMarkStyle][];

function declarations(style: PracticeMarkStyle): string {
  return [
    `background-color: ${style.background}`,
    `text-decoration-line: ${style.line}`,
    `text-decoration-style: ${style.lineStyle}`,
    `text-decoration-color: ${style.colour}`,
    `text-decoration-thickness: ${style.thickness}`,
  ].join('; ');
}

/** In forced-colours mode the tints go; the line styles stay, in the system's text colour. */
function forcedColorsCss(selectors: readonly string[]): string {
  return `@media (forced-colors: active) { ${selectors.join(', ')} { background-color: transparent; text-decoration-color: CanvasText; } }`;
}

/** `::highlight()` rules, one per kind. */
export function practiceHighlightCss(): string {
  const rules = ENTRIES.map(([, style]) => `::highlight(${style.highlightName}) { ${declarations(style)}; }`);
  rules.push(forcedColorsCss(ENTRIES.map(([, style]) => `::highlight(${style.highlightName})`)));
  return rules.join('\n');
}

/** Rules for the fallback `<mark data-sourcelens="practice-…">` elements. */
export function practiceFallbackCss(): string {
  const selector = (kind: PracticeMarkKind) => `mark[${MARKER_ATTRIBUTE}="${kind}"]`;
  const rules = ENTRIES.map(
    ([kind, style]) => `${selector(kind)} { color: inherit; font: inherit; padding: 0; margin: 0; ${declarations(style)}; }`,
  );
  rules.push(forcedColorsCss(ENTRIES.map(([kind]) => selector(kind))));
  return rules.join('\n');
}

/** The toolbar's sample of a kind's line, for the legend. */
function sampleCss(kind: PracticeMarkKind): string {
  return `.sample[data-kind="${kind}"] { ${declarations(PRACTICE_MARK_STYLES[kind])}; }`;
}

/** Styles inside the toolbar's shadow root (`:host` rules with `!important` win over the page's). */
export function toolbarCss(): string {
  return `
:host { all: initial !important; position: fixed !important; right: 12px !important; bottom: 12px !important;
  z-index: 2147483647 !important; display: block !important; }
.toolbar { box-sizing: border-box; width: 340px; max-height: 70vh; overflow: auto; padding: 10px 12px;
  border-radius: 8px; border-top: 4px solid #1c7ed6; background: #ffffff; color: #1a1b1e;
  box-shadow: 0 4px 18px rgba(0,0,0,0.28), 0 0 0 1px rgba(0,0,0,0.12);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left; }
h2 { margin: 0 0 4px; font-size: 14px; font-weight: 700; }
h3 { margin: 8px 0 2px; font-size: 13px; font-weight: 700; }
p { margin: 0 0 6px; }
.row { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0; }
button { font: inherit; padding: 3px 9px; border: 1px solid #5c5f66; border-radius: 4px; background: #f1f3f5;
  color: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid #1c7ed6; outline-offset: 1px; }
button:disabled { cursor: default; opacity: 0.7; }
button.primary { background: #1864ab; border-color: #1864ab; color: #ffffff; }
kbd { font: 11px ui-monospace, monospace; padding: 0 3px; border: 1px solid currentColor; border-radius: 3px; }
.status { min-height: 1.45em; font-weight: 600; }
.status[data-tone="problem"] { color: #c92a2a; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
ul { list-style: none; margin: 0; padding: 0; }
li { display: flex; gap: 6px; align-items: baseline; margin: 2px 0; }
li .text { flex: 1; overflow-wrap: anywhere; }
li button { padding: 0 6px; }
.sample { padding: 0 2px; }
${ENTRIES.map(([kind]) => sampleCss(kind)).join('\n')}
@media (prefers-color-scheme: dark) {
  .toolbar { background: #25262b; color: #e9ecef; box-shadow: 0 4px 18px rgba(0,0,0,0.6), 0 0 0 1px rgba(255,255,255,0.14); }
  button { background: #373a40; border-color: #909296; }
  button.primary { background: #1c7ed6; border-color: #1c7ed6; color: #ffffff; }
  .status[data-tone="problem"] { color: #ffa8a8; }
}
`;
}
