/** What the popup and the panel say when a tab has no Report to show. */
import { t } from '../i18n';
import type { TabState } from '../popup/page-link';

export type TabView = { status: 'loading' } | { status: 'no-tab' } | TabState;

/**
 * The message for every state but `ready`. `unreachable` names the message
 * for a tab we may not read: the panel's says how to let SourceLens in.
 */
export function TabStatus({ view, unreachable = 'popupUnreachable' }: { view: Exclude<TabView, { status: 'ready' }>; unreachable?: string }) {
  switch (view.status) {
    case 'loading':
      return <p class="message" role="status">{t('popupLoading')}</p>;
    case 'no-tab':
    case 'unreachable':
      return <p class="message" data-state="unreachable">{t(unreachable)}</p>;
    case 'no-article':
      return <p class="message" data-state="no-article">{t('popupNoArticle')}</p>;
    case 'error':
      return <p class="message" data-state="error" role="alert">{t('popupError')}</p>;
  }
}
