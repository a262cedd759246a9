import { render } from 'preact';
import { COLOUR_SCHEMES } from '../../src/report/vocabulary';
import { App } from './App';
import './popup.css';

// The popup speaks in the overlay's colours, so a kind looks the same in both.
const root = document.documentElement.style;
root.setProperty('--anonymous', COLOUR_SCHEMES.default.anonymous.underlineColor);
root.setProperty('--on-record', COLOUR_SCHEMES.default.onRecord.underlineColor);
root.setProperty('--condition', COLOUR_SCHEMES.default.condition.underlineColor);

render(<App />, document.getElementById('app') as HTMLElement);
