import { startInjection } from './injection';
import './popup.css';

// The page's work starts first. The interface's code (a chunk of its own) is asked for once the injection
// is: loading it (Vite's preloads, Preact, the profile) held up the answer to the tab query by 10-20 ms.
void startInjection(location.search)
  .then(() => import('./mount'))
  .then(({ mountPopup }) => mountPopup(document.getElementById('app') as HTMLElement));
