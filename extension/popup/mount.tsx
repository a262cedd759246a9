/** The popup's interface, loaded by the entry once the page's work has started (`main.ts`). */
import { render } from 'preact';
import { applyMarkColours } from '../ui/theme';
import { App } from './App';

export function mountPopup(root: HTMLElement): void {
  applyMarkColours();
  render(<App />, root);
}
