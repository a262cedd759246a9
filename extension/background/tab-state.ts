/** What the background remembers about one tab, in `storage.session`. */
export type TabState =
  | { status: 'ready'; anonymous: number; attributions: number }
  | { status: 'no-article' }
  | { status: 'error' };

export function tabStateKey(tabId: number): string {
  return `tab:${tabId}`;
}

/** Badge colours: the anonymous figure in the overlay's anonymous hue; errors in grey. */
export const BADGE_COLOURS = {
  anonymous: '#b3261e',
  error: '#5f6368',
} as const;
