import { COLOUR_SCHEMES } from '../../src/report/vocabulary';

/** Our pages speak in the overlay's colours, so a kind looks the same in the page, the popup and the panel. */
export function applyMarkColours(root: CSSStyleDeclaration = document.documentElement.style): void {
  root.setProperty('--anonymous', COLOUR_SCHEMES.default.anonymous.underlineColor);
  root.setProperty('--on-record', COLOUR_SCHEMES.default.onRecord.underlineColor);
  root.setProperty('--condition', COLOUR_SCHEMES.default.condition.underlineColor);
}
