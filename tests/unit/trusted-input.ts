/**
 * Key presses as the browser delivers the reader's own: trusted. happy-dom
 * makes every event untrusted (as a page script's `dispatchEvent` is), so a
 * test of real input sets the flag the browser sets on real input.
 */
export function trustedKeydown(win: Window, init: KeyboardEventInit): KeyboardEvent {
  const event = new (win as unknown as typeof globalThis).KeyboardEvent('keydown', init);
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
