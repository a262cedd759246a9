import { render } from 'preact';
import { MARK_STYLES } from '../../src/page/overlay/styles';
import { App } from './App';
import './popup.css';

// The popup speaks in the overlay's colours, so a kind looks the same in both.
const root = document.documentElement.style;
root.setProperty('--anonymous', MARK_STYLES.anonymous.underlineColor);
root.setProperty('--on-record', MARK_STYLES.onRecord.underlineColor);
root.setProperty('--condition', MARK_STYLES.condition.underlineColor);

render(<App />, document.getElementById('app') as HTMLElement);
