/**
 * The keyboard shortcuts, as the browser has them now (the reader may have
 * changed them), and the in-page keys: shown in the popup and the options
 * page, with a way to the browser's own page for changing them.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { COPY_CITATION_KEY, STEP_KEYS } from '../src/page/overlay';
import { t } from './i18n';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** Where Chromium lets readers change extension shortcuts (Firefox has `commands.openShortcutSettings`). */
const CHROMIUM_SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

/** Interface strings for the in-page keys (keys in `_locales`). */
const STEP_KEY_LABELS: Record<string, string> = {
  n: 'commandNextFinding',
  p: 'commandPreviousFinding',
  a: 'commandNextAnonymous',
};

async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') await commands.openShortcutSettings();
  else await browser.tabs.create({ url: CHROMIUM_SHORTCUTS_PAGE });
}

export function Shortcuts({ headingLevel }: { headingLevel: 2 | 3 }) {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    browser.commands.getAll().then(
      (commands) =>
        setShortcuts(
          commands.map((command) => ({
            name: command.name ?? '',
            // The popup's own command has no description of ours in some browsers: name it ourselves.
            description: command.name === '_execute_action' ? t('commandOpenPopup') : (command.description ?? command.name ?? ''),
            shortcut: command.shortcut ?? '',
          })),
        ),
      () => setShortcuts([]),
    );
  }, []);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="shortcuts-heading" data-testid="shortcuts">
      <Heading id="shortcuts-heading">{t('shortcutsHeading')}</Heading>
      {shortcuts && (
        <dl class="shortcuts">
          {shortcuts.map((shortcut) => (
            <div key={shortcut.name} data-command={shortcut.name}>
              <dt>{shortcut.shortcut ? <kbd>{shortcut.shortcut}</kbd> : t('shortcutNotSet')}</dt>
              <dd>{shortcut.description}</dd>
            </div>
          ))}
        </dl>
      )}
      <p>{t('shortcutsInPage')}</p>
      <dl class="shortcuts">
        {Object.keys(STEP_KEYS).map((key) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(STEP_KEY_LABELS[key])}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>{COPY_CITATION_KEY}</kbd>
          </dt>
          <dd>{t('shortcutCopyCitation')}</dd>
        </div>
      </dl>
      <button type="button" data-testid="change-shortcuts" onClick={() => void openShortcutSettings()}>
        {t('shortcutsChange')}
      </button>
    </section>
  );
}
