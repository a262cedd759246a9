import { startInjection } from './injection';
import './popup.css';

// The page's work starts first; the interface's code loads meanwhile (a chunk of its own).
startInjection(location.search);
void Promise.all([import('preact'), import('../ui/theme'), import('./App')]).then(([{ render }, { applyMarkColours }, { App }]) => {
  applyMarkColours();
  render(<App />, document.getElementById('app') as HTMLElement);
});
