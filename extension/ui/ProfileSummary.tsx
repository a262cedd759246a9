/**
 * The sourcing profile at a glance, as the popup and the panel both open:
 * how the article knows what it reports (the chain), the headline figure, the bar of the two kinds' shares, how many anonymous
 * attributions give a reason, and the counts of conditions and sources.
 */
import type { Report } from '../../src/core/types';
import { t } from '../i18n';
import { ChainLine } from '../popup/Chain';
import { kindShares } from '../popup/summary';

export function headline(report: Report): string {
  const { attributions, anonymous, onRecord } = report.profile;
  if (attributions === 0) return t('headlineNone');
  if (attributions === 1) return t('headlineOneAttribution', anonymous, onRecord);
  return t('headlineAttributions', attributions, anonymous, onRecord);
}

export function ProfileSummary({ report }: { report: Report }) {
  const { profile } = report;
  const shares = kindShares(report);
  const anonymousSources = report.sources.filter((source) => source.kind === 'anonymous').length;
  return (
    <div class="summary" data-testid="summary">
      <h1 class="title">{report.title}</h1>
      <ChainLine report={report} />
      <p class="headline" data-testid="headline">{headline(report)}</p>
      {profile.attributions > 0 && (
        <div class="shares">
          <div class="bar" aria-hidden="true">
            <span class="bar-anonymous" style={{ width: `${shares.anonymous}%` }} />
            <span class="bar-on-record" style={{ width: `${shares.onRecord}%` }} />
          </div>
          <p class="legend">
            <span class="legend-anonymous">{t('shareAnonymous', shares.anonymous)}</span>
            <span class="legend-on-record">{t('shareOnRecord', shares.onRecord)}</span>
          </p>
          {profile.anonymous > 0 && <p class="note" data-testid="reasons">{t('withReason', profile.anonymousWithReason)}</p>}
        </div>
      )}
      <p class="counts" data-testid="counts">
        <span>{t('conditionsCount', profile.conditions)}</span>
        <span>{t('sourcesCount', profile.sources, anonymousSources, profile.sources - anonymousSources)}</span>
      </p>
    </div>
  );
}
