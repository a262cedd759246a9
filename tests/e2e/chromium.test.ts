import { defineBrowserSuite } from './support/scenario';

// Debian's Chromium, through playwright-core, with the built dist/chrome loaded.
defineBrowserSuite('chromium');
