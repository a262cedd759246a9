import { defineBrowserSuite } from './support/scenario';

// Debian's Firefox ESR over WebDriver BiDi (puppeteer-core), with dist/firefox installed.
defineBrowserSuite('firefox');
