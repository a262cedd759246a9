/** The popup's interface, loaded by the entry once the page has answered (`main.ts`). */
import { render } from 'preact';
import { applyMarkColours } from '../ui/theme';
import { App } from './App';
import type { EarlyConnection } from './injection';
import './popup.css';

export function mountPopup(root: HTMLElement, early: EarlyConnection | null): void {
  applyMarkColours();
  // The entry's stand-in message goes: the interface says the same until it has the page's state.
  root.replaceChildren();
  render(<App early={early} />, root);
}
