import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { COLOUR_SCHEME_NAMES, KIND_MESSAGE_KEYS, MARK_KINDS, type ColourScheme } from '../../src/report/vocabulary';
import type { FailureRecord } from '../diagnostics';
import { clearFailures, loadFailures } from '../diagnostics-storage';
import { t } from '../i18n';
import { Shortcuts } from '../shortcuts';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { loadSettings, saveSettings } from '../settings-storage';
import { sitePattern } from './site-pattern';

/** Interface strings for each colour scheme (keys in `_locales`). */
const SCHEME_LABELS: Record<ColourScheme, string> = {
  default: 'optionsSchemeDefault',
  colourBlind: 'optionsSchemeColourBlind',
  highContrast: 'optionsSchemeHighContrast',
};

/**
 * Settings: what the marks show and how they look (stored in `storage.sync`;
 * open tabs apply a change at once), the privacy statement, and the sites the
 * reader lets SourceLens read without a click (optional host permissions:
 * added here one by one through the browser's own prompt, and removable).
 */
export function Options() {
  return (
    <main style={{ font: '15px/1.5 system-ui, sans-serif', maxWidth: '40em', margin: '2em auto', padding: '0 1em' }}>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsPrivacy')}</p>
      <MarkSettings />
      <Shortcuts headingLevel={2} />
      <Sites />
      <Diagnostics />
    </main>
  );
}

function MarkSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
  }, []);
  if (!settings) return null;

  const change = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };

  return (
    <>
      <fieldset data-testid="mark-kinds">
        <legend>{t('optionsMarksLegend')}</legend>
        {MARK_KINDS.map((kind) => (
          <label key={kind} style={{ display: 'block' }}>
            <input
              type="checkbox"
              name={`kind-${kind}`}
              checked={settings.kinds[kind]}
              onChange={(event) => change({ ...settings, kinds: { ...settings.kinds, [kind]: event.currentTarget.checked } })}
            />{' '}
            {t(KIND_MESSAGE_KEYS[kind])}
          </label>
        ))}
      </fieldset>
      <fieldset data-testid="classroom">
        <legend>{t('optionsClassroomLegend')}</legend>
        <label>
          <input
            type="checkbox"
            name="classroom"
            checked={settings.classroom}
            onChange={(event) => change({ ...settings, classroom: event.currentTarget.checked })}
          />{' '}
          {t('optionsClassroom')}
        </label>
      </fieldset>
      <fieldset data-testid="colour-scheme">
        <legend>{t('optionsSchemeLegend')}</legend>
        {COLOUR_SCHEME_NAMES.map((scheme) => (
          <label key={scheme} style={{ display: 'block' }}>
            <input
              type="radio"
              name="scheme"
              value={scheme}
              checked={settings.scheme === scheme}
              onChange={() => change({ ...settings, scheme })}
            />{' '}
            {t(SCHEME_LABELS[scheme])}
          </label>
        ))}
      </fieldset>
    </>
  );
}

function Sites() {
  const [origins, setOrigins] = useState<string[] | null>(null);
  const [site, setSite] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = async () => setOrigins((await browser.permissions.getAll()).origins ?? []);
  useEffect(() => {
    void refresh();
  }, []);

  const allow = async (event: Event) => {
    event.preventDefault();
    const pattern = sitePattern(site);
    if (!pattern) return setProblem(t('optionsBadSite'));
    setProblem(null);
    // Must run in the click's handler: browsers only prompt on a user action.
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (granted) setSite('');
    await refresh();
  };

  const remove = async (origin: string) => {
    await browser.permissions.remove({ origins: [origin] });
    await refresh();
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSites')}</h2>
      {origins === null ? null : origins.length === 0 ? (
        <p data-testid="no-sites">{t('optionsNoSites')}</p>
      ) : (
        <ul data-testid="sites">
          {origins.map((origin) => (
            <li key={origin}>
              <code>{origin}</code>{' '}
              <button type="button" onClick={() => void remove(origin)}>
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void allow(event)}>
        <label>
          {t('optionsAddSite')}{' '}
          <input
            type="text"
            name="site"
            inputMode="url"
            placeholder="https://www.example.com"
            value={site}
            onInput={(event) => setSite(event.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit" data-testid="allow-site">
          {t('optionsAllow')}
        </button>
        {problem && <p role="alert">{problem}</p>}
      </form>
    </section>
  );
}

/** The extension's recent failures (kept in `storage.local` by the background), newest first, and a way to clear them. */
function Diagnostics() {
  const [failures, setFailures] = useState<FailureRecord[] | null>(null);
  const refresh = async () => setFailures(await loadFailures().catch(() => []));
  useEffect(() => {
    void refresh();
  }, []);

  const clear = async () => {
    await clearFailures();
    await refresh();
  };

  return (
    <section aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">{t('optionsDiagnostics')}</h2>
      {failures === null ? null : failures.length === 0 ? (
        <p data-testid="no-diagnostics">{t('optionsNoDiagnostics')}</p>
      ) : (
        <>
          <ul data-testid="diagnostics">
            {[...failures].reverse().map((failure, index) => (
              <li key={`${failure.time}-${index}`}>
                <time dateTime={failure.time}>{new Date(failure.time).toLocaleString()}</time>{' '}
                <code>{failure.origin || t('optionsUnknownOrigin')}</code>{' '}
                {failure.name}: {failure.message}
              </li>
            ))}
          </ul>
          <button type="button" data-testid="clear-diagnostics" onClick={() => void clear()}>
            {t('optionsClearDiagnostics')}
          </button>
        </>
      )}
    </section>
  );
}
