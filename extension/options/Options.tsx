import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../i18n';

/**
 * Settings. For now: the privacy statement and the sites the reader has let
 * SourceLens read without a click (optional host permissions), each removable.
 */
export function Options() {
  const [origins, setOrigins] = useState<string[] | null>(null);

  const refresh = async () => setOrigins((await browser.permissions.getAll()).origins ?? []);
  useEffect(() => {
    void refresh();
  }, []);

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
    </main>
  );
}
