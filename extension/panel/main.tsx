import { render } from 'preact';
import { applyMarkColours } from '../ui/theme';
import { Panel } from './Panel';
import '../popup/popup.css';
import './panel.css';

applyMarkColours();
render(<Panel />, document.getElementById('app') as HTMLElement);
