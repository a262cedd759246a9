import { render } from 'preact';
import { applyMarkColours } from '../ui/theme';
import { App } from './App';
import './popup.css';

applyMarkColours();
render(<App />, document.getElementById('app') as HTMLElement);
