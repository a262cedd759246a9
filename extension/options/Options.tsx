import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../i18n';
import { sitePattern } from './site-pattern';

/**
 * Settings. For now: the privacy statement and the sites the reader lets
 * SourceLens read without a click (optional host permissions: added here one
 * by one through the browser's own prompt, and removable).
 */
export function Options() {
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
    <main style={{ font: '15px/1.5 system-ui, sans-serif', maxWidth: '40em', margin: '2em auto', padding: '0 1em' }}>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsPrivacy')}</p>
      <h2>{t('optionsSites')}</h2>
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
    </main>
  );
}
